import type { AnyNode, Element } from 'domhandler';
import { collapseSpaces, dropInvisible } from '../../decode/normalize.js';
import { nonSpaceLength } from '../../text/words.js';
import type { Block, HtmlHints, HtmlKind } from '../../types.js';
import { factsOfElement } from './class-id.js';
import { LANDMARK_ROLES, LANDMARK_TAGS, NO_ATTRIBUTE_HINTS } from './hints.js';

// DOM → blocks: one block per run of text between block-level boundaries, carrying where it sits.
// Iterative (an explicit stack), so a page nested 100,000 levels deep cannot overflow the call stack.

/** Elements whose content is never visible text. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'link',
  'meta',
  'title',
  'map',
  'picture',
  'source',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
]);

const HEADING = /^h([1-6])$/;

// Links and images travel in the Markdown as private-use markers; the article stage turns them
// into Markdown or drops them, as the user asked (--links, --images).
export const LINK_OPEN = '\uE000';
export const IMAGE_OPEN = '\uE003';
export const MARK_MID = '\uE001';
export const MARK_CLOSE = '\uE002';
const IMAGE_MARK = /\uE003[^\uE001]*\uE001[^\uE002]*\uE002/gu;

interface Frame {
  tag: string;
  negative: string | null;
  /** Which element carried `negative` (0: none), so that the rules can weigh how much it holds. */
  negativeAt: number;
  positive: boolean;
  landmark: string | null;
  inArticle: boolean;
  list: 'ul' | 'ol' | null;
  listDepth: number;
  /** Nearest ancestor container id (a block element that is not a paragraph-like leaf). */
  container: number;
  quote: boolean;
  pre: boolean;
  link: string | null;
  commentDepth: number;
  inForm: boolean;
  /** Collecting the cells of a data-table row. */
  row: string[] | null;
}

/** Marks the end of an element whose end matters (a block, a link, emphasis, a table row). */
class Close {
  // Read as the DOM nodes' own `type` is, which spares an instanceof per node visited.
  readonly type = 'close';
  constructor(
    readonly close: Frame,
    readonly tag: string,
    readonly restore: Frame,
    readonly md: string,
  ) {}
}

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function kindOf(f: Frame): HtmlKind {
  const tag = f.tag;
  if (HEADING.test(tag)) return 'heading';
  if (f.pre) return 'code';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'li';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (f.quote) return 'quote';
  if (tag === 'p') return 'p';
  return 'other';
}

const PARAGRAPH_LEAVES = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption']);

/** A row of a table whose cells hold only inline content: a data row, not page layout. */
function dataRow(tr: Element): string[] | null {
  const stack: AnyNode[] = [...tr.children];
  let cells = 0;
  while (stack.length) {
    const n = stack.pop();
    if (n?.type !== 'tag') continue;
    const el = n as Element;
    if (el.name === 'td' || el.name === 'th') cells++;
    else if (BLOCK.has(el.name)) return null;
    // One by one: spreading a row of 150,000 cells into push() overflows the call stack.
    for (const c of el.children) stack.push(c);
  }
  return cells > 0 ? [] : null;
}

interface Buffer {
  text: string;
  markdown: string;
  linkChars: number;
}

export interface WalkResult {
  blocks: Block[];
  /** For each container id, the id of the container around it (the root, 0, is its own parent). */
  containerParent: number[];
}

/** A block's Markdown from what the walk collected: spaces folded, or a code block's lines kept. */
export function markdownOf(h: HtmlHints): string {
  if (h.pre) return dropInvisible(h.markdown.replace(/\r\n?|[\u2028\u2029]/g, '\n')).replace(/^\n+|\s+$/g, '');
  return `${h.images ?? ''}${collapseSpaces(dropInvisible(h.markdown))}`;
}

