import { existsSync } from 'node:fs';
let dir;
/**
 * The folder holding the data files: beside this module in src/ and dist/, one level up from a
 * bundled CLI (dist/cli/). Resolved once.
 */
export function dataDir() {
    if (dir)
        return dir;
    for (const rel of ['./', './data/', '../data/']) {
        const candidate = new URL(rel, import.meta.url);
        if (existsSync(new URL('agencies.json', candidate))) {
            dir = candidate;
            return dir;
        }
    }
    throw new Error('clean-article data files not found (agencies.json)');
}
