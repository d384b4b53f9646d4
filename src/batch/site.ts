// The site a page declares in its head (og:site_name, application-name), for grouping pages
// whose address is unknown: a folder of mixed sites still learns one template per site.

const HEAD_BYTES = 64 * 1024;
const META = /<meta\b[^>]*>/gi;
const NAME = /\b(?:property|name)\s*=\s*["']?(?:og:site_name|application-name)["'\s>/]/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** "site:<name>" for an HTML page that names its site, else null. */
export function declaredSiteGroup(page: string | Uint8Array): string | null {
  const head =
    typeof page === 'string'
      ? page.slice(0, HEAD_BYTES)
      : Buffer.from(page.buffer, page.byteOffset, Math.min(page.byteLength, HEAD_BYTES)).toString('utf8');
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
