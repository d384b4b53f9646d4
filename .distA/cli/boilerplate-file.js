import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';
const LIST_KEYS = ['endMarkers', 'bylinePrefixes', 'creditPrefixes', 'datePrefixes'];
const MAP_KEYS = ['lines', 'contains'];
function isStringArray(v) {
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
/** Reads and checks a user's --boilerplate file (same shape as src/data/boilerplate/*.json). */
export function loadPhraseFile(path) {
    let data;
    try {
        data = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (err) {
        const why = err.code === 'ENOENT' ? 'no such file' : `not valid JSON (${err.message})`;
        throw new UserError(`--boilerplate ${path}: ${why}`, 2);
    }
    const bad = (what) => new UserError(`--boilerplate ${path}: ${what}`, 2);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw bad('expected a JSON object');
    const file = data;
    for (const key of MAP_KEYS) {
        const v = file[key];
        if (v === undefined)
            continue;
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw bad(`"${key}" must map categories to lists of strings`);
        for (const [cat, list] of Object.entries(v))
            if (!isStringArray(list))
                throw bad(`"${key}.${cat}" must be a list of strings`);
    }
    for (const key of LIST_KEYS) {
        if (file[key] !== undefined && !isStringArray(file[key]))
            throw bad(`"${key}" must be a list of strings`);
    }
    if (file.lang !== undefined && typeof file.lang !== 'string')
        throw bad('"lang" must be a string');
    return file;
}
