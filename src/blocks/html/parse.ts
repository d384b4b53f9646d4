import { createRequire } from 'node:module';
import type { AnyNode, Document, Element } from 'domhandler';
import { type ClassIdFacts, classIdFacts } from './class-id.js';
import { knownNamesParser, type ParserClass } from './known-names.js';
import { fastTokenizer, type TokenizerClass } from './tokenizer.js';

// htmlparser2, as cheerio's "slim" load runs it, with one change: its stack of open elements.
// htmlparser2 (10.1.0) keeps that stack innermost-first with unshift/shift, which move the whole
// array, and looks end tags up with indexOf over it: every tag costs O(depth), so a page nested
// 100,000 levels deep (unclosed <div>s) or a run of stray end tags below it takes minutes.
// (Reported upstream: fb55/htmlparser2#2481.) The stack below keeps the same interface, top
// first, on an array used from its end, with a count per name so that a missing end tag's
// lookup is O(1). Same parse tree, same options.

/** The part of an array's interface htmlparser2's Parser uses on its stacks. */
class TopFirstStack<T> {
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    while (this.items.length > n) this.shift();
  }

  /** The innermost open element. */
  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(x: T): number {
    this.counts.set(x, (this.counts.get(x) ?? 0) + 1);
    return this.items.push(x);
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const x = this.items.pop() as T;
    this.counts.set(x, (this.counts.get(x) ?? 1) - 1);
    return x;
  }

  /** Distance from the innermost, as indexOf on the innermost-first array. */
  indexOf(x: T): number {
    if (!this.counts.get(x)) return -1;
    return this.items.length - 1 - this.items.lastIndexOf(x);
  }
}

type HandlerClass = typeof import('domhandler').DomHandler;
interface Stacks {
  stack: TopFirstStack<string>;
  foreignContext: TopFirstStack<boolean>;
  startIndex: number;
  endIndex: number;
}

const require = createRequire(import.meta.url);

/**
 * A DOM handler whose elements carry what their class and id say (class-id.ts), read as each
 * element opens: the walk and the declarations pass both need it, and reading it there once beats
 * each pass looking the class string up again.
 */
function factsHandler(Base: HandlerClass, ElementClass: typeof Element): HandlerClass {
  class FactsElement extends ElementClass {
    facts: ClassIdFacts = classIdFacts(this.attribs.class, this.attribs.id);
  }
  class FactsHandler extends Base {
    // As DomHandler#onopentag (domhandler 5.0.3), with the subclass; HTML mode only (no xmlMode).
    override onopentag(name: string, attribs: Record<string, string>): void {
      const element = new FactsElement(name, attribs);
      this.addNode(element);
      this.tagStack.push(element);
    }
  }
  return FactsHandler;
}
let classes: { Parser: ParserClass; DomHandler: HandlerClass; Tokenizer: TokenizerClass } | undefined;

/** The DOM of a page (loaded on the first HTML page only, like cheerio). */
export function parseHtml(html: string): Document {
  if (!classes) {
    const htmlparser2 = require('htmlparser2') as typeof import('htmlparser2');
    const domhandler = require('domhandler') as typeof import('domhandler');
    classes = {
      Parser: knownNamesParser(htmlparser2.Parser),
      DomHandler: factsHandler(domhandler.DomHandler, domhandler.Element),
      Tokenizer: fastTokenizer(htmlparser2.Tokenizer),
    };
  }
  const handler = new classes.DomHandler();
  const parser = new classes.Parser(handler, { Tokenizer: classes.Tokenizer });
  const p = parser as unknown as Stacks;
  p.stack = new TopFirstStack<string>();
  // The HTML-mode default, as the constructor sets it.
  p.foreignContext = new TopFirstStack<boolean>();
  p.foreignContext.unshift(false);
  // htmlparser2 closes what is still open at the end by index (stack[1], stack[2]…), which this
  // stack does not offer: they are closed here first, innermost first, as it would.
  const onend = parser.onend.bind(parser);
  parser.onend = () => {
    p.endIndex = p.startIndex;
    while (p.stack.shift() !== undefined) handler.onclosetag();
    onend();
  };
  parser.end(html);
  return handler.root;
}

/**
 * Unlinks a DOM the caller is done with. Parsing a page spans young-generation collections: the
 * part of the tree built before one is promoted to the old generation, and from there its
 * children arrays and `next` links hold on to everything built after it. Once the page is read,
 * that promoted part is garbage until the next full collection, but a young collection counts
 * its links as live: each one copies and promotes the rest of the tree, and the next page's too
 * (measured: 80% of the young generation survived each collection; 5% once the trees are
 * unlinked, and parsing a page then cost a third less). Iterative, for deep pages.
 */
export function releaseDom(root: Document): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    n.parent = null;
    n.prev = null;
    n.next = null;
    if ('children' in n) {
      const kids = n.children;
      for (let i = 0; i < kids.length; i++) stack.push(kids[i] as AnyNode);
      kids.length = 0;
    }
  }
}
