// End-to-end tests of batches with the built executable (npm test builds first).
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generatePages, type Page } from '../bench/batch/generate.js';
import { templateKey } from '../src/text/template-key.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/clean-article.js');
// Root reads any file whatever its mode: the unreadable-file test then runs the CLI as nobody.
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  args: string[],
  options: { input?: string; cwd?: string; asNobody?: boolean; env?: Record<string, string> } = {},
): Result {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    encoding: 'utf8',
    ...(options.asNobody && asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clean-article-batch-'));
  chmodSync(dir, 0o777);
  return dir;
}

const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          source: string;
          status: string;
          message?: string;
          id?: string;
          url?: string;
          article?: { text: string; paragraphs: string[] };
        },
    );

/** All files below a folder, as sorted relative paths. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** The longest paragraph of a page's article: every extractor keeps it. */
const longest = (p: Page | undefined) =>
  (p?.body.split('\n\n') ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');

/** Generated pages written below DIR as <site>/<nnnn>.txt. */
function writePages(dir: string, pages: Iterable<Page>): Page[] {
  const list = [...pages];
  for (const p of list) {
    mkdirSync(join(dir, p.site), { recursive: true, mode: 0o777 });
    writeFileSync(join(dir, `${p.id}.txt`), p.text);
  }
  return list;
}

describe('a folder with bad files among good ones', () => {
  it('writes the good ones, reports the bad ones, and exits 1', () => {
    const dir = tmp();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    const pages = [...generatePages({ pagesPerSite: 3, sites: 1, seed: 7 })];
    pages.forEach((p, i) => {
      writeFileSync(join(input, i === 2 ? 'sub/good-3.txt' : `good-${i + 1}.txt`), p.text);
    });
    writeFileSync(join(input, 'unreadable.txt'), pages[0]?.text ?? '');
    chmodSync(join(input, 'unreadable.txt'), 0o000);
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    writeFileSync(join(input, 'empty.txt'), '');
    symlinkSync('loop.txt', join(input, 'loop.txt'));
    // A folder that links back to its parent: walked once, not forever.
    symlinkSync('..', join(input, 'sub', 'up'));
    writeFileSync(join(input, '.hidden.txt'), pages[0]?.text ?? '');
    const out = join(dir, 'out');
    const r = run([input, '--out-dir', out], { asNobody: true });
    expect(r.code).toBe(1);
    expect(tree(out)).toEqual(['good-1.json', 'good-2.json', 'sub/good-3.json']);
    expect(JSON.parse(readFileSync(join(out, 'sub/good-3.json'), 'utf8')).paragraphs.length).toBeGreaterThan(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('clean-article: ') && !l.includes(' files: '));
    expect(errors.sort()).toEqual([
      `clean-article: ${join(input, 'binary.txt')}: not a text or HTML page (looks like binary data)`,
      `clean-article: ${join(input, 'loop.txt')}: symbolic link loop`,
      `clean-article: ${join(input, 'unreadable.txt')}: permission denied`,
    ]);
    expect(r.stderr).toMatch(/clean-article: 7 files: 3 ok, 1 empty, 3 errors in [\d.]+ s/);
  });

  it('a records file it may not read is one error in plain words, and the other inputs go on', () => {
    const dir = tmp();
    const locked = join(dir, 'locked.ndjson');
    writeFileSync(locked, '{"id":"x","text":"hello"}\n');
    chmodSync(locked, 0o000);
    const open = join(dir, 'open.ndjson');
    const pages = [...generatePages({ pagesPerSite: 1, sites: 1, seed: 3 })];
    writeFileSync(open, `${JSON.stringify({ id: 'a', text: pages[0]?.text })}\n`);
    const r = run(['--input', 'ndjson', locked, open, '--no-learn'], { asNobody: true });
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => [x.source, x.status, x.message])).toEqual([
      [locked, 'error', 'permission denied'],
      ['a', 'ok', undefined],
    ]);
  });

  it('without --out-dir, prints one record per input with its status, in input order', () => {
    const dir = tmp();
    const pages = writePages(dir, generatePages({ pagesPerSite: 3, sites: 2, seed: 3 }));
    writeFileSync(join(dir, pages[0]?.site ?? '', 'binary.txt'), Buffer.from('abc\u0000def'));
    writeFileSync(join(dir, pages[0]?.site ?? '', 'empty.txt'), '\n\n');
    // Every document through a worker thread: the worker entry is built and finds the pipeline.
    const r = run([dir, '--jobs', '2', '--verbose'], { env: { CLEAN_ARTICLE_POOL: 'workers' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('worker threads started: 2; documents cleaned in them: 8');
    const recs = records(r.stdout);
    // Folders and files in name order: harbour-courier/ before le-petit-rhodanien/.
    const [second, first] = [pages[3]?.site, pages[0]?.site];
    expect(second && first && second < first).toBe(true);
    expect(recs.map((x) => [relative(dir, x.source), x.status])).toEqual([
      [`${second}/0001.txt`, 'ok'],
      [`${second}/0002.txt`, 'ok'],
      [`${second}/0003.txt`, 'ok'],
      [`${first}/0001.txt`, 'ok'],
      [`${first}/0002.txt`, 'ok'],
      [`${first}/0003.txt`, 'ok'],
      [`${first}/binary.txt`, 'error'],
      [`${first}/empty.txt`, 'empty'],
    ]);
    expect(recs[6]?.message).toBe('not a text or HTML page (looks like binary data)');
    // The same records with one worker or two, in the same order; --unordered: the same set.
    expect(run([dir, '--jobs', '1']).stdout).toBe(r.stdout);
    expect(run([dir, '--jobs', '2']).stdout).toBe(r.stdout);
    const unordered = run([dir, '--jobs', '2', '--unordered']).stdout.split('\n');
    expect(unordered.sort()).toEqual(r.stdout.split('\n').sort());
  });
});

describe('--out-dir', () => {
  it('mirrors the tree with the format extension and resumes with --skip-existing', () => {
    const dir = tmp();
    const input = join(dir, 'in');
    writePages(input, generatePages({ pagesPerSite: 2, sites: 2, seed: 5 }));
    const out = join(dir, 'out');
    expect(run([input, '--out-dir', out, '-f', 'md', '-q']).code).toBe(0);
    const files = tree(out);
    expect(files).toHaveLength(4);
    expect(files.every((f) => /^[a-z-]+\/000[12]\.md$/.test(f))).toBe(true);
    expect(readFileSync(join(out, files[0] as string), 'utf8').startsWith('---\ntitle: ')).toBe(true);
    // One input changed since: only that one is cleaned again.
    const changed = join(input, (files[0] as string).replace(/\.md$/, '.txt'));
    const later = new Date(statSync(join(out, files[0] as string)).mtimeMs + 5000);
    utimesSync(changed, later, later);
    const r = run([input, '--out-dir', out, '-f', 'md', '--skip-existing', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/4 files: 1 ok, 0 empty, 0 errors, 3 skipped \(up to date\)/);
    expect(r.stderr).toContain(`${changed}: ok →`);
  });

  it('does not walk an output folder inside the input folder, and never overwrites an input', () => {
    const dir = tmp();
    writePages(dir, generatePages({ pagesPerSite: 2, sites: 1, seed: 6 }));
    const out = join(dir, 'clean');
    for (let i = 0; i < 2; i++) {
      const r = run([dir, '--out-dir', out, '-f', 'text', '--exclude', 'clean-*']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/2 files: 2 ok/);
    }
    expect(tree(out)).toHaveLength(2);
    const before = tree(dir);
    const same = run([dir, '--out-dir', dir, '-f', 'text']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('outputs could overwrite inputs');
    expect(tree(dir)).toEqual(before);
  });
});

describe('inputs', () => {
  it('expands quoted globs itself, with --include/--exclude, and skips hidden files', () => {
    const dir = tmp();
    const pages = writePages(dir, generatePages({ pagesPerSite: 3, sites: 2, seed: 8 }));
    writeFileSync(join(dir, pages[0]?.site ?? '', 'notes.md'), 'not a page');
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, '.cache', 'x.txt'), pages[0]?.text ?? '');
    const srcs = (r: Result) => records(r.stdout).map((x) => x.source);
    const all = run(['**/*.txt', '--no-learn'], { cwd: dir });
    expect(all.code).toBe(0);
    expect(srcs(all)).toHaveLength(6);
    expect(srcs(all).every((s) => s.endsWith('.txt') && !s.includes('.cache'))).toBe(true);
    const one = run([`${pages[0]?.site}/*.txt`, '--exclude', '0002.txt', '--no-learn'], { cwd: dir });
    expect(srcs(one)).toEqual([`${pages[0]?.site}/0001.txt`, `${pages[0]?.site}/0003.txt`]);
    const inc = run(['.', '--include', '*1.txt', '--no-learn'], { cwd: dir });
    expect(srcs(inc)).toEqual([`${pages[3]?.site}/0001.txt`, `${pages[0]?.site}/0001.txt`]);
  });

  it('--learn-sample bounds the pages read per folder, also when the pages declare their site', () => {
    const dir = tmp();
    for (const [i, topic] of ['harbour', 'station', 'library', 'bridge', 'market', 'school'].entries())
      writeFileSync(
        join(dir, `p${i}.html`),
        `<!doctype html><html><head><meta property="og:site_name" content="Alpha"></head><body><nav>Alpha menu</nav><p>A story about the ${topic}, long enough to be read as the article's prose.</p></body></html>`,
      );
    const r = run([dir, '--learn-sample', '2', '--verbose']);
    expect(r.stderr).toMatch(/learned .* from 2 pages/);
  });

  it('reports a record that is not an object (null, a number) and goes on with the next', () => {
    const pages = writePages(tmp(), generatePages({ pagesPerSite: 2, sites: 1, seed: 11 }));
    const input = [
      JSON.stringify({ id: 'b1', text: pages[0]?.text }),
      'null',
      '42',
      JSON.stringify({ id: 'b2', text: pages[1]?.text }),
    ];
    const r = run(['--input', 'ndjson', '--no-learn'], { input: `${input.join('\n')}\n` });
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => [x.source, x.status])).toEqual([
      ['b1', 'ok'],
      ['stdin:2', 'error'],
      ['stdin:3', 'error'],
      ['b2', 'ok'],
    ]);
  });

  it('reads a page on stdin as bytes: its charset is detected, and --max-bytes bounds it', () => {
    const dir = tmp();
    const pages = writePages(dir, generatePages({ pagesPerSite: 1, sites: 1, seed: 5 }));
    const file = join(dir, `${pages[0]?.id}.txt`);
    const russian =
      'Президент заявил в среду, что страна готова к переговорам с соседями. Об этом сообщает агентство, ссылаясь на источники в правительстве.\n\nПереговоры начнутся в следующем месяце в столице, сообщили журналисты.';
    const batch = (args: string[]) =>
      spawnSync(process.execPath, [bin, '-', file, '--no-learn', ...args], {
        cwd: root,
        input: iconv.encode(russian, 'windows-1251'),
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      });
    const r = batch([]);
    const recs = records(r.stdout);
    expect(recs.map((x) => [x.source, x.status])).toEqual([
      ['-', 'ok'],
      [file, 'ok'],
    ]);
    expect(recs[0]?.article?.text).toContain('Президент заявил в среду');
    const big = batch(['--max-bytes', '100']);
    expect(records(big.stdout)[0]).toMatchObject({ source: 'stdin', status: 'error' });
    expect(records(big.stdout)[0]?.message).toMatch(/larger than the limit of 100 bytes/);
  });

  it('reads --files-from from a pipe (process substitution), learning included', () => {
    const dir = tmp();
    const pages = writePages(dir, generatePages({ pagesPerSite: 3, sites: 1, seed: 13 }));
    const paths = pages.map((p) => join(dir, `${p.id}.txt`));
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" --files-from <(printf '%s\\n' ${paths.join(' ')})`],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((x) => [x.source, x.status])).toEqual(paths.map((p) => [p, 'ok']));
  });

  it('reads paths from --files-from - and records from --input ndjson', () => {
    const dir = tmp();
    const pages = writePages(dir, generatePages({ pagesPerSite: 2, sites: 1, seed: 9 }));
    const paths = pages.map((p) => join(dir, `${p.id}.txt`));
    const fromList = run(['--files-from', '-', '--no-learn'], { input: `${paths.join('\n')}\n\n` });
    expect(records(fromList.stdout).map((x) => x.source)).toEqual(paths);
    const lines = [
      JSON.stringify({ id: 'a1', url: 'https://news.example/a1', text: pages[0]?.text }),
      'not json',
      JSON.stringify({ id: 'a2' }),
      JSON.stringify({ url: 'https://news.example/a3', text: pages[1]?.text }),
    ];
    const r = run(['--input', 'ndjson', '--no-learn'], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(1);
    const recs = records(r.stdout);
    expect(recs.map((x) => [x.source, x.status])).toEqual([
      ['a1', 'ok'],
      ['stdin:2', 'error'],
      ['a2', 'error'],
      ['https://news.example/a3', 'ok'],
    ]);
    expect(recs[0]).toMatchObject({ id: 'a1', url: 'https://news.example/a1' });
    expect(recs[0]?.article?.text).toContain(longest(pages[0]));
    expect(recs[2]?.message).toBe('a record needs a "text" or "html" string');
    // An "html" record goes through the HTML path.
    const html = readFileSync(join(root, 'fixtures/html/byte-orchard-en.html'), 'utf8');
    const page = records(run(['--input', 'ndjson', '-q'], { input: JSON.stringify({ id: 'h', html }) }).stdout)[0];
    expect(page?.status).toBe('ok');
    expect((page?.article as { source?: { type?: string } } | undefined)?.source?.type).toBe('html');
  });

  it('keeps the one-file behaviour for plain files given without batch options', () => {
    const r = run([join(root, 'fixtures/sputnik-afrique-fr.txt')]);
    expect(JSON.parse(r.stdout).paragraphs).toHaveLength(9);
    expect(r.stderr).toBe('');
  });
});

describe('boilerplate learned across pages', () => {
  const SITE_PROMPT = 'Une question sur l’actualité ? Posez-la à notre assistant Rhôny en bas de cette page.';

  it('drops a line repeated on most pages of a folder, names the rule, and keeps it with --no-learn', () => {
    const dir = tmp();
    const pages = writePages(dir, generatePages({ pagesPerSite: 8, sites: 1, seed: 2 }));
    const withPrompt = pages.filter((p) => p.text.includes(SITE_PROMPT));
    expect(withPrompt.length).toBeGreaterThan(3);
    const learned = run([dir, '--explain']);
    const plain = run([dir, '--no-learn']);
    const text = (r: Result) =>
      records(r.stdout)
        .map((x) => x.article?.text)
        .join('\n');
    expect(text(plain)).toContain(SITE_PROMPT);
    expect(text(learned)).not.toContain(SITE_PROMPT);
    expect(learned.stderr).toContain(`repeated-across-pages (${withPrompt.length} of 8) ${SITE_PROMPT}`);
    // Every article sentence survives: no paragraph repeats across pages.
    for (const p of pages) expect(text(learned)).toContain(longest(p));
  });

  it('learns from records on stdin grouped by the host of their url (a held-back sample)', () => {
    const pages = [...generatePages({ pagesPerSite: 6, sites: 2, seed: 13 })];
    const input = pages
      .map((p) => JSON.stringify({ id: p.id, url: `https://${p.site}.example/${p.id}`, text: p.text }))
      .join('\n');
    const r = run(['--input', 'ndjson', '--explain', '--learn-sample', '8'], { input });
    expect(r.code).toBe(0);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(pages.map((p) => p.id));
    // Learned from the first 8 records: all 6 of the first site, 2 of the second (too few).
    expect(r.stderr).toMatch(/repeated-across-pages \(\d of 6\)/);
    expect(r.stderr).not.toMatch(/repeated-across-pages \(\d of 2\)/);
  });

  it('saves the template and applies it to another folder, as xargs runs it in chunks', () => {
    const dir = tmp();
    const jan = join(dir, 'jan');
    const feb = join(dir, 'feb');
    writePages(jan, generatePages({ pagesPerSite: 8, sites: 2, seed: 11 }));
    const pages = writePages(feb, generatePages({ pagesPerSite: 5, sites: 2, seed: 12 }));
    const template = join(dir, 'template.json');
    const saved = run(['--learn-from', jan, '--save-template', template]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toBe('');
    expect(saved.stderr).toMatch(/^clean-article: learned \d+ template lines in 2 groups from 16 pages\n$/);
    const file = JSON.parse(readFileSync(template, 'utf8'));
    // Groups are folders, by their last three names.
    expect(Object.keys(file.groups).sort()).toEqual(
      [pages[0]?.site, pages[5]?.site].map((s) => `${dir.split('/').at(-1)}/jan/${s}`).sort(),
    );
    const out = join(dir, 'out');
    const xargs = spawnSync(
      'sh',
      [
        '-c',
        `find feb -name '*.txt' -print0 | xargs -0 -n 3 -P 2 "${process.execPath}" "${bin}" --template template.json --out-dir out -q`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(xargs.status).toBe(0);
    const files = tree(out);
    expect(files).toHaveLength(10);
    // Paths as given to each chunk: out/feb/<site>/<page>.json.
    expect(files.every((f) => f.startsWith('feb/') && f.endsWith('.json'))).toBe(true);
    let dropped = 0;
    for (const p of pages) {
      const a = JSON.parse(readFileSync(join(out, 'feb', `${p.id}.json`), 'utf8'));
      expect(a.text).toContain(longest(p));
      // The long chrome lines learned from January's pages (prompts between paragraphs) are gone.
      const learned = file.groups[`${dir.split('/').at(-1)}/jan/${p.site}`].lines as Record<string, number>;
      const chrome = p.text.split('\n').filter((l) => l.length > 40 && learned[templateKey(l)] !== undefined);
      dropped += chrome.length;
      for (const line of chrome) expect(a.text).not.toContain(line);
    }
    expect(dropped).toBeGreaterThan(10);
  });
});

describe('stopping', () => {
  it('stops at the first error with --fail-fast', () => {
    const dir = tmp();
    writePages(dir, generatePages({ pagesPerSite: 20, sites: 1, seed: 4 }));
    writeFileSync(join(dir, 'a-binary.txt'), Buffer.from([0, 1, 2]));
    const r = run([dir, '--fail-fast', '--jobs', '1', '--no-learn']);
    expect(r.code).toBe(1);
    expect(records(r.stdout).length).toBeLessThan(21);
    expect(r.stderr).toContain('stopped at the first error (--fail-fast)');
  });

  it('on Ctrl-C, finishes the files in progress, writes whole records and a summary, exit 130', async () => {
    const dir = tmp();
    writePages(dir, generatePages({ pagesPerSite: 150, sites: 2, seed: 4 }));
    const child = spawn(process.execPath, [bin, dir, '--jobs', '1', '--no-learn'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (!stdout) child.kill('SIGINT');
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(code).toBe(130);
    const recs = records(stdout);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThan(300);
    expect(stderr).toMatch(new RegExp(`interrupted after ${recs.length} files: ${recs.length} ok`));
  });
});
