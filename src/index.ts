// Public API of clean-article. Everything else is internal and may change.
export { InputError, type InputErrorKind } from './decode/errors.js';
export { cleanArticle, cleanDetailed } from './pipeline.js';
export { FORMATS, type OutputFormat, render } from './render/render.js';
export type {
  Article,
  Block,
  BlockRole,
  ClassifiedBlock,
  CleanOptions,
  CleanResult,
  DocumentType,
  ImageInfo,
  PageTemplate,
  PhraseFile,
  Removal,
  SourceInfo,
} from './types.js';
