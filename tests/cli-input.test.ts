// The executable on inputs that are not plain UTF-8 text: HTML, gzip, legacy encodings, limits.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bin, run, tmp } from './cli-run.js';

const russian =
  'Переговоры с соседями\n\nПрезидент заявил в среду, что страна готова к переговорам с соседями.\n\nОб этом сообщает агентство.';

describe('input options', () => {
  it('--encoding decodes with the given label and reports its WHATWG name', () => {
    const r = run(['--encoding', 'cp1251', '-'], { input: iconv.encode(russian, 'windows-1251') });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.source.encoding).toBe('windows-1251');
    expect(a.text).toContain('Президент заявил');
  });

  it('detects an undeclared legacy encoding and reports it', () => {
    const r = run(['-'], { input: iconv.encode(russian, 'koi8-r') });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.source).toMatchObject({ encoding: 'koi8-r', notes: ['encoding detected as koi8-r'] });
    expect(a.text).toContain('Президент заявил');
  });

  it('an unknown --encoding label is a usage error (exit 2)', () => {
    const r = run(['--encoding', 'klingon-8', '-'], { input: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown encoding label');
  });

  it('--type forces the path; an HTML page is sniffed as html', () => {
    const html = '<!DOCTYPE html><html><body><p>Hello</p></body></html>';
    expect(JSON.parse(run(['-'], { input: html }).stdout).source.type).toBe('html');
    expect(JSON.parse(run(['--type', 'text', '-'], { input: html }).stdout).source.type).toBe('text');
    expect(run(['--type', 'xml', '-'], { input: html }).code).toBe(2);
  });

  it('reads gzip, from a file and from stdin', () => {
    const gz = gzipSync(Buffer.from(russian));
    const file = join(tmp(), 'page.txt.gz');
    writeFileSync(file, gz);
    for (const args of [[file], ['-']]) {
      const r = run(args, { input: gz });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).text).toContain('Президент заявил');
    }
  });

  it('--max-bytes refuses a larger input with one line and exit 1, and goes on with the others', () => {
    const dir = tmp();
    const big = join(dir, 'big.txt');
    const small = join(dir, 'small.txt');
    writeFileSync(big, 'x'.repeat(2000));
    writeFileSync(small, russian);
    const r = run(['--max-bytes', '1000', big, small]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `clean-article: ${big}: input is larger than the limit of 1000 bytes (2000 bytes; see --max-bytes)\n`,
    );
    expect(JSON.parse(r.stdout.trim()).source.path).toBe(small);
    const stdin = run(['--max-bytes', '1000', '-'], { input: 'x'.repeat(5000) });
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toContain('larger than the limit of 1000 bytes (standard input');
    expect(run(['--max-bytes', 'lots', '-'], { input: 'x' }).code).toBe(2);
  });
});

describe('inputs that are not pages', () => {
  it('refuses a PNG in one line and exit 1; in a batch the other inputs are still written', () => {
    const dir = tmp();
    const png = join(dir, 'x.png');
    writeFileSync(
      png,
      Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', 'latin1'), Buffer.alloc(100)]),
    );
    const one = run([png]);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(`clean-article: ${png}: not a text or HTML page (looks like PNG)\n`);
    expect(one.stdout).toBe('');
    const page = join(dir, 'page.txt');
    writeFileSync(page, russian);
    const batch = run([png, page]);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toBe(`clean-article: ${png}: not a text or HTML page (looks like PNG)\n`);
    expect(JSON.parse(batch.stdout.trim()).source.path).toBe(page);
  });

  it('empty and whitespace-only input: an empty article, a message, exit 0', () => {
    for (const input of ['', ' \n\u00A0\n\t']) {
      const r = run(['-'], { input });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('clean-article: -: no article text found\n');
      expect(JSON.parse(r.stdout).paragraphs).toEqual([]);
    }
  });
});

describe('output that cannot be written', () => {
  it('standard output on a full disk: one line, exit 1, no stack trace', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} - > /dev/full`], {
      input: russian,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('clean-article: cannot write to standard output: no space left on the device\n');
  });

  it('-o into a read-only folder: one line, exit 1, nothing left behind', (ctx) => {
    const dir = tmp();
    chmodSync(dir, 0o555);
    // root ignores permission bits; the immutable attribute stops root too, where it is supported.
    const immutable = process.getuid?.() === 0 && spawnSync('chattr', ['+i', dir]).status === 0;
    try {
      if (process.getuid?.() === 0 && !immutable) ctx.skip();
      const out = join(dir, 'out.json');
      const r = run(['-o', out, '-'], { input: russian });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`clean-article: ${out}: cannot write (permission denied)\n`);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      if (immutable) spawnSync('chattr', ['-i', dir]);
    }
  });
});
