import { assemble } from './article/assemble.js';
import { blocksFromText } from './blocks/from-text.js';
import { classify } from './classify/classify.js';
import { phraseBook } from './data/phrase-book.js';
import { decode } from './decode/decode.js';
import type { Article, CleanOptions, CleanResult, SourceInfo } from './types.js';

/** The whole pipeline, returning the per-block decisions as well as the article. */
export function cleanDetailed(input: string | Uint8Array, options: CleanOptions = {}): CleanResult {
  const doc = decode(input);
  const blocks = blocksFromText(doc.text);
  const book = phraseBook(options.boilerplate);
  const hint = options.lang && options.lang !== 'auto' ? options.lang : undefined;
  const classification = classify(blocks, book, hint, options.template);
  const source: SourceInfo = { path: options.path ?? '-', type: 'text', encoding: doc.encoding, bytes: doc.bytes };
  const article = assemble(classification, book, source, hint, options.explain ?? false);
  return { article, blocks: classification.blocks };
}

/** Cleans one page (text or bytes) and returns the article, as the CLI prints it in JSON. */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): Article {
  return cleanDetailed(input, options).article;
}
