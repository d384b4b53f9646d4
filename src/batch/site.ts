import { constants, gunzipSync } from 'node:zlib';
import { isGzip } from '../decode/gzip.js';

// The site a page declares in its head (og:site_name, application-name), for grouping pages
// whose address is unknown: a folder of mixed sites still learns one template per site.

const HEAD_BYTES = 64 * 1024;
const GZIP_PREFIXES = [4 * 1024, 16 * 1024, 64 * 1024];
const META = /<meta\b[^>]*>/gi;
const NAME = /\b(?:property|name)\s*=\s*["']?(?:og:site_name|application-name)["'\s>/]/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The page's first 64 KB as text: gzip unpacked (only as far as needed), UTF-16 read by its byte
 * order mark; anything else as UTF-8, which reads the ASCII of meta tags in any legacy charset.
 */
function headOf(page: string | Uint8Array): string {
  if (typeof page === 'string') return page.slice(0, HEAD_BYTES);
  let bytes = page;
  if (isGzip(bytes)) {
    const gz = bytes;
    bytes = new Uint8Array(0);
    // Growing prefixes of the stream, each inflated with a sync flush (a stream cut short gives
    // what it has) and a bound on the output: a bomb stops at the bound instead of inflating
    // its first 64 KB into tens of megabytes.
    for (const n of GZIP_PREFIXES) {
      try {
        bytes = gunzipSync(gz.subarray(0, n), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: HEAD_BYTES * 4 });
      } catch {
        break;
      }
      if (bytes.length >= HEAD_BYTES || n >= gz.length) break;
    }
  }
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8');
}

/** "site:<name>" for an HTML page that names its site, else null. */
export function declaredSiteGroup(page: string | Uint8Array): string | null {
  const head = headOf(page);
  for (const tag of head.matchAll(META)) {
    if (!NAME.test(tag[0])) continue;
    const m = CONTENT.exec(tag[0]);
    const name = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (name) return `site:${name}`;
  }
  return null;
}

/** The learning group of a page: its host when the address is known, else the site it declares, else its folder. */
export function pageGroup(group: string, page: string | Uint8Array): string {
  if (group.startsWith('host:')) return group;
  return declaredSiteGroup(page) ?? group;
}
