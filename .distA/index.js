// Public API of clean-article. Everything else is internal and may change.
export { InputError } from './decode/errors.js';
export { cleanArticle, cleanDetailed } from './pipeline.js';
export { FORMATS, render } from './render/render.js';