/** Walks the DOM under `root` and returns its visible text as blocks. */
export function walk(root: AnyNode): WalkResult {
  const blocks: Block[] = [];
  const containerParent: number[] = [0];
  const rootFrame: Frame = {
    tag: '#root',
    negative: null,
    negativeAt: 0,
    positive: false,
    landmark: null,
    inArticle: false,
    list: null,
    listDepth: -1,
    container: 0,
    quote: false,
    pre: false,
    link: null,
    commentDepth: 0,
    inForm: false,
    row: null,
  };
  // One buffer, emptied in place (a page flushes hundreds of times).
  const buf: Buffer = { text: '', markdown: '', linkChars: 0 };
  const reset = (text: string, linkChars: number): void => {
    buf.text = text;
    buf.markdown = '';
    buf.linkChars = linkChars;
  };
  let brRun = 0;
  // The block element whose text is being collected.
  let owner: Frame = rootFrame;
  let tableStart = false;

  // Images met in a block without text (a <figure>, a bare <img>) go with the next text block
  // that is not a caption, so that --images can still show them in the article.
  let pendingImages = '';
  const flush = (): void => {
    // Most flushes (every block element opens and closes one) find nothing collected.
    if (buf.text === '' && buf.markdown === '') {
      brRun = 0;
      return;
    }
    const text = collapseSpaces(dropInvisible(buf.text));
    const f = owner;
    const kind = kindOf(f);
    if (!text || kind === 'caption') {
      // (Most blocks hold no image: no scan for them.)
      if (buf.markdown.includes(IMAGE_OPEN)) for (const m of buf.markdown.matchAll(IMAGE_MARK)) pendingImages += m[0];
    }
    if (text) {
      const level = HEADING.exec(f.tag);
      // The Markdown as collected: markdownOf() finishes it, for the few blocks the Markdown output shows.
      const hints = hintsAt(
        f,
        kind,
        level ? Number(level[1]) : 0,
        kind === 'li' ? f.list : null,
        Math.max(0, f.listDepth),
        Math.min(1, buf.linkChars / text.length),
        buf.markdown,
      );
      if (f.pre) hints.pre = true;
      else if (kind !== 'caption' && pendingImages) hints.images = pendingImages;
      if (kind !== 'caption' && !f.pre) pendingImages = '';
      blocks.push({ index: blocks.length, text, line: blocks.length + 1, gapBefore: true, html: hints });
    }
    reset('', 0);
    brRun = 0;
  };

  const addText = (raw: string, f: Frame): void => {
    if (!raw) return;
    if (f.row) {
      // Cells are collected on the row frame; see the 'td' handling below.
      buf.text += raw;
      buf.markdown += raw;
      return;
    }
    if (/\S/.test(raw)) brRun = 0;
    buf.text += raw;
    buf.markdown += f.pre ? raw : escapeMarkdown(raw);
    if (f.link !== null) buf.linkChars += nonSpaceLength(raw);
  };

  // Explicit stack of nodes to visit (with their frames in a parallel array, so that pushing a
  // child allocates nothing), plus close markers for the elements whose end matters.
  const nodes: (AnyNode | Close)[] = [root];
  const frames: Frame[] = [rootFrame];
  // A new container's id is its index in containerParent, which records its parent.
  const allocId = (parent: number): number => containerParent.push(parent) - 1;
  let negatives = 0;
  const allocNegative = (): number => ++negatives;
  const pushClose = (close: Frame, tag: string, restore: Frame, md: string): void => {
    nodes.push(new Close(close, tag, restore, md));
    frames.push(close);
  };
  const pushChildren = (children: AnyNode[], frame: Frame): void => {
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) {
        nodes.push(c);
        frames.push(frame);
      }
    }
  };
  while (nodes.length) {
    const step = nodes.pop() as AnyNode | Close;
    const frame = frames.pop() as Frame;
    const type = step.type;
    if (type === 'close') {
      const f = step.close;
      if (step.md) buf.markdown += step.md;
      if (f.row && step.tag === 'tr') {
        const cells = f.row;
        reset(cells.join(' \t '), buf.linkChars);
        owner = f;
        flushRow(cells);
        owner = step.restore;
        continue;
      }
      if (step.tag === 'td' || step.tag === 'th') {
        const parentRow = step.restore.row;
        if (parentRow) {
          parentRow.push(collapseSpaces(dropInvisible(buf.text)));
          reset('', buf.linkChars);
          continue;
        }
      }
      if (BLOCK.has(step.tag)) {
        flush();
        owner = step.restore;
      }
      continue;
    }
    const node = step;
    if (type === 'text') {
      addText((node as unknown as { data: string }).data, frame);
      continue;
    }
    if (type !== 'tag') {
      if (type === 'root') pushChildren((node as unknown as { children: AnyNode[] }).children, frame);
      continue;
    }
    const el = node as Element;
    // (htmlparser2 lowercases tag names in HTML mode.)
    const tag = el.name;
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === 'br') {
      brRun++;
      // Two line breaks in a row separate paragraphs (pages without <p>).
      if (brRun >= 2 && !frame.row) flush();
      else {
        buf.text += ' ';
        buf.markdown += frame.pre ? '\n' : ' ';
      }
      continue;
    }
    if (tag === 'img') {
      const src = el.attribs.src ?? el.attribs['data-src'];
      if (src && !frame.row) buf.markdown += `${IMAGE_OPEN}${el.attribs.alt ?? ''}${MARK_MID}${src}${MARK_CLOSE}`;
      continue;
    }
    const f = childFrame(frame, el, tag, allocId, allocNegative);
    let md = '';
    let open = '';
    if (!f.pre && !frame.row) {
      if (tag === 'em' || tag === 'i') [open, md] = ['_', '_'];
      else if (tag === 'strong' || tag === 'b') [open, md] = ['**', '**'];
      else if (tag === 'code' || tag === 'kbd') [open, md] = ['`', '`'];
    }
    if (tag === 'tr' && !frame.row) {
      const row = dataRow(el);
      if (row) {
        flush();
        f.row = row;
        tableStart = !hasPreviousRow(el);
        pushClose(f, tag, owner, '');
        pushChildren(el.children, f);
        continue;
      }
    }
    if ((tag === 'td' || tag === 'th') && frame.row) {
      reset('', buf.linkChars);
      pushClose(f, tag, frame, '');
      pushChildren(el.children, { ...f, row: null, pre: false });
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      pushClose(f, tag, owner, '');
      owner = f;
    } else if (tag === 'a' && f.link && !f.pre && !frame.row && !/^(?:javascript:|#)/i.test(f.link)) {
      buf.markdown += LINK_OPEN;
      pushClose(f, tag, owner, `${MARK_MID}${f.link}${MARK_CLOSE}`);
    } else if (open) {
      buf.markdown += open;
      pushClose(f, tag, owner, md);
    }
    pushChildren(el.children, f);
  }
  flush();
  return { blocks, containerParent };

  function flushRow(cells: string[]): void {
    const text = cells.filter(Boolean).join(' | ');
    const f = owner;
    if (text) {
      const html = hintsAt(f, 'row', 0, null, 0, Math.min(1, buf.linkChars / text.length), text);
      html.cells = cells;
      html.tableStart = tableStart;
      blocks.push({ index: blocks.length, text, line: blocks.length + 1, gapBefore: true, html });
    }
    reset('', 0);
    brRun = 0;
  }
}

