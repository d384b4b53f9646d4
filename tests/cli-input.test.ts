// The executable on inputs that are not plain UTF-8 text: HTML, gzip, legacy encodings, limits.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run, tmp } from './cli-run.js';

const russian = 'Президент заявил в среду, что страна готова к переговорам с соседями.\n\nОб этом сообщает агентство.';

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
