// Generates test batches: pages of several invented sites, each page a real-looking article body
// (sentences of the fixtures' expected articles, recombined so that no paragraph repeats) inside
// its site's repeating chrome (bench/batch/sites.ts). Deterministic for a given seed.
//
//   tsx bench/batch/generate.ts --out DIR [--pages-per-site 24] [--sites 5] [--seed 1]
//
// Writes DIR/<site>/<page>.txt and DIR/truth.json ({"<site>/<page>": {"articleBody": …}}).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random as rng } from '../../tests/generators.js';
import { SITES, type SiteChrome } from './sites.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

let pools: Map<string, string[]> | undefined;

/** Sentences of the fixtures' expected articles, by language. */
function sentencePools(): Map<string, string[]> {
  if (pools) return pools;
  pools = new Map();
  for (const f of readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.expected.json'))
    .sort()) {
    const a = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { lang: string; paragraphs: string[] };
    const list = pools.get(a.lang) ?? [];
    for (const p of a.paragraphs) list.push(...p.split(/(?<=[.!?…])\s+(?=\p{Lu})/u).filter((s) => s.length > 20));
    pools.set(a.lang, list);
  }
  return pools;
}

export interface Page {
  site: string;
  /** "<site>/<nnnn>" */
  id: string;
  text: string;
  /** The article body: what a perfect extractor returns as `text`. */
  body: string;
}

export interface GenerateOptions {
  seed?: number;
  sites?: number;
  pagesPerSite: number;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function fill(template: string, r: () => number, site: SiteChrome): string {
  return template
    .replace('{n}', String(Math.floor(r() * 30) + 5))
    .replace('{section}', pick(r, site.sections))
    .replace('{day}', String(Math.floor(r() * 28) + 1))
    .replace('{month}', pick(r, site.months))
    .replace('{h}', String(Math.floor(r() * 14) + 7))
    .replace('{m}', String(Math.floor(r() * 60)).padStart(2, '0'))
    .replace('{name}', pick(r, site.names));
}

function shuffled<T>(r: () => number, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function page(site: SiteChrome, n: number, r: () => number): Page {
  const pool = sentencePools().get(site.lang) ?? [];
  const sentences = shuffled(r, pool);
  const paragraphs: string[] = [];
  let at = 0;
  const count = 4 + Math.floor(r() * 5);
  for (let i = 0; i < count && at + 2 <= sentences.length; i++) {
    const len = 2 + Math.floor(r() * 2);
    paragraphs.push(sentences.slice(at, at + len).join(' '));
    at += len;
  }
  const words = (sentences[at] ?? sentences[0] ?? 'Article').replace(/[.!?…]+$/u, '').split(' ');
  const title = words.slice(0, 4 + Math.floor(r() * 6)).join(' ');
  const some = (xs: readonly string[], p: number) => xs.filter(() => r() < p);
  const lines: string[] = [...some(site.header, 0.95), fill(site.widget, r, site), fill(site.crumb, r, site)];
  lines.push(title, fill(site.date, r, site), fill(site.byline, r, site), '');
  // The prompts land between paragraphs, where an extractor keeps what reads like prose.
  const slots = new Map<number, string>();
  for (const line of some(site.inBody, 0.7)) slots.set(1 + Math.floor(r() * (paragraphs.length - 1)), line);
  paragraphs.forEach((p, i) => {
    const prompt = slots.get(i);
    if (prompt) lines.push(prompt, '');
    lines.push(p, '');
  });
  lines.push(site.relatedHeader, ...shuffled(r, site.headlines).slice(0, 4), '', ...some(site.footer, 0.9));
  return {
    site: site.name,
    id: `${site.name}/${String(n).padStart(4, '0')}`,
    text: `${lines.join('\n')}\n`,
    body: paragraphs.join('\n\n'),
  };
}

/** Pages site by site, produced one at a time (10,000 pages need no memory). */
export function* generatePages(o: GenerateOptions): Generator<Page> {
  const r = rng(o.seed ?? 1);
  const sites = Array.from({ length: o.sites ?? SITES.length }, (_, i) => {
    const base = SITES[i % SITES.length] as SiteChrome;
    // Beyond the five sites, copies under other names: more folders, same kinds of chrome.
    return i < SITES.length ? base : { ...base, name: `${base.name}-${Math.floor(i / SITES.length) + 1}` };
  });
  for (const site of sites) for (let n = 1; n <= o.pagesPerSite; n++) yield page(site, n, r);
}

/** Writes a batch to DIR (one folder per site) with its truth.json; returns the page count. */
export function writeBatch(dir: string, o: GenerateOptions): number {
  const truth: Record<string, { articleBody: string }> = {};
  let n = 0;
  for (const p of generatePages(o)) {
    mkdirSync(join(dir, p.site), { recursive: true });
    writeFileSync(join(dir, `${p.id}.txt`), p.text);
    truth[p.id] = { articleBody: p.body };
    n++;
  }
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth));
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'pages-per-site': { type: 'string', default: '24' },
      sites: { type: 'string', default: String(SITES.length) },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    process.stderr.write('usage: tsx bench/batch/generate.ts --out DIR [--pages-per-site N] [--sites N] [--seed N]\n');
    process.exit(2);
  }
  const n = writeBatch(values.out, {
    pagesPerSite: Number(values['pages-per-site']),
    sites: Number(values.sites),
    seed: Number(values.seed),
  });
  process.stdout.write(`${n} pages written to ${values.out}\n`);
}
