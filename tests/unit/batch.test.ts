import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, pathMatcher } from '../../src/batch/glob.js';
import { Template, TemplateLearner } from '../../src/batch/learn.js';
import { Progress } from '../../src/batch/progress.js';
import { declaredSiteGroup, pageGroup } from '../../src/batch/site.js';
import { cleanArticle } from '../../src/pipeline.js';
import { templateKey } from '../../src/text/template-key.js';

describe('globs', () => {
  it('match * within a folder, ** across folders, ?, classes and alternatives', () => {
    const m = (g: string, p: string) => globToRegExp(g).test(p);
    expect(m('*.txt', 'a.txt')).toBe(true);
    expect(m('*.txt', 'd/a.txt')).toBe(false);
    expect(m('**/*.txt', 'a.txt')).toBe(true);
    expect(m('**/*.txt', 'd/e/a.txt')).toBe(true);
    expect(m('d/**', 'd/e/a.txt')).toBe(true);
    expect(m('page-?.txt', 'page-1.txt')).toBe(true);
    expect(m('page-?.txt', 'page-10.txt')).toBe(false);
    expect(m('[!a]*.txt', 'a.txt')).toBe(false);
    expect(m('[!a]*.txt', 'b.txt')).toBe(true);
    expect(m('*.{txt,html}', 'x.html')).toBe(true);
    expect(m('*.{txt,html}', 'x.md')).toBe(false);
    expect(m('a.b', 'axb')).toBe(false);
  });

  it('start from the folder before the first pattern', () => {
    expect(globBase('in/site/*.txt')).toBe('in/site');
    expect(globBase('in/**/x.txt')).toBe('in');
    expect(globBase('*.txt')).toBe('.');
    expect(globBase('/data/*/p.txt')).toBe('/data');
  });

  it('--include/--exclude match names without a slash, paths with one', () => {
    const m = pathMatcher(['*.bak', 'drafts/*']);
    expect(m('a/b/c.bak', 'c.bak')).toBe(true);
    expect(m('drafts/x.txt', 'x.txt')).toBe(true);
    expect(m('a/drafts/x.txt', 'x.txt')).toBe(false);
  });
});

describe('template keys', () => {
  it('ignore case, digits, punctuation and spacing', () => {
    expect(templateKey('© 2024 Site — All rights reserved.')).toBe(templateKey('© 2025 site  all rights reserved'));
    expect(templateKey('12 comments')).toBe(templateKey('3 Comments'));
    expect(templateKey('Subscribe')).not.toBe(templateKey('Subscribed'));
  });
});

const page = (lines: string[]) => `${lines.join('\n')}\n`;

describe('learning', () => {
  it('keeps lines in more than the threshold share of pages and in at least 3 of them', () => {
    const l = new TemplateLearner();
    for (let i = 0; i < 10; i++)
      l.add(
        'site',
        page([
          `Menu`,
          `Article body ${'abcdefghij'[i]}`,
          i < 3 ? 'Quoted sentence in three pages.' : 'x',
          i < 2 ? 'Twice' : 'y',
        ]),
      );
    const t = l.build({ threshold: 0.25, minDocs: 3 });
    const g = t.lookup('site');
    expect(g?.docs).toBe(10);
    expect(g?.lines.get('menu')).toBe(10);
    // 3 of 10 is more than 25 %; twice is never enough.
    expect(g?.lines.get('quoted sentence in three pages')).toBe(3);
    expect(g?.lines.has('twice')).toBe(false);
    expect(g?.lines.has('article body a')).toBe(false);
    expect(l.build({ threshold: 0.5, minDocs: 3 }).lookup('site')?.lines.has('quoted sentence in three pages')).toBe(
      false,
    );
  });

  it('counts a line once per page, and a page fetched twice once', () => {
    const l = new TemplateLearner();
    expect(l.add('s', page(['Menu', 'Menu', 'one']))).toBe(true);
    expect(l.add('s', page(['Menu', 'Menu', 'one']))).toBe(false);
    l.add('s', page(['Menu', 'two']));
    l.add('s', page(['Menu', 'three']));
    expect(l.build({ threshold: 0.3, minDocs: 3 }).lookup('s')).toEqual({ docs: 3, lines: new Map([['menu', 3]]) });
  });

  it('finds a group by name, by the most trailing folder names shared, or as the only group', () => {
    const lines = new Map([['menu', 5]]);
    const t = new Template(
      new Map([
        ['data/jan/siteA', { docs: 5, lines }],
        ['data/jan/siteB', { docs: 6, lines }],
        ['host:news.example', { docs: 9, lines }],
      ]),
      { threshold: 0.3, minDocs: 3 },
    );
    expect(t.lookup('data/jan/siteA')?.docs).toBe(5);
    expect(t.lookup('data/feb/siteA')?.docs).toBe(5);
    expect(t.lookup('siteB')?.docs).toBe(6);
    expect(t.lookup('host:news.example')?.docs).toBe(9);
    expect(t.lookup('host:other.example')).toBeUndefined();
    expect(t.lookup('data/feb/siteC')).toBeUndefined();
    const flat = new Template(new Map([['data/siteA-jan', { docs: 4, lines }]]), { threshold: 0.3, minDocs: 3 });
    expect(flat.lookup('data/siteA-feb')?.docs).toBe(4);
  });

  it('round-trips through its file and rejects a malformed one', () => {
    const l = new TemplateLearner();
    for (const x of ['a', 'b', 'c']) l.add('g', page(['Menu', x]));
    const file = l.build({ threshold: 0.3, minDocs: 3 }).toFile();
    expect(
      Template.fromFile(JSON.parse(JSON.stringify(file)))
        .lookup('g')
        ?.lines.get('menu'),
    ).toBe(3);
    expect(() => Template.fromFile({ groups: {} })).toThrow(/not a clean-article template/);
    expect(() => Template.fromFile({ ...file, groups: { g: { docs: 'x' } } })).toThrow(/group "g"/);
  });
});

