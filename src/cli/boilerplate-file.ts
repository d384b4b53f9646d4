import { readFileSync } from 'node:fs';
import type { PhraseFile } from '../types.js';
import { describeError, UserError } from './errors.js';

const LIST_KEYS = ['endMarkers', 'bylinePrefixes', 'creditPrefixes', 'sourcePrefixes', 'datePrefixes'] as const;
const MAP_KEYS = ['lines', 'contains'] as const;

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * The JSON of a file an option names (--boilerplate, --template); a usage error (exit 2) that
 * says whether the file could not be read or is not JSON.
 */
export function readJsonOption(option: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`${option} ${path}: ${describeError(err)}`, 2);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UserError(`${option} ${path}: not valid JSON (${(err as Error).message})`, 2);
  }
}

/** Reads and checks a user's --boilerplate file (same shape as src/data/boilerplate/*.json). */
export function loadPhraseFile(path: string): PhraseFile {
  const data = readJsonOption('--boilerplate', path);
  const bad = (what: string) => new UserError(`--boilerplate ${path}: ${what}`, 2);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad('expected a JSON object');
  const file = data as Record<string, unknown>;
  for (const key of MAP_KEYS) {
    const v = file[key];
    if (v === undefined) continue;
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      throw bad(`"${key}" must map categories to lists of strings`);
    for (const [cat, list] of Object.entries(v))
      if (!isStringArray(list)) throw bad(`"${key}.${cat}" must be a list of strings`);
  }
  for (const key of LIST_KEYS) {
    if (file[key] !== undefined && !isStringArray(file[key])) throw bad(`"${key}" must be a list of strings`);
  }
  if (file.lang !== undefined && typeof file.lang !== 'string') throw bad('"lang" must be a string');
  return file as PhraseFile;
}
