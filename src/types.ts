// Every type that crosses a stage boundary lives here, so the pipeline reads top to bottom:
// bytes → DecodedDocument → Block[] → ClassifiedBlock[] → Article → rendered string.

/** Which path a page takes: plain text lines, or an HTML document. */
export type DocumentType = 'text' | 'html';

/** Where the input came from and how it was read. */
export interface SourceInfo {
  /** File path as given, or "-" for standard input. */
  path: string;
  type: DocumentType;
  /** Encoding used to decode the bytes (WHATWG label, e.g. "utf-8", "windows-1252"). */
  encoding: string;
  /** Size of the raw input in bytes. */
  bytes: number;
  /** What decoding had to do (gzip unpacked, bad bytes replaced, a wrong declaration ignored…); only when anything. */
  notes?: string[];
  /** Only when mojibake was repaired: the encoding the UTF-8 text had been misread as (e.g. "windows-1252"). */
  repaired?: string;
}

/** Stage 1 output: decoded, normalised text. */
export interface DecodedDocument {
  text: string;
  /** Sniffed from the content (doctype, <html>, tag density) unless the caller forced it. */
  type: DocumentType;
  encoding: string;
  bytes: number;
  /** Notes on repairs made while decoding (e.g. invalid bytes replaced). */
  notes: string[];
  /** Set when mojibake was repaired: the encoding the UTF-8 text had been misread as. */
  repaired?: string;
}

/** Stage 2 output: one unit of text the classifier decides on. From text input, one non-empty line. */
export interface Block {
  /** Position in document order, 0-based. */
  index: number;
  /** Text with whitespace collapsed and trimmed. */
  text: string;
  /** 1-based line number in the input where the block starts. */
  line: number;
  /** A blank line (or a block boundary) precedes this block. */
  gapBefore: boolean;
  /** What the markup says about the block; only for blocks built from HTML. */
  html?: HtmlHints;
}

/** Structure of an HTML block: what it is and where it sits. */
export type HtmlKind = 'p' | 'heading' | 'li' | 'quote' | 'code' | 'row' | 'caption' | 'other';

/** Evidence an HTML block carries from the DOM, for the classifier and the Markdown renderer. */
export interface HtmlHints {
  kind: HtmlKind;
  /** 1–6 for headings, else 0. */
  level: number;
  /** For list items: ordered or not, and nesting depth (0 = top level). */
  list: 'ul' | 'ol' | null;
  listDepth: number;
  /** Share of the block's characters that are link text (0–1). */
  linkDensity: number;
  /** The boilerplate word found in an ancestor's class or id ("comment", "related"…), nearest first. */
  negative: string | null;
  /** Identifies the element that carried `negative` (0: none); blocks sharing it share that element. */
  negativeAt: number;
  /** An ancestor's class or id says article content ("article-body", "entry-content"…). */
  positive: boolean;
  /** Nearest enclosing landmark that holds no article text: nav, footer, aside, header, form… */
  landmark: string | null;
  /** Inside <article>, <main> or an element marked as the article body. */
  inArticle: boolean;
  /** Identifier of the nearest ancestor that groups blocks (the parent container). */
  container: number;
  /**
   * The block's text with inline Markdown (emphasis, code, links) and the walk's link and image
   * marks, as collected (spaces not yet folded), for the Markdown output.
   */
  markdown: string;
  /** A code block (`<pre>`): its line breaks are kept. */
  pre?: true;
  /** Marks of images met before the block (a figure without text), shown with it. */
  images?: string;
  /** Nested inside this many elements whose class or id names comments (0 outside comments). */
  commentDepth: number;
  /** Inside a <form> (a comment box, a search or login form). */
  inForm: boolean;
  /** Table cells, for rows of a data table. */
  cells?: string[];
  /** The row starts a table (its first row, used as the header in Markdown). */
  tableStart?: boolean;
}

/** How one kept paragraph of an HTML page is structured, for the Markdown output. */
export interface ParagraphStructure {
  kind: HtmlKind;
  /** Heading level (1–6), else 0. */
  level: number;
  list: 'ul' | 'ol' | null;
  /** List nesting depth, 0 at the top. */
  depth: number;
  /** The paragraph as Markdown inline text (code blocks: the code as written). */
  markdown: string;
  cells?: string[];
  tableStart?: boolean;
}

