import { IMAGE_OPEN, LINK_OPEN, MARK_CLOSE, MARK_MID, markdownOf } from '../blocks/html/walk.js';
import { endsLikeSentence, wordCount } from '../text/words.js';
import type { Article, ClassifiedBlock, ParagraphStructure } from '../types.js';

const LINK = new RegExp(
  `${LINK_OPEN}([^${LINK_OPEN}${MARK_MID}${MARK_CLOSE}]*)${MARK_MID}([^${MARK_CLOSE}]*)${MARK_CLOSE}`,
  'gu',
);
const IMAGE = new RegExp(`${IMAGE_OPEN}([^${MARK_MID}]*)${MARK_MID}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'gu');
const STRAY = new RegExp(`[${LINK_OPEN}${MARK_MID}${MARK_CLOSE}${IMAGE_OPEN}]`, 'gu');

const LEADING_IMAGES = /^(?:!\[[^\]]*\]\([^)]*\)\s*)+(?=\S)/u;

const urlPart = (u: string): string => u.replace(/[\s()]/g, (c) => encodeURIComponent(c));

/** Turns the walk's link and image markers into Markdown, or drops them. */
export function finishInline(md: string, links: boolean, images: boolean): string {
  return md
    .replace(IMAGE, (_, alt: string, src: string) => (images ? `![${alt.trim()}](${urlPart(src)})` : ''))
    .replace(LINK, (_, text: string, href: string) => (links && text.trim() ? `[${text}](${urlPart(href)})` : text))
    .replace(STRAY, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * Gives `article.structure` as built by `make` when first read: the Markdown output and library
 * callers read it, the JSON output never does (it cost a fortieth of an HTML page's time).
 * Assigning the property replaces it, as with a plain one.
 */
export function setLazyStructure(article: Article, make: () => ParagraphStructure[]): void {
  let value: ParagraphStructure[] | undefined;
  Object.defineProperty(article, 'structure', {
    enumerable: true,
    configurable: true,
    get: (): ParagraphStructure[] => {
      value ??= make();
      return value;
    },
    set: (v: ParagraphStructure[]): void => {
      value = v;
    },
  });
}

/** The structure of the kept HTML paragraphs, for the Markdown renderer. */
export function structureOf(kept: ClassifiedBlock[], links: boolean, images: boolean): ParagraphStructure[] {
  return kept.map((b): ParagraphStructure => {
    const h = b.html;
    if (!h) return { kind: 'p', level: 0, list: null, depth: 0, markdown: b.text };
    const md = markdownOf(h);
    let markdown = h.kind === 'code' ? md.replace(STRAY, '') : finishInline(md, links, images);
    // Images carried over from a figure before the paragraph stand on their own line.
    if (images && (h.kind === 'p' || h.kind === 'other'))
      markdown = markdown.replace(LEADING_IMAGES, (m) => `${m.trim()}\n\n`);
    const s: ParagraphStructure = {
      kind: h.kind,
      level: h.level,
      list: h.list,
      depth: h.listDepth,
      markdown: markdown || b.text,
    };
    if (h.cells) s.cells = h.cells;
    if (h.tableStart) s.tableStart = true;
    return s;
  });
}

const MIN_COMMENT_WORDS = 3;

/** Reader comments: prose nested inside a comment item (a comment-classed element within the comments section). */
export function commentsOf(blocks: ClassifiedBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const h = b.html;
    if (!h || b.keep || h.commentDepth < 2 || h.inForm || h.kind === 'heading') continue;
    if (wordCount(b.text) < MIN_COMMENT_WORDS || !(endsLikeSentence(b.text) || wordCount(b.text) >= 12)) continue;
    out.push(b.text);
  }
  return out;
}
