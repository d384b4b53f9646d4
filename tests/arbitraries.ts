// Input generators shared by the property tests and the fuzz campaign (scripts/fuzz.ts).
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import iconv from 'iconv-lite';

// Words, UI strings and punctuation, so that the classifier's paths are actually exercised
// (random unicode alone is almost always "no letters").
export const word = fc.constantFrom(
  'the',
  'le',
  'Moscou',
  'Share',
  'S’abonner',
  'Подписаться',
  '0',
  '©',
  'Photo:',
  'AFP',
  'Réunion',
  '北京',
  'اقرأ',
  '2024',
  '-',
  '|',
  'a',
  'comments',
  'By',
  'Read more',
  'שלום',
  '\u200B',
  '\u00A0',
  '...',
  '"',
);

const sentence = fc.array(word, { minLength: 8, maxLength: 30 }).map((ws) => `${ws.join(' ')}.`);

export const line = fc.oneof(
  fc.array(word, { maxLength: 25 }).map((ws) => ws.join(' ')),
  sentence,
  fc.string({ maxLength: 40 }),
);

/** A page of lines as a text dump has them. */
export const page = fc.array(line, { maxLength: 40 }).map((ls) => ls.join('\n'));

const newline = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028');

/** Pages with odd line endings, Unicode spaces, controls and any code point, lone surrogates included. */
export const hostilePage = fc
  .array(
    fc.oneof(line, fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('\u0000', '\t', '\u3000', '\uD800')),
    {
      maxLength: 30,
    },
  )
  .chain((ls) =>
    fc.array(newline, { minLength: ls.length, maxLength: ls.length }).map((nl) => ls.map((l, i) => l + nl[i]).join('')),
  );

const tag = fc.constantFrom(
  'p',
  'div',
  'span',
  'a',
  'h1',
  'li',
  'script',
  'style',
  'table',
  'td',
  'br',
  'meta',
  'html',
  'body',
);

/** HTML-looking text: tags around lines, some unclosed. */
export const htmlish = fc
  .array(fc.tuple(tag, line, fc.boolean()), { maxLength: 30 })
  .map((parts) => `<!DOCTYPE html>${parts.map(([t, l, close]) => `<${t}>${l}${close ? `</${t}>` : ''}`).join('\n')}`);

const LEGACY = [
  'windows-1252',
  'iso-8859-2',
  'windows-1251',
  'koi8-r',
  'shift_jis',
  'euc-kr',
  'gbk',
  'big5',
  'utf-16le',
];

/** Bytes: random, legacy-encoded pages, gzip, UTF-16 with BOM, binary magic numbers followed by junk. */
export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.tuple(page, fc.constantFrom(...LEGACY)).map(([p, enc]) => new Uint8Array(iconv.encode(p, enc))),
  page.map((p) => new Uint8Array(gzipSync(p))),
  page.map((p) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(p, 'utf16le')]))),
  fc
    .tuple(
      fc.constantFrom('\x89PNG\r\n\x1a\n', '\xff\xd8\xff', 'GIF89a', '%PDF-1.4', 'PK\x03\x04', '\x7fELF', 'MZ'),
      fc.uint8Array({ maxLength: 500 }),
    )
    .map(([magic, rest]) => new Uint8Array(Buffer.concat([Buffer.from(magic, 'latin1'), rest]))),
  // Mojibake: UTF-8 bytes read as windows-1252 or windows-1251, then saved as UTF-8 again.
  fc
    .tuple(page, fc.constantFrom('windows-1252', 'windows-1251'))
    .map(([p, enc]) => new Uint8Array(Buffer.from(iconv.decode(Buffer.from(p), enc)))),
);

/** Any input the library takes. */
export const anyInput = fc.oneof(page, hostilePage, htmlish, fc.string({ unit: 'binary' }), bytes);

// Realistic news pages: menus, a headline, byline and date, paragraphs of English prose with
// boilerplate between them, teasers and a footer after. For properties that only make sense on
// pages with an article (idempotence).
const VOCAB = (
  'the a of to in and that for on with as by at from government minister said would could people ' +
  'city year new report police court council plan company market children school health water ' +
  'week after before while because however since officials residents according statement told ' +
  'reporters thursday announced decision million percent economy election project hospital'
).split(' ');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const proseSentence = fc
  .array(fc.constantFrom(...VOCAB), { minLength: 8, maxLength: 24 })
  .map((ws) => `${capital(ws.join(' '))}.`);
