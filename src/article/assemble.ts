import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { detectLanguage } from '../lang/detect.js';
import type { Article, Removal, SourceInfo } from '../types.js';
import { claimMetadata } from './metadata.js';
import { findTitle, stripSiteName } from './title.js';
import { blockWords, textWords } from './words.js';

// The standfirst: a full sentence right under the headline, which metadata and a photo often
// separate from the body.
const LEAD_MIN_WORDS = 8;

function keepLead(cls: Classification, titleAt: number): void {
  const b = cls.blocks[titleAt + 1];
  if (!b || b.keep || b.rule !== 'outside-article') return;
  if (!/[.!?。！？؟]["'”»]?$/u.test(b.text) || blockWords(cls, titleAt + 1) < LEAD_MIN_WORDS) return;
  b.keep = true;
  b.role = 'paragraph';
  b.rule = 'content:lead';
  b.reason = 'the standfirst under the headline';
}

// A page this small with nothing recognised as its body (a test page, a one-paragraph note) is
// its own article: returning all of its text beats returning nothing.
const TINY_PAGE_BLOCKS = 8;
const LETTER = /\p{L}/u;
// Lines dropped for their place or shape only; a line the phrase book knows ("Home", "Subscribe")
// stays out, so that a page of labels still has no body.
const POSITIONAL = new Set(['outside-article', 'menu-run', 'duplicate', 'short-line', 'low-content', 'metadata:title']);

function keepTinyPage(cls: Classification): void {
  if (cls.blocks.length > TINY_PAGE_BLOCKS || cls.blocks.some((b) => b.keep)) return;
  for (const b of cls.blocks) {
    if (!LETTER.test(b.text) || !POSITIONAL.has(b.rule)) continue;
    if (b.role === 'title') {
      if (cls.blocks.length > 1) continue;
    } else b.role = 'paragraph';
    b.keep = true;
    b.rule = 'content:page';
    b.reason = 'a tiny page with no other body: all of its text';
  }
}

/** Stage 4: title, body, metadata and language from the classified blocks. */
export function assemble(
  cls: Classification,
  book: PhraseBook,
  source: SourceInfo,
  langHint?: string,
  explain = false,
): Article {
  const { byline, published } = claimMetadata(cls, book);
  const titleAt = findTitle(cls);
  const titleBlock = titleAt === null ? undefined : cls.blocks[titleAt];
  const title = titleBlock ? stripSiteName(titleBlock.text, cls.siteName) : null;
  if (titleBlock) {
    titleBlock.keep = false;
    titleBlock.role = 'title';
    titleBlock.rule = 'metadata:title';
    titleBlock.reason = 'the headline above the body';
  }
  if (titleAt !== null) keepLead(cls, titleAt);
  keepTinyPage(cls);
  const kept: number[] = [];
  cls.blocks.forEach((b, i) => {
    if (b.keep) kept.push(i);
  });
  const paragraphs = kept.map((i) => cls.blocks[i]?.text ?? '');
  const text = paragraphs.join('\n\n');
  const { lang, lang3 } = detectLanguage([title ?? '', text].join('\n'), langHint, cls.candidates);
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
    wordCount: textWords(cls, kept),
    source,
  };
  if (explain) {
    article.removed = cls.blocks
      .filter((b) => !b.keep)
      .map((b): Removal => ({ line: b.line, text: b.text, rule: b.rule, reason: b.reason }));
  }
  return article;
}
