// Large and pathological inputs, generated (never stored): for the hostile-input tests and
// `npm run hostile` (bench/hostile.ts), which measures time against size.

const WORDS = (
  'the government said on wednesday that the country was ready to talk with its neighbours about ' +
  'trade security and the environment while critics warned that the plan would cost more than expected ' +
  'and officials promised details next week after a meeting of ministers in the capital'
).split(' ');

/** A deterministic pseudo-random sequence (mulberry32), so that generated pages are reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const n = 8 + Math.floor(next() * 20);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** A text dump of about `bytes` bytes: paragraphs of sentences, with menu-like short lines between. */
export function bigTextPage(bytes: number, seed = 1): string {
  const next = random(seed);
  const parts: string[] = ['Home', 'News', 'Sport', '', 'A headline about the talks', ''];
  let size = 0;
  while (size < bytes) {
    const para = Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(next)).join(' ');
    const extra = next() < 0.2 ? '\n\nAdvertisement\n\nTalks in the capital' : '';
    parts.push(para + extra, '');
    size += para.length + extra.length + 2;
  }
  return parts.join('\n');
}

/** One line of about `bytes` bytes: sentences without a single newline. */
export function singleLine(bytes: number, seed = 2): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = sentence(next);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

/** HTML nested `depth` levels deep, unclosed (for the HTML path: no stack overflow). */
export function deepHtml(depth: number): string {
  return `<!DOCTYPE html><html><body>${'<div>'.repeat(depth)}<p>Deep text.</p></body></html>`;
}

/** HTML with `count` tiny elements (for the HTML path: no quadratic blow-up). */
export function manyElementsHtml(count: number): string {
  return `<!DOCTYPE html><html><body>${'<span>x</span>'.repeat(count)}</body></html>`;
}

/** An HTML page of about `bytes` bytes: an article of paragraphs among navigation and teasers. */
export function bigHtmlPage(bytes: number, seed = 3): string {
  const next = random(seed);
  const parts = [
    '<!DOCTYPE html><html><head><title>Talks</title></head><body><nav><a href="/">Home</a></nav><article>',
  ];
  let size = 0;
  while (size < bytes) {
    const p = `<p>${Array.from({ length: 3 }, () => sentence(next)).join(' ')}</p>`;
    const teaser = next() < 0.2 ? '<aside><ul><li><a href="/x">Related story</a></li></ul></aside>' : '';
    parts.push(p, teaser);
    size += p.length + teaser.length;
  }
  parts.push('</article><footer>© News</footer></body></html>');
  return parts.join('\n');
}

// Malformed and oversized HTML: each page holds the same short article (ARTICLE) somewhere in its
// pathology, so that a test can check the article is still found, not only that nothing threw.

/** Three sentences of article prose, as paragraphs. */
export const ARTICLE = [
  'The government said on Wednesday that the country was ready to talk with its neighbours about trade, security and the environment.',
  'Critics warned that the plan would cost far more than expected, and officials promised the details next week after a meeting of ministers.',
  'The talks are due to begin in the capital at the end of the month, according to a statement published by the ministry of foreign affairs.',
];

const articleHtml = (): string => ARTICLE.map((p) => `<p>${p}</p>`).join('\n');

const page = (body: string, head = '<title>Talks in the capital</title>'): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

/** The article inside `depth` levels of `open` (left unclosed, as a broken page leaves them). */
export function deepNestedHtml(depth: number, open = '<div>'): string {
  return page(`${open.repeat(depth)}<article>${articleHtml()}</article>`);
}

/** `depth` levels of `<div><p>sentence</p>`, none closed: prose nested as deep as the page (each
 * block's container sits one level below the last), then the article. */
export function deepProseHtml(depth: number, seed = 4): string {
  const next = random(seed);
  const parts: string[] = [];
  for (let i = 0; i < depth; i++) parts.push(`<div><p>${sentence(next)}</p>`);
  return page(`${parts.join('')}<article>${articleHtml()}</article>`);
}

/** The article inside `depth` nested tables (`<table><tr><td>`), all closed. */
export function deepTablesHtml(depth: number): string {
  return page(`${'<table><tr><td>'.repeat(depth)}${articleHtml()}${'</td></tr></table>'.repeat(depth)}`);
}

/** The article inside `depth` nested lists (`<ul><li>`), all closed. */
export function deepListsHtml(depth: number): string {
  return page(`${'<ul><li>'.repeat(depth)}<article>${articleHtml()}</article>${'</li></ul>'.repeat(depth)}`);
}

