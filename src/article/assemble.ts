import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { detectLanguage } from '../lang/detect.js';
import { wordCount } from '../text/words.js';
import type { Article, ClassifiedBlock, Removal, SourceInfo } from '../types.js';
import { parseByline } from './byline.js';
import { parseDate } from './date.js';
import { findTitle, stripSiteName } from './title.js';

// Byline and date stand next to the headline or at the top of the body.
const META_BEFORE = 8;
const META_AFTER = 4;
const DATE_LINE_MAX_WORDS = 16;

function claim(b: ClassifiedBlock, role: 'title' | 'byline' | 'date', reason: string): void {
  b.keep = false;
  b.role = role;
  b.rule = `metadata:${role}`;
  b.reason = reason;
}

function findMetadata(cls: Classification, book: PhraseBook, titleAt: number | null, monthFirst: boolean) {
  let byline: string | null = null;
  let published: string | null = null;
  const start = cls.region?.start ?? 0;
  const from = Math.max(0, (titleAt ?? start) - 2, start - META_BEFORE);
  const to = Math.min(cls.blocks.length - 1, start + META_AFTER);
  for (let i = from; i <= to; i++) {
    const b = cls.blocks[i];
    if (!b || i === titleAt || (b.keep && b.role !== 'paragraph') || wordCount(b.text) > DATE_LINE_MAX_WORDS) continue;
    // Long kept sentences are body text even if they start with "By" or hold a date.
    if (b.keep && /[.!?]$/.test(b.text) && wordCount(b.text) > 6) continue;
    const name: string | null = byline ? null : parseByline(b.text, book.bylinePrefixes);
    const date: string | null = published ? null : parseDate(b.text, monthFirst);
    if (name) {
      byline = name;
      if (date) published = date;
      claim(b, 'byline', 'the author line');
    } else if (date) {
      published = date;
      claim(b, 'date', 'the publication date line');
    }
  }
  return { byline, published };
}

/** Stage 4: title, body, metadata and language from the classified blocks. */
export function assemble(
  cls: Classification,
  book: PhraseBook,
  source: SourceInfo,
  langHint?: string,
  explain = false,
): Article {
  const titleAt = findTitle(cls);
  const titleBlock = titleAt === null ? undefined : cls.blocks[titleAt];
  const title = titleBlock ? stripSiteName(titleBlock.text, cls.siteName) : null;
  if (titleBlock) {
    titleBlock.keep = false;
    titleBlock.role = 'title';
    titleBlock.rule = 'metadata:title';
    titleBlock.reason = 'the headline above the body';
  }
  const { byline, published } = findMetadata(cls, book, titleAt, cls.lang === 'en');
  const paragraphs = cls.blocks.filter((b) => b.keep).map((b) => b.text);
  const text = paragraphs.join('\n\n');
  const { lang, lang3 } = detectLanguage([title ?? '', text].join('\n'), langHint);
  const article: Article = {
    title,
    text,
    paragraphs,
    lang,
    lang3,
    siteName: cls.siteName,
    byline,
    published,
    images: cls.images.filter((im) => im.caption || im.credit),
    wordCount: wordCount(text),
    source,
  };
  if (explain) {
    article.removed = cls.blocks
      .filter((b) => !b.keep)
      .map((b): Removal => ({ line: b.line, text: b.text, rule: b.rule, reason: b.reason }));
  }
  return article;
}