/** A block's hints: what the walk measured, and where the block sits as its frame knows it. */
function hintsAt(
  f: Frame,
  kind: HtmlKind,
  level: number,
  list: 'ul' | 'ol' | null,
  listDepth: number,
  linkDensity: number,
  markdown: string,
): HtmlHints {
  // Written out, not spread from a helper object: one allocation per block instead of two.
  return {
    kind,
    level,
    list,
    listDepth,
    linkDensity,
    negative: f.negative,
    negativeAt: f.negativeAt,
    positive: f.positive,
    landmark: f.landmark,
    inArticle: f.inArticle,
    container: f.container,
    commentDepth: f.commentDepth,
    inForm: f.inForm,
    markdown,
  };
}

function hasPreviousRow(tr: Element): boolean {
  let p = tr.prev;
  while (p) {
    if (p.type === 'tag' && (p as Element).name === 'tr') return true;
    p = p.prev;
  }
  // A row in <tbody> after a <thead>.
  const section = tr.parent as Element | null;
  if (section && section.type === 'tag' && (section.name === 'tbody' || section.name === 'tfoot')) {
    let s = section.prev;
    while (s) {
      if (s.type === 'tag' && ((s as Element).name === 'thead' || (s as Element).name === 'tbody')) return true;
      s = s.prev;
    }
  }
  return false;
}

function childFrame(
  parent: Frame,
  el: Element,
  tag: string,
  id: (parent: number) => number,
  negativeId: () => number,
): Frame {
  // Most elements are plain inline markup (span, em, font…) that changes nothing: no new frame,
  // which spares an allocation per element on pages of tens of thousands.
  const a = el.attribs;
  if (
    !BLOCK.has(tag) &&
    tag !== 'a' &&
    tag !== 'form' &&
    !LANDMARK_TAGS.has(tag) &&
    a.class === undefined &&
    a.id === undefined &&
    a.role === undefined &&
    a.itemprop === undefined
  )
    return parent;
  // <html> and <body> classes describe the page template ("has-sidebar", "single-post"), not a part.
  const hints = tag === 'body' || tag === 'html' ? NO_ATTRIBUTE_HINTS : factsOfElement(el).hints;
  const role = el.attribs.role?.toLowerCase();
  const itemprop = el.attribs.itemprop?.toLowerCase();
  const articleLike = tag === 'article' || tag === 'main' || role === 'main' || itemprop === 'articlebody';
  const inArticle = parent.inArticle || articleLike;
  let landmark = parent.landmark;
  if (LANDMARK_TAGS.has(tag) && !(tag === 'header' && inArticle)) landmark = tag;
  else if (role && LANDMARK_ROLES.has(role)) landmark = role;
  const isBlock = BLOCK.has(tag);
  const isContainer = isBlock && !PARAGRAPH_LEAVES.has(tag);
  return {
    tag: isBlock ? tag : parent.tag,
    // The nearest hint wins: a newsletter box inside the article body is a newsletter box.
    negative: hints.negative ?? (hints.positive ? null : parent.negative),
    negativeAt: hints.negative ? negativeId() : hints.positive ? 0 : parent.negativeAt,
    positive: hints.positive || itemprop === 'articlebody' || (parent.positive && !hints.negative),
    landmark,
    inArticle,
    list: tag === 'ul' || tag === 'ol' ? tag : parent.list,
    listDepth: tag === 'ul' || tag === 'ol' ? parent.listDepth + 1 : parent.listDepth,
    container: isContainer ? id(parent.container) : parent.container,
    quote: parent.quote || tag === 'blockquote',
    pre: parent.pre || tag === 'pre',
    link: tag === 'a' ? (el.attribs.href ?? '') : parent.link,
    commentDepth: parent.commentDepth + (hints.comment ? 1 : 0),
    inForm: parent.inForm || tag === 'form',
    row: null,
  };
}

const MD_SPECIAL = /([\\`*_[\]])/g;
const HAS_MD_SPECIAL = /[\\`*_[\]]/;

// Most text holds none: a test, which allocates nothing, before the replacement.
function escapeMarkdown(s: string): string {
  return HAS_MD_SPECIAL.test(s) ? s.replace(MD_SPECIAL, '\\$1') : s;
}
