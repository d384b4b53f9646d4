import { pageBlocks } from '../pipeline.js';
import { templateKey } from '../text/template-key.js';
import type { CleanOptions, PageTemplate } from '../types.js';
import { pageGroup } from './site.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

/** How lines become template: in more than `threshold` of a group's pages, and in at least `minDocs`. */
export interface LearnSettings {
  threshold: number;
  minDocs: number;
}

export const DEFAULT_LEARN: LearnSettings = { threshold: 0.3, minDocs: 3 };

/** The template file (--template / --save-template): per group, its page count and lines. */
export interface TemplateFile {
  format: 'clean-article-template';
  version: 1;
  threshold: number;
  minDocs: number;
  groups: Record<string, { docs: number; lines: Record<string, number> }>;
}

/** cyrb53: a 53-bit string hash, so that the set of seen pages holds numbers, not texts. */
function hash(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = charCodeAt.call(s, i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Counts, per group, in how many pages each normalised line occurs. */
export class TemplateLearner {
  private readonly groups = new Map<string, { docs: number; counts: Map<string, number> }>();
  /** Pages already counted, by a hash of their lines: a page scraped twice must not count as two. */
  private readonly seen = new Set<number>();

  /**
   * Adds one page: each distinct line counts once, however often the page repeats it. A page
   * whose lines equal an earlier page's (the same article fetched twice) is not counted again.
   */
  add(folderOrHost: string, page: string | Uint8Array, options: Pick<CleanOptions, 'type' | 'encoding'> = {}): boolean {
    const group = pageGroup(folderOrHost, page);
    const keys = new Set<string>();
    // The blocks the pipeline will classify: from HTML markup, or from the lines of a text.
    for (const b of pageBlocks(page, options).blocks) {
      const key = templateKey(b.text);
      if (key) keys.add(key);
    }
    const print = hash(`${group}\u0000${[...keys].join('\u0000')}`);
    if (keys.size === 0 || this.seen.has(print)) return false;
    this.seen.add(print);
    let g = this.groups.get(group);
    if (!g) {
      g = { docs: 0, counts: new Map() };
      this.groups.set(group, g);
    }
    g.docs++;
    for (const k of keys) g.counts.set(k, (g.counts.get(k) ?? 0) + 1);
    return true;
  }

  /** Keeps the lines above the threshold; the counts of all other lines are let go. */
  build(settings: LearnSettings): Template {
    const out = new Map<string, PageTemplate>();
    for (const [name, g] of this.groups) {
      const lines = new Map<string, number>();
      for (const [k, n] of g.counts) if (n >= settings.minDocs && n / g.docs > settings.threshold) lines.set(k, n);
      if (lines.size) out.set(name, { docs: g.docs, lines });
    }
    return new Template(out, settings);
  }
}

/** Learned lines per group, with the lookup that finds a page's group. */
export class Template {
  constructor(
    readonly groups: ReadonlyMap<string, PageTemplate>,
    readonly settings: LearnSettings,
  ) {}

  /**
   * The template of a page's group: the same name; else the folder group sharing the most
   * trailing folder names with it (a template learned from ".../jan/siteA" applies to
   * ".../feb/siteA"); else the only group of a template learned from one folder. Hosts match
   * only themselves.
   */
  lookup(group: string): PageTemplate | undefined {
    const exact = this.groups.get(group);
    if (exact) return exact;
    if (group.startsWith('host:')) return undefined;
    const parts = group.split('/');
    let best: PageTemplate | undefined;
    let bestShared = 0;
    for (const [name, t] of this.groups) {
      if (name.startsWith('host:')) continue;
      const other = name.split('/');
      let shared = 0;
      while (
        shared < Math.min(parts.length, other.length) &&
        parts[parts.length - 1 - shared] === other[other.length - 1 - shared]
      )
        shared++;
      if (shared > bestShared || (shared === bestShared && shared > 0 && best && t.docs > best.docs)) {
        best = t;
        bestShared = shared;
      }
    }
    if (best) return best;
    const [only] = this.groups.values();
    return this.groups.size === 1 ? only : undefined;
  }

  get size(): number {
    return this.groups.size;
  }

  lineCount(): number {
    let n = 0;
    for (const t of this.groups.values()) n += t.lines.size;
    return n;
  }

  toFile(): TemplateFile {
    const groups: TemplateFile['groups'] = {};
    for (const [name, t] of [...this.groups].sort(([a], [b]) => (a < b ? -1 : 1)))
      groups[name] = { docs: t.docs, lines: Object.fromEntries([...t.lines].sort(([a], [b]) => (a < b ? -1 : 1))) };
    return { format: 'clean-article-template', version: 1, ...this.settings, groups };
  }

  /** Reads a template file; throws an Error whose message says what is wrong. */
  static fromFile(data: unknown): Template {
    const f = data as Partial<TemplateFile> | null;
    if (typeof f !== 'object' || f === null || f.format !== 'clean-article-template' || f.version !== 1)
      throw new Error('not a clean-article template (format "clean-article-template", version 1)');
    if (typeof f.groups !== 'object' || f.groups === null) throw new Error('"groups" must be an object');
    const groups = new Map<string, PageTemplate>();
    for (const [name, g] of Object.entries(f.groups)) {
      const ok =
        typeof g?.docs === 'number' &&
        typeof g.lines === 'object' &&
        g.lines !== null &&
        Object.values(g.lines).every((n) => typeof n === 'number');
      if (!ok) throw new Error(`group "${name}" needs "docs" (a number) and "lines" (line → count)`);
      groups.set(name, { docs: g.docs, lines: new Map(Object.entries(g.lines)) });
    }
    return new Template(groups, {
      threshold: typeof f.threshold === 'number' ? f.threshold : DEFAULT_LEARN.threshold,
      minDocs: typeof f.minDocs === 'number' ? f.minDocs : DEFAULT_LEARN.minDocs,
    });
  }
}