/** The article after `count` sibling paragraphs of one short link each (a huge link list). */
export function siblingParagraphsHtml(count: number): string {
  return page(`<nav>${'<p><a href="/x">Item</a></p>'.repeat(count)}</nav><article>${articleHtml()}</article>`);
}

/** The article after a table of `count` data rows. */
export function tableRowsHtml(count: number): string {
  return page(`<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(count)}</table><article>${articleHtml()}</article>`);
}

/** The article after one table row of `count` cells. */
export function wideRowHtml(count: number): string {
  return page(`<table><tr>${'<td>1</td>'.repeat(count)}</tr></table><article>${articleHtml()}</article>`);
}

/** The article among `count` tiny inline elements. */
export function tinyElementsHtml(count: number): string {
  return page(`<div>${'<b>x</b>'.repeat(count)}</div><article>${articleHtml()}</article>`);
}

/** The article after an element whose `class` attribute is `bytes` long (no spaces, then spaces). */
export function hugeAttributeHtml(bytes: number): string {
  const half = Math.floor(bytes / 2);
  const value = `${'a'.repeat(half)}${' display: none'.repeat(Math.floor(half / 14))}`;
  return page(`<div class="${value}" style="${value}" id="${value}"></div><article>${articleHtml()}</article>`);
}

/** The article followed by one text node of `bytes` bytes without a tag. */
export function hugeTextNodeHtml(bytes: number): string {
  return page(`<article>${articleHtml()}</article><div>${singleLine(bytes)}</div>`);
}

/** Pages broken in the ways scrapes are: each still holds the article. */
export const MALFORMED_HTML: Record<string, string> = {
  'unclosed <p>, <div> and <table>': page(
    `<div><table><tr><td>Menu<div><article>${ARTICLE.map((p) => `<p>${p}`).join('\n')}`,
  ),
  'stray end tags': page(`</div></p></table></li></span></body></html><article>${articleHtml()}</article></div></td>`),
  'attributes without quotes': page(
    `<div class=nav id=menu><a href=/x>Home</a></div><article class=post-content data-x=a=b=c>${articleHtml()}</article>`,
  ),
  '<script> never closed after the article': page(
    `<article>${articleHtml()}</article><script>var x = "<p>not text</p>";`,
  ),
  'comment never closed after the article': page(`<article>${articleHtml()}</article><!-- <p>not text</p>`),
  'NUL bytes in tags, attributes and text': page(
    `<di\u0000v cla\u0000ss="a\u0000b"><article>${ARTICLE.map((p) => `<p>${p.replace(' ', ' \u0000')}</p>`).join('')}</article>`,
  ),
};

/** JSON-LD of about `bytes` bytes (graph nodes by the thousand) beside the article. */
export function hugeJsonLdHtml(bytes: number): string {
  const node = { '@type': 'Thing', name: 'x'.repeat(100) };
  const graph = Array.from({ length: Math.floor(bytes / 130) }, () => node);
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      ...graph,
      { '@type': 'NewsArticle', headline: 'Talks in the capital', articleBody: ARTICLE.join('\n\n') },
    ],
  };
  return page(
    `<article>${articleHtml()}</article>`,
    `<title>Talks</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
  );
}

/** JSON-LD nested `depth` levels deep (in arrays and in the headline's value). */
export function deepJsonLdHtml(depth: number): string {
  const deepArray = `${'['.repeat(depth)}"Talks in the capital"${']'.repeat(depth)}`;
  const deepObject = `${'{"name":'.repeat(depth)}"A. Writer"${'}'.repeat(depth)}`;
  const ld = `{"@type":"NewsArticle","headline":${deepArray},"author":${deepObject},"about":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  return page(
    `<article>${articleHtml()}</article>`,
    `<title>Talks</title><script type="application/ld+json">${ld}</script>`,
  );
}

/** JSON-LD that is not JSON: unbalanced, truncated, or a wall of commas. */
export function invalidJsonLdHtml(bytes: number): string {
  const bad = [
    '{"@type":"NewsArticle","headline":"Talks in the capital",',
    `{"@type": [${'{'.repeat(1000)}`,
    `{"a": [${', '.repeat(bytes / 2)}]`,
    `${'{"a":'.repeat(bytes / 10)}`,
  ];
  return page(
    `<article>${articleHtml()}</article>`,
    `<title>Talks</title>${bad.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}`,
  );
}
