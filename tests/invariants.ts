// What must hold for any input: shared by the property tests and the fuzz campaign.
import { load } from 'cheerio/slim';
import { decode } from '../src/decode/decode.js';
import { InputError } from '../src/decode/errors.js';
import { collapseSpaces, dropInvisible } from '../src/decode/normalize.js';
import { cleanArticle, render } from '../src/index.js';
import type { Article } from '../src/types.js';

class InvariantError extends Error {}

function ensure(ok: boolean, what: string): void {
  if (!ok) throw new InvariantError(what);
}

const isWellFormed = (s: string) => s.isWellFormed();

/** The article object is complete and consistent. */
export function checkArticle(a: Article): void {
  ensure(a.title === null || (typeof a.title === 'string' && a.title.length > 0), 'title is null or non-empty');
  ensure(Array.isArray(a.paragraphs) && a.paragraphs.every((p) => typeof p === 'string' && p.length > 0), 'paragraphs');
  ensure(a.text === a.paragraphs.join('\n\n'), 'text is the paragraphs joined');
  ensure(a.lang.length >= 2 && a.lang3.length === 3, 'lang codes');
  ensure(Number.isInteger(a.wordCount) && a.wordCount >= 0, 'wordCount');
  ensure(a.source.type === 'text' || a.source.type === 'html', 'source.type');
  ensure(typeof a.source.encoding === 'string' && a.source.bytes >= 0, 'source');
  ensure([a.title ?? '', ...a.paragraphs].every(isWellFormed), 'output strings are well-formed UTF-16');
  ensure(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published), 'published is YYYY-MM-DD');
}

// The normalised input as one line: whitespace collapsed as blocks have it, and "well- known"
// read as "well-known", since a hard-wrapped line ending in a hyphen is joined without a space.
const flatten = (s: string) => collapseSpaces(s.replace(/\n/g, ' ')).replace(/(\p{L}-) (?=\p{Ll})/gu, '$1');

/**
 * Cleans one input and checks every invariant; throws on a violation. Inputs that decode refuses
 * (binary, too large) must be refused with an InputError, nothing else.
 */
export function checkInput(input: string | Uint8Array): boolean {
  let a: Article;
  try {
    a = cleanArticle(input);
  } catch (err) {
    if (err instanceof InputError) return true;
    throw err;
  }
  checkArticle(a);
  // Kept text comes from the input: nothing is made up or rewritten.
  if (a.source.type === 'html') {
    // From HTML, paragraphs are the page's text between tags and entities decoded; block
    // boundaries and <br> become spaces, so compare without whitespace.
    const bare = (s: string) => dropInvisible(s).replace(/\s+/g, '');
    const $ = load(decode(input).text);
    $('script:not([type="application/ld+json"]), style, noscript, template').remove();
    const visible = bare($.root().text());
    for (const p of a.paragraphs) ensure(visible.includes(bare(p)), `paragraph not in the page: ${p.slice(0, 80)}`);
  } else {
    const source = flatten(decode(input).text);
    for (const p of a.paragraphs) ensure(source.includes(flatten(p)), `paragraph not in the input: ${p.slice(0, 80)}`);
  }
  ensure(JSON.stringify(cleanArticle(input)) === JSON.stringify(a), 'deterministic');
  return true;
}

/**
 * Cleaning the tool's own text output again changes nothing: same title, same paragraphs. Holds
 * for an article with a body; a title-only article reads back as a one-line page, whose line the
 * tiny-page rule keeps as title and body both.
 */
export function checkIdempotent(input: string | Uint8Array): boolean {
  const a = cleanArticle(input);
  if (a.paragraphs.length === 0) return true;
  const again = cleanArticle(render(a, 'text'));
  ensure(again.title === a.title, `title changed on a second cleaning: ${a.title} → ${again.title}`);
  const lost = a.paragraphs.filter((p) => !again.paragraphs.includes(p));
  ensure(
    again.text === a.text,
    `body changed on a second cleaning; lost: ${lost.map((p) => p.slice(0, 60)).join(' | ')}`,
  );
  return true;
}
