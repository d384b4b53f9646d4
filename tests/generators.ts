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