const paragraph = fc.array(proseSentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const headline = fc
  .array(fc.constantFrom(...VOCAB), { minLength: 5, maxLength: 12 })
  .map((ws) => ws.map(capital).join(' '));
const boiler = fc.constantFrom(
  'Share',
  'Advertisement',
  'Subscribe to our newsletter',
  'Photo: AFP',
  'Read more',
  'Tweet',
  'Follow us on Facebook',
);
const menu = fc.array(fc.constantFrom('Home', 'News', 'Sport', 'World', 'Business', 'Opinion', 'Video'), {
  maxLength: 8,
});
const teaser = fc.tuple(headline, proseSentence).map(([h, s]) => `${h}\n${s}`);

export const articlePage = fc
  .record({
    menu,
    title: headline,
    byline: fc.option(fc.constantFrom('By Anna Smith', 'By John Brown and Mary Jones'), { nil: undefined }),
    date: fc.option(fc.constantFrom('March 3, 2024', 'Updated 12:30 PM, 4 June 2023'), { nil: undefined }),
    body: fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: boiler }), {
      minLength: 2,
      maxLength: 14,
    }),
    related: fc.option(fc.array(teaser, { minLength: 2, maxLength: 6 }), { nil: undefined }),
    comments: fc.boolean(),
  })
  .map((p) =>
    [
      ...p.menu,
      '',
      p.title,
      p.byline ?? '',
      p.date ?? '',
      '',
      ...p.body.flatMap((b) => [b, '']),
      ...(p.related ? ['Related articles', ...p.related] : []),
      ...(p.comments ? ['Comments', 'Log in to comment'] : []),
      '© 2024 The Daily Example',
    ].join('\n'),
  );

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The same pages as HTML: a navigation, the headline in <h1>, byline and date, the body in
 * <article> (with headings, a list and a table, which the text output has as short lines), then
 * related articles, comments and a footer. For idempotence: the HTML page's text output, cleaned
 * again as text, must give the same article.
 */
export const articleHtmlPage = fc
  .record({
    menu,
    title: headline,
    byline: fc.option(fc.constantFrom('By Anna Smith', 'By John Brown and Mary Jones'), { nil: undefined }),
    body: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: paragraph.map((p) => `<p>${escapeHtml(p)}</p>`) },
        { weight: 1, arbitrary: headline.map((h) => `<h2>${escapeHtml(h)}</h2>`) },
        { weight: 1, arbitrary: boiler.map((b) => `<p>${escapeHtml(b)}</p>`) },
        {
          weight: 1,
          arbitrary: fc
            .array(headline, { minLength: 2, maxLength: 5 })
            .map((items) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`),
        },
        {
          weight: 1,
          arbitrary: fc
            .array(fc.tuple(fc.constantFrom(...VOCAB), fc.nat(999)), { minLength: 2, maxLength: 5 })
            .map((rows) => `<table>${rows.map(([w, n]) => `<tr><td>${w}</td><td>${n} %</td></tr>`).join('')}</table>`),
        },
      ),
      { minLength: 2, maxLength: 12 },
    ),
    related: fc.option(fc.array(teaser, { minLength: 2, maxLength: 6 }), { nil: undefined }),
  })
  .map((p) =>
    [
      '<!DOCTYPE html><html lang="en"><head><title>',
      escapeHtml(p.title),
      ' | The Daily Example</title></head><body>',
      `<nav><ul>${p.menu.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav>`,
      `<article><h1>${escapeHtml(p.title)}</h1>`,
      p.byline ? `<p class="byline">${p.byline}</p>` : '',
      ...p.body,
      '</article>',
      p.related
        ? `<aside><h3>Related articles</h3>${p.related.map((t) => `<p><a href="/a">${escapeHtml(t)}</a></p>`).join('')}</aside>`
        : '',
      '<footer>© 2024 The Daily Example</footer></body></html>',
    ].join('\n'),
  );