describe('groups by the site a page declares', () => {
  const html = (site: string, body: string) =>
    `<!doctype html><html><head><meta content="${site}" property="og:site_name"><title>t</title></head><body><nav>${site} menu</nav><p>${body}</p></body></html>`;

  it('reads og:site_name (either attribute order) and application-name', () => {
    expect(declaredSiteGroup(html('Daily Alpha', 'x'))).toBe('site:daily alpha');
    expect(declaredSiteGroup('<meta name="application-name" content=\'Beta\'>')).toBe('site:beta');
    expect(declaredSiteGroup('plain text, no markup')).toBeNull();
  });

  it('reads the site of a gzipped page and of a UTF-16 page with its byte order mark', () => {
    // Random filler: the gzip stream is longer than the 64 KB read, so it is cut short.
    const filler = randomBytes(120_000).toString('base64');
    const gz = gzipSync(`${html('Daily Alpha', 'x')}<p>${filler}</p>`);
    expect(gz.length).toBeGreaterThan(64 * 1024);
    expect(declaredSiteGroup(new Uint8Array(gz))).toBe('site:daily alpha');
    // A bomb (megabytes of one byte) inflates no further than the bound, and names no site.
    expect(declaredSiteGroup(new Uint8Array(gzipSync(Buffer.alloc(50_000_000, 0x20))))).toBeNull();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html('Daily Alpha', 'x'), 'utf16le')]);
    expect(declaredSiteGroup(new Uint8Array(utf16))).toBe('site:daily alpha');
    expect(declaredSiteGroup(new Uint8Array([0x1f, 0x8b, 0x08, 0, 1, 2]))).toBeNull();
  });

  it('puts the host first, then the declared site, then the folder', () => {
    expect(pageGroup('host:example.org', html('Alpha', 'x'))).toBe('host:example.org');
    expect(pageGroup('news/day1', html('Alpha', 'x'))).toBe('site:alpha');
    expect(pageGroup('news/day1', 'plain text')).toBe('news/day1');
  });

  it('learns one template per declared site from one mixed folder', () => {
    const l = new TemplateLearner();
    for (const topic of ['harbour', 'station', 'library', 'bridge']) {
      l.add('mixed', html('Alpha', `An Alpha article about the ${topic}.`));
      l.add('mixed', html('Beta', `A Beta article about the ${topic}.`));
    }
    const t = l.build({ threshold: 0.3, minDocs: 3 });
    expect(t.lookup('site:alpha')?.lines.has('alpha menu')).toBe(true);
    expect(t.lookup('site:alpha')?.lines.has('beta menu')).toBe(false);
    expect(t.lookup('site:beta')?.docs).toBe(4);
  });
});

describe('the repeated-across-pages rule', () => {
  it('drops the template lines of a page and names the counts', () => {
    const text = page([
      'Le direct',
      'Un titre assez long pour un article',
      '',
      'Le conseil municipal a voté mardi soir le budget de la ville, après trois heures de débat entre la majorité et l’opposition.',
      '',
      'Une question ? Notre assistant vous répond en bas de cette page, à toute heure du jour.',
      '',
      'Les élus de l’opposition ont dénoncé une hausse des impôts locaux, que le maire juge indispensable pour financer les écoles.',
    ]);
    const template = {
      docs: 20,
      lines: new Map([
        [templateKey('Une question ? Notre assistant vous répond en bas de cette page, à toute heure du jour.'), 17],
      ]),
    };
    const plain = cleanArticle(text, { explain: true });
    expect(plain.text).toContain('Notre assistant');
    const learned = cleanArticle(text, { explain: true, template });
    expect(learned.text).not.toContain('Notre assistant');
    expect(learned.text).toContain('budget de la ville');
    expect(learned.removed?.find((r) => r.text.startsWith('Une question'))).toMatchObject({
      rule: 'repeated-across-pages (17 of 20)',
    });
  });
});

describe('progress', () => {
  function fakeStream() {
    const out: string[] = [];
    return { out, stream: { write: (s: string) => out.push(s) > 0 } as unknown as NodeJS.WriteStream };
  }

  it('draws done/total, rate and ETA on a terminal, and clears the line before a message', () => {
    const { out, stream } = fakeStream();
    const p = new Progress(stream, true);
    p.setTotal(10);
    p.count('error');
    expect(out[0]).toMatch(/^\r1\/10 files · [\d.]+\/s · ETA \d+:\d\d · 1 error\u001b\[K$/);
    p.log('clean-article: a.txt: binary file');
    expect(out.slice(1)).toEqual(['\r\u001b[K', 'clean-article: a.txt: binary file\n']);
  });

  it('writes nothing but messages when stderr is not a terminal, and sums up', () => {
    const { out, stream } = fakeStream();
    const p = new Progress(stream, false);
    for (const o of ['ok', 'ok', 'empty', 'error', 'skipped'] as const) p.count(o);
    expect(out).toEqual([]);
    expect(p.summary(false)).toMatch(
      /^5 files: 2 ok, 1 empty, 1 error, 1 skipped \(up to date\) in [\d.]+ s \([\d.]+ files\/s\)$/,
    );
    expect(p.summary(true)).toMatch(/^interrupted after 5 files: /);
  });
});
