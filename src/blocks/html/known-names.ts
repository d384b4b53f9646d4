// htmlparser2's parser (10.1.0) names every tag and attribute by slicing it out of the page and
// lowercasing the slice: two new strings each, which then cost a string-table lookup whenever
// they key an object (every attribute is stored by name) and a fresh hash in every set the parser
// and the walk look tags up in. The subclass below finds the common names in the page text
// itself, without slicing, and gives the same name as a shared constant; other names (and names
// written in capitals) are sliced and lowercased as before. Same names, same tree. It also stores
// each tag's attributes in an object without a prototype (see emitOpenTag below).

export type ParserClass = typeof import('htmlparser2').Parser;

/** The parser's private state and methods this file relies on (htmlparser2 10.1.0). */
interface Internals {
  buffers: string[];
  bufferOffset: number;
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  endIndex: number;
  startIndex: number;
  attribname: string;
  /** The open tag's attributes (null when no handler wants them). */
  attribs: Record<string, string> | null;
  emitOpenTag(name: string): void;
  onopentagname(start: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
}

// The commonest on the corpus's pages (98% of tags, 85% of attributes).
// biome-ignore format: a list of names, not one per line
const TAGS = [
  'a', 'div', 'li', 'span', 'script', 'meta', 'p', 'link', 'img', 'ul', 'path', 'svg', 'use', 'br',
  'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'option', 'input', 'symbol', 'style', 'button', 'i',
  'article', 'section', 'td', 'g', 'em', 'title', 'noscript', 'header', 'nav', 'picture', 'source',
  'figure', 'aside', 'label', 'form', 'tr', 'footer', 'html', 'body', 'head', 'time', 'th',
  'figcaption', 'blockquote', 'iframe', 'table', 'tbody', 'b', 'main', 'ol', 'dd', 'dt', 'small',
];
// biome-ignore format: a list of names, not one per line
const ATTRIBUTES = [
  'class', 'href', 'id', 'type', 'rel', 'content', 'src', 'title', 'name', 'target', 'alt', 'role',
  'style', 'property', 'itemprop', 'width', 'height', 'value', 'sizes', 'tabindex', 'media', 'srcset',
  'async', 'defer', 'lang', 'charset', 'datetime', 'hidden', 'action', 'method', 'for', 'placeholder',
  'loading', 'decoding', 'data-src', 'data-id', 'aria-label', 'aria-hidden', 'itemscope', 'itemtype',
];

/** Names by length, then by first character. */
type Table = Map<number, string[]>[];

function tableOf(names: string[]): Table {
  const table: Table = [];
  for (const name of names) {
    let byFirst = table[name.length];
    if (!byFirst) {
      byFirst = new Map();
      table[name.length] = byFirst;
    }
    const c = name.charCodeAt(0);
    byFirst.set(c, [...(byFirst.get(c) ?? []), name]);
  }
  return table;
}

const TAG_TABLE = tableOf(TAGS);
const ATTRIBUTE_TABLE = tableOf(ATTRIBUTES);

/** The known name written at source[start, end), exactly (lowercase), or undefined. */
function knownAt(table: Table, source: string, start: number, end: number): string | undefined {
  const candidates = table[end - start]?.get(source.charCodeAt(start));
  if (candidates) for (const name of candidates) if (source.startsWith(name, start)) return name;
  return undefined;
}

/** The known name at stream positions [start, end) when it lies in the current buffer. */
function known(p: Internals, table: Table, start: number, end: number): string | undefined {
  const source = p.buffers[0];
  const offset = p.bufferOffset;
  if (source === undefined || start < offset || end - offset > source.length) return undefined;
  return knownAt(table, source, start - offset, end - offset);
}

/** A parser class that builds the same tree as `Base`, naming common tags and attributes faster. */
export function knownNamesParser(Base: ParserClass): ParserClass {
  class KnownNamesParser extends Base {}
  const base = Base.prototype as unknown as Internals;
  const fast = KnownNamesParser.prototype as unknown as Internals;
  fast.onopentagname = function (this: Internals, start: number, endIndex: number): void {
    const name = this.lowerCaseTagNames ? known(this, TAG_TABLE, start, endIndex) : undefined;
    if (name === undefined) {
      base.onopentagname.call(this, start, endIndex);
      return;
    }
    this.endIndex = endIndex;
    this.emitOpenTag(name);
  };
  fast.onattribname = function (this: Internals, start: number, endIndex: number): void {
    const name = this.lowerCaseAttributeNames ? known(this, ATTRIBUTE_TABLE, start, endIndex) : undefined;
    if (name === undefined) {
      base.onattribname.call(this, start, endIndex);
      return;
    }
    this.startIndex = start;
    this.attribname = name;
  };
  // Each tag's attributes as an object without a prototype: V8 keeps it as a hash table from the
  // start, where `{}` took a new hidden class per attribute added, in the countless orders pages
  // write attributes in (measured over the corpus's pages: 5.71 → 5.45 ms per page, and 8.2 →
  // 7.3 ms on pages the process has not seen). The same names and values; an attribute named
  // "__proto__" is kept as such instead of being lost to the prototype setter.
  fast.emitOpenTag = function (this: Internals, name: string): void {
    base.emitOpenTag.call(this, name);
    if (this.attribs) this.attribs = Object.create(null) as Record<string, string>;
  };
  return KnownNamesParser;
}