/** Metadata a page declares about itself (JSON-LD, OpenGraph, meta tags): evidence, not truth. */
export interface DeclaredMetadata {
  title: string | null;
  /** <title> as written, often with the site name. */
  documentTitle: string | null;
  siteName: string | null;
  /** The JSON-LD author (people only). */
  byline: string | null;
  /** The author named by meta tags or byline markup: weaker evidence (often the web agency). */
  bylineHint: string | null;
  /** The author as the page's byline markup shows it (rel=author, itemprop, byline classes). */
  bylineMarkup: string | null;
  /** Labelled meta values ("twitter:label1" = "Written by", "twitter:data1" = the name), in order. */
  labelled: { label: string; value: string }[];
  /** The publication date as declared for it (JSON-LD, article:published_time, <time pubdate>). */
  published: string | null;
  /** A date the page declares without saying of what (meta "date", a bare <time>): weaker evidence. */
  publishedHint: string | null;
  /** Visible date lines marked by class or id ("date", "news-date"…), those after the <h1> first. */
  dateTexts: string[];
  description: string | null;
  image: string | null;
  url: string | null;
  /** <html lang>, as declared. */
  lang: string | null;
  /** JSON-LD articleBody, when present. */
  articleBody: string | null;
}

/** What a kept or dropped block turned out to be. */
export type BlockRole = 'title' | 'paragraph' | 'heading' | 'byline' | 'date' | 'caption' | 'credit' | 'boilerplate';

/** Stage 3 output: a block with the classifier's decision and the rule that made it. */
export interface ClassifiedBlock extends Block {
  keep: boolean;
  role: BlockRole;
  /** Short rule name, e.g. "phrase:subscribe", "foreign-script", "outside-article". */
  rule: string;
  /** One human sentence saying why, shown by --explain. */
  reason: string;
}

export interface ImageInfo {
  caption: string | null;
  credit: string | null;
}

/** One removed block, as listed in the output with --explain. */
export interface Removal {
  line: number;
  text: string;
  rule: string;
  reason: string;
}

/** Stage 4 output, and what the JSON renderer prints. Field order is the JSON order. */
export interface Article {
  title: string | null;
  /** The article body without the title, paragraphs separated by one blank line. */
  text: string;
  paragraphs: string[];
  /** ISO 639-1 where one exists, else ISO 639-3; "und" when unknown. */
  lang: string;
  /** ISO 639-3; "und" when unknown. */
  lang3: string;
  /** The language the page declares (<html lang>, as written); null for text input. */
  langDeclared: string | null;
  /** The language detected from the kept text (ISO 639-1 where one exists); `lang` reconciles the two. */
  langDetected: string;
  siteName: string | null;
  byline: string | null;
  /** Publication date as ISO 8601 (YYYY-MM-DD), when the page states one. */
  published: string | null;
  images: ImageInfo[];
  /** Canonical URL, as the page declares it (HTML only). */
  url: string | null;
  /** The page's own summary (meta description / og:description). */
  description: string | null;
  /** The page's lead image URL (og:image / JSON-LD image). */
  image: string | null;
  wordCount: number;
  source: SourceInfo;
  /** HTML only: one entry per paragraph saying what it is (heading, list item, quote, code, table row). */
  structure?: ParagraphStructure[];
  /** Reader comments, only when asked for (HTML only). */
  comments?: string[];
  /** Present only when explain was asked for. */
  removed?: Removal[];
}

/** User-supplied boilerplate phrases, in the same shape as the bundled per-language files. */
export interface PhraseFile {
  lang?: string;
  name?: string;
  lines?: Record<string, string[]>;
  contains?: Record<string, string[]>;
  endMarkers?: string[];
  bylinePrefixes?: string[];
  creditPrefixes?: string[];
  /** Words that name an article's source under it ("Quelle: dpa"): its author when nothing else is. */
  sourcePrefixes?: string[];
  datePrefixes?: string[];
}

export interface CleanOptions {
  /** Shown as source.path; "-" by default. */
  path?: string;
  /** Language hint (ISO 639-1 or 639-3), or "auto" (default). */
  lang?: string;
  /** Include the `removed` list in the result. */
  explain?: boolean;
  /** Extra boilerplate phrases, merged with the bundled ones. */
  boilerplate?: PhraseFile[];
  /** "html" or "text" forces the path; "auto" (default) sniffs the content. */
  type?: DocumentType | 'auto';
  /** Encoding label (e.g. "windows-1251") overriding BOM, declaration and detection. */
  encoding?: string;
  /** Inputs larger than this (also once gunzipped) are refused with an InputError; default 200 MB. */
  maxBytes?: number;
  /** HTML: list reader comments in `comments`. */
  comments?: boolean;
  /** HTML: keep links in the Markdown structure. */
  links?: boolean;
  /** HTML: keep images in the Markdown structure. */
  images?: boolean;
  /** Lines learned across pages of the same site (a batch's template): they are dropped. */
  template?: PageTemplate;
}

/**
 * Lines that recur across a group of pages (one site), learned by the batch runner. Keys are
 * normalised with templateKey (src/text/template-key.ts); only lines above the learning
 * threshold are present.
 */
export interface PageTemplate {
  /** Number of pages the template was learned from. */
  docs: number;
  /** Normalised line → in how many of those pages it occurs. */
  lines: ReadonlyMap<string, number>;
}

/** The full result of the pipeline, for callers that want the per-block decisions too. */
export interface CleanResult {
  article: Article;
  blocks: ClassifiedBlock[];
}
