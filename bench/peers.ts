// Peers for `npm run bench -- --peers`: Readability.js on linkedom, scored with the same metrics on
// the same HTML pages, and cheerio.load alone (parse only) when cheerio is installed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { type Kind, PROJECT_ROOT } from './corpus.js';
import type { DocOutcome, Extractor } from './run-quality.js';

/** Installed version of a package (read from node_modules), or null when it is not installed. */
export function installedVersion(name: string): string | null {
  const p = join(PROJECT_ROOT, 'node_modules', name, 'package.json');
  if (!existsSync(p)) return null;
  try {
    const v = (JSON.parse(readFileSync(p, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;
/** Labels WHATWG reads as windows-1252 (pages that say Latin-1 mean it: 0x80 is €). */
const WINDOWS_1252 = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'cp1252']);

/**
 * Bytes of a page → string, the way the corpus's dumps were decoded (corpus README): a BOM; else
 * UTF-8 when the bytes are valid UTF-8; else the declared charset; else windows-1252. Legacy bytes go
 * through iconv-lite: Node's TextDecoder reads windows-1252 as Latin-1 (0x80 is not €). Peers take
 * a string, so the bench decodes for them; this time counts in their figures.
 */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(label).decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: fall through to the declaration.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = DECLARED.exec(head);
  let label = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (!label || WINDOWS_1252.has(label) || !iconv.encodingExists(label)) label = 'windows-1252';
  // A page declaring UTF-8 with a few bad bytes: UTF-8 with U+FFFD for them.
  if (label === 'utf-8' || label === 'utf8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
}

// Only what the bench uses of the two packages, typed here so that the bench needs no DOM typings.
interface ReadabilityArticle {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  textContent?: string | null;
}
type ReadabilityClass = new (document: unknown) => { parse(): ReadabilityArticle | null };
type ParseHtml = (html: string) => { document: unknown };

export interface Peer extends Extractor {
  /** Column header, e.g. "Readability.js". */
  label: string;
  /** e.g. "@mozilla/readability 0.6.0 on linkedom 0.18.12". */
  description: string;
  versions: Record<string, string | null>;
}

const message = (err: unknown): string => (err instanceof Error ? err.message.split('\n')[0] || err.name : String(err));

/**
 * Readability.js on linkedom. The text scored is Readability's `textContent` (what its users get,
 * and what the corpus's stored readability_js output holds: both score 0.954 on scrapinghub).
 * Timed: decoding, parseHTML and Readability.parse.
 */
export async function loadReadabilityPeer(): Promise<Peer | string> {
  let Readability: ReadabilityClass;
  let parseHTML: ParseHtml;
  try {
    Readability = (await import('@mozilla/readability')).Readability as unknown as ReadabilityClass;
    parseHTML = (await import('linkedom')).parseHTML as unknown as ParseHtml;
  } catch (err) {
    return `skipped: cannot load @mozilla/readability and linkedom (${message(err)}); run npm ci`;
  }
  const versions = {
    '@mozilla/readability': installedVersion('@mozilla/readability'),
    linkedom: installedVersion('linkedom'),
  };
  const run = (input: Uint8Array, _path: string, kind: Kind): DocOutcome => {
    if (kind !== 'html') return { text: '', blocks: null, meta: {}, error: 'Readability.js takes HTML only', ms: 0 };
    const t0 = performance.now();
    try {
      const { document } = parseHTML(decodeHtml(input));
      const a = new Readability(document).parse();
      const ms = performance.now() - t0;
      return {
        text: a?.textContent ?? '',
        blocks: null,
        meta: { title: a?.title ?? null, byline: a?.byline ?? null, date: a?.publishedTime ?? null },
        ms,
      };
    } catch (err) {
      return { text: '', blocks: null, meta: {}, error: message(err), ms: performance.now() - t0 };
    }
  };
  return {
    name: 'readability',
    label: 'Readability.js',
    description: `@mozilla/readability ${versions['@mozilla/readability']} on linkedom ${versions.linkedom}`,
    versions,
    run,
  };
}

type CheerioLoad = (html: string, options?: unknown) => unknown;

export interface ParserVariant {
  name: string;
  load: (html: string) => unknown;
}

/**
 * cheerio.load with its default parser (parse5) and with htmlparser2 (`xml: { xmlMode: false }`),
 * or why not: cheerio is the lead's dependency and may not be installed yet.
 */
export async function loadCheerioVariants(): Promise<{ version: string | null; variants: ParserVariant[] } | string> {
  // A variable specifier keeps tsc from requiring cheerio's types while it is not a dependency.
  const specifier = 'cheerio';
  let load: CheerioLoad;
  try {
    load = ((await import(specifier)) as { load: CheerioLoad }).load;
  } catch {
    return 'skipped: cheerio is not installed';
  }
  if (typeof load !== 'function') return 'skipped: cheerio exports no load function';
  return {
    version: installedVersion('cheerio'),
    variants: [
      { name: 'cheerio.load (parse5, default)', load: (html) => load(html) },
      {
        name: 'cheerio.load (htmlparser2: xml.xmlMode false)',
        load: (html) => load(html, { xml: { xmlMode: false } }),
      },
    ],
  };
}
