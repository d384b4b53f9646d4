// Every type that crosses a stage boundary lives here, so the pipeline reads top to bottom:
// bytes → DecodedDocument → Block[] → ClassifiedBlock[] → Article → rendered string.

/** Where the input came from and how it was read. */
export interface SourceInfo {
  /** File path as given, or "-" for standard input. */
  path: string;
  type: 'text' | 'html';
  /** Encoding used to decode the bytes (WHATWG label, e.g. "utf-8", "windows-1252"). */
  encoding: string;
  /** Size of the raw input in bytes. */
  bytes: number;
}

/** Stage 1 output: decoded, normalised text. */
export interface DecodedDocument {
  text: string;
  encoding: string;
  bytes: number;
  /** Notes on repairs made while decoding (e.g. invalid bytes replaced). */
  notes: string[];
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
  siteName: string | null;
  byline: string | null;
  /** Publication date as ISO 8601 (YYYY-MM-DD), when the page states one. */
  published: string | null;
  images: ImageInfo[];
  wordCount: number;
  source: SourceInfo;
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
