import { assemble } from './article/assemble.js';
import { blocksFromHtml } from './blocks/from-html.js';
import { blocksFromText } from './blocks/from-text.js';
import { classify } from './classify/classify.js';
import { phraseBook } from './data/phrase-book.js';
import { decode } from './decode/decode.js';
import type { Article, CleanOptions, CleanResult, SourceInfo } from './types.js';

/** The whole pipeline, returning the per-block decisions as well as the article. */
export function cleanDetailed(input: string | Uint8Array, options: CleanOptions = {}): CleanResult {
  const doc = decode(input);
  const type = options.type && options.type !== 'auto' ? options.type : sniffType(doc.text);
  const html = type === 'html' ? blocksFromHtml(doc.text) : null;
  const blocks = html ? html.blocks : blocksFromText(doc.text);
  const book = phraseBook(options.boilerplate);
  const hint = options.lang && options.lang !== 'auto' ? options.lang : undefined;
  const classification = classify(blocks, book, hint, html?.containerParent);
  const source: SourceInfo = { path: options.path ?? '-', type, encoding: doc.encoding, bytes: doc.bytes };
  const article = assemble(
    classification,
    book,
    source,
    hint,
    options.explain ?? false,
    html
      ? {
          declared: html.declared,
          comments: options.comments ?? false,
          links: options.links ?? false,
          images: options.images ?? false,
        }
      : undefined,
  );
  return { article, blocks: classification.blocks };
}

/** Cleans one page (text or bytes) and returns the article, as the CLI prints it in JSON. */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): Article {
  return cleanDetailed(input, options).article;
}

// Until decode/ sniffs the type: markup at the start of the page.
function sniffType(text: string): 'html' | 'text' {
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(text.slice(0, 2048)) ? 'html' : 'text';
}
