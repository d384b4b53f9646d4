// End-to-end tests of the built executable (npm test builds first, via pretest).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, root, run, seed, tmp } from './cli-run.js';

const ANSI = /\u001b\[/;

describe('one input', () => {
  it('prints the seed article as JSON and nothing on stderr', () => {
    const r = run([seed]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout);
    expect(a.title).toBe('Moscou prêt à créer un "état-major commun" pour combattre Daech');
    expect(a.paragraphs).toHaveLength(9);
    expect(a.lang).toBe('fr');
    expect(a.source).toMatchObject({ path: seed, type: 'text', encoding: 'utf-8' });
    expect(a.removed).toBeUndefined();
  });

  it('reads standard input when no file is given, and with "-"', () => {
    const page = readFileSync(seed);
    for (const args of [[], ['-']]) {
      const r = run(args, { input: page });
      expect(r.code).toBe(0);
      const a = JSON.parse(r.stdout);
      expect(a.source.path).toBe('-');
      expect(a.paragraphs).toHaveLength(9);
    }
  });

  it('writes Markdown with front matter, and plain text', () => {
    const md = run(['-f', 'md', seed]).stdout;
    expect(
      md.startsWith('---\ntitle: "Moscou prêt à créer un \\"état-major commun\\" pour combattre Daech"\nlang: fr\n'),
    ).toBe(true);
    expect(md).toContain('\n# Moscou prêt');
    const text = run(['--format', 'text', seed]).stdout;
    expect(text.split('\n\n')[0]).toBe('Moscou prêt à créer un "état-major commun" pour combattre Daech');
  });

  it('reports an empty input clearly and exits 0', () => {
    const r = run(['-'], { input: '  \n\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('clean-article: -: no article text found\n');
    expect(JSON.parse(r.stdout).paragraphs).toEqual([]);
  });
});

describe('several inputs', () => {
  it('prints one JSON object per line, each with its source', () => {
    const other = join(root, 'fixtures/nevsky-vestnik-ru.txt');
    const r = run([seed, other]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((a) => a.source.path)).toEqual([seed, other]);
  });

  it('writes a JSON array when json is asked for', () => {
    const r = run(['-f', 'json', seed, seed]);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('reports a missing file in one line, still writes the others, and exits 1', () => {
    const r = run([seed, 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('clean-article: no/such/file.txt: no such file\n');
    expect(JSON.parse(r.stdout.trim()).paragraphs).toHaveLength(9);
  });
});

describe('--output', () => {
  it('writes the file atomically and leaves no temporary file', () => {
    const dir = tmp();
    const out = join(dir, 'out.json');
    const r = run(['-o', out, seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).paragraphs).toHaveLength(9);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('refuses to overwrite an input', () => {
    const dir = tmp();
    const input = join(dir, 'page.txt');
    writeFileSync(input, readFileSync(seed));
    const r = run(['-o', input, input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to overwrite an input file');
    expect(readFileSync(input)).toEqual(readFileSync(seed));
  });

  it('says so when the output folder is missing', () => {
    const r = run(['-o', '/no/such/dir/out.json', seed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^clean-article: \/no\/such\/dir\/out\.json: output directory .* does not exist\n$/);
  });
});

describe('usage', () => {
  it('exits 2 on an unknown option or format, without a stack trace', () => {
    for (const args of [
      ['--nope', seed],
      ['-f', 'xml', seed],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says whether an option file could not be read or is not JSON', () => {
    const dir = tmp();
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{oops');
    expect(run(['--boilerplate', dir, seed]).stderr).toBe(`clean-article: --boilerplate ${dir}: is a directory\n`);
    expect(run(['--boilerplate', notJson, seed]).stderr).toMatch(/--boilerplate .*x\.json: not valid JSON \(/);
    const t = run(['--template', dir, seed, seed]);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain(`--template ${dir}: is a directory`);
  });

  it('exits 2 on a broken --boilerplate file', () => {
    const dir = tmp();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"lines": ["not a map"]}');
    const r = run(['--boilerplate', bad, seed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"lines" must map categories to lists of strings');
  });

  it('applies a user --boilerplate file: its phrase removes a line the bundled data keeps', () => {
    const dir = tmp();
    const page = join(dir, 'page.txt');
    const seedText = readFileSync(seed, 'utf8');
    const line = 'Vous aimez nos articles ? Offrez-nous un café !';
    writeFileSync(page, seedText.replace('Selon lui,', `${line}\nSelon lui,`));
    const extra = join(dir, 'extra.json');
    writeFileSync(extra, JSON.stringify({ lines: { paywall: [line] } }));
    const without = JSON.parse(run(['--explain', page]).stdout);
    expect(without.removed.find((r: { text: string }) => r.text === line)?.rule).not.toBe('phrase:paywall');
    const withFile = JSON.parse(run(['--explain', '--boilerplate', extra, page]).stdout);
    expect(withFile.removed.find((r: { text: string }) => r.text === line)?.rule).toBe('phrase:paywall');
    expect(withFile.paragraphs).toHaveLength(9);
  });

  it('prints help with examples and the version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

describe('--explain', () => {
  it('lists removed lines with their rule on stderr, plain when piped', () => {
    const r = run(['--explain', seed]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/L\s*5\s+phrase:subscribe\s+S'abonner/);
    expect(r.stderr).not.toMatch(ANSI);
    expect(JSON.parse(r.stdout).removed.length).toBeGreaterThan(10);
  });

  it('colours only when forced and NO_COLOR is unset', () => {
    expect(run(['--explain', seed], { env: { FORCE_COLOR: '1' } }).stderr).toMatch(ANSI);
    expect(run(['--explain', seed], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).not.toMatch(ANSI);
  });
});

describe('pipes', () => {
  it('stays quiet when the reader closes the pipe early (EPIPE)', () => {
    const many = Array.from({ length: 300 }, () => JSON.stringify(seed)).join(' ');
    const r = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(bin)} -f text ${many} | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });
});
