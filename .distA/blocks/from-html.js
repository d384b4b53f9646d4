import { createRequire } from 'node:module';
import { declaredMetadata } from './html/declared.js';
import { walk } from './html/walk.js';
// cheerio is loaded on the first HTML page only: a plain-text run never pays its start-up.
// (Synchronously, through require: the pipeline is synchronous, and cheerio ships CommonJS.)
const require = createRequire(import.meta.url);
let cheerioLoad;
/** Stage 2 for HTML: the page's visible text as blocks with their markup evidence, and its declarations. */
export function blocksFromHtml(html) {
    // cheerio's htmlparser2 back end ("slim"): several times faster than parse5 and as good on the
    // corpus's malformed pages (see bench/).
    cheerioLoad ??= require('cheerio/slim').load;
    const $ = cheerioLoad(html);
    const root = $.root()[0];
    const declared = declaredMetadata(root);
    const { blocks, containerParent } = walk(root);
    return { blocks, containerParent, declared };
}
