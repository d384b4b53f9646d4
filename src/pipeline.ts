import { build, decide, type HtmlContext } from './article/assemble.js';
import { settle } from './article/reread.js';
import { blocksFromHtml } from './blocks/from-html.js';
import { blocksFromText } from './blocks/from-text.js';
import { classify } from './classify/classify.js';
import { phraseBook } from './data/phrase-book.js';
import { decode } from './decode/decode.js';
import { render } from './render/render.js';
import type { Article, CleanOptions, CleanResult, SourceInfo } from './types.js';

/** Stages 1–2: the blocks the classifier will see (also what batch learning counts). */
export function pageBlocks(
  input: string | Uint8Array,
  options: Pick<CleanOptions, 'type' | 'encoding' | 'maxBytes'> = {},
) {
  const doc = decode(input, options);
  const html = doc.type === 'html' ? blocksFromHtml(doc.text) : null;
  return { doc, html, blocks: html ? html.blocks : blocksFromText(doc.text) };
}

/** The whole pipeline, returning the per-block decisions as well as the article. */
export function cleanDetailed(input: string | Uint8Array, options: CleanOptions = {}): CleanResult {
  const { doc, html, blocks } = pageBlocks(input, options);
  const type = doc.type;
  const book = phraseBook(options.boilerplate);
  const hint = options.lang && options.lang !== 'auto' ? options.lang : undefined;
  const classification = classify(blocks, book, {
    langHint: hint,
    html: html ? { containerParent: html.containerParent, headlineAt: html.headlines[0] ?? null } : undefined,
    template: options.template,
  });
  const source: SourceInfo = { path: options.path ?? '-', type, encoding: doc.encoding, bytes: doc.bytes };
  if (doc.notes.length > 0) source.notes = doc.notes;
  if (doc.repaired) source.repaired = doc.repaired;
  const context: HtmlContext | undefined = html
    ? {
        declared: html.declared,
        headlines: html.headlines,
        comments: options.comments ?? false,
        links: options.links ?? false,
        images: options.images ?? false,
      }
    : undefined;
  let decided = decide(classification, book, context);
  // The article is read again as its text output until that changes nothing, so that cleaning the
  // output gives the same article (src/article/reread.ts).
  decided = settle(classification, decided, book, { langHint: hint, template: options.template, html: html !== null });
  const { article, fromDeclaration } = build(classification, decided, source, hint, options.explain ?? false, context);
  if (fromDeclaration) settleDeclaredBody(article, options);
  return { article, blocks: classification.blocks };
}

/**
 * A declared body never met the classifier, so its text output could lose lines when cleaned
 * again ("Photo: AFP", "Read more" inside articleBody). It is cleaned as the text page its output
 * is, and that reading is kept: the text path gives the same article when cleaning it again.
 */
function settleDeclaredBody(article: Article, options: CleanOptions): void {
  const again = cleanDetailed(render(article, 'text'), {
    type: 'text',
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
    explain: options.explain ?? false,
  }).article;
  article.title = again.title;
  article.paragraphs = again.paragraphs;
  article.text = again.text;
  article.wordCount = again.wordCount;
  article.structure = again.paragraphs.map((p) => ({ kind: 'p', level: 0, list: null, depth: 0, markdown: p }));
  // Its first line is the title the output starts with, not a removal.
  if (article.removed && again.removed)
    for (const r of again.removed)
      if (r.rule !== 'metadata:title')
        article.removed.push({ ...r, reason: `${r.reason} (line ${r.line} of the article body the page declares)` });
}

/** Cleans one page (text or bytes) and returns the article, as the CLI prints it in JSON. */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): Article {
  return cleanDetailed(input, options).article;
}
