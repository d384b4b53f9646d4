// Reading the development corpus (/work/shared/corpus, see its README.md): a dataset's truth.json
// and, for each document, the path of its input in each kind (text dumps, or the page itself).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Truth, TruthRecord } from './metrics.js';

/** The input kinds of the corpus. `html` is the page itself (scrapinghub: gzipped). */
export const KINDS = ['dump-browser', 'dump-html2text', 'html'] as const;
export type Kind = (typeof KINDS)[number];
/** The text dumps: what the gate checks unless --kinds or a floor names another kind. */
export const DUMP_KINDS: readonly Kind[] = ['dump-browser', 'dump-html2text'];

export const isKind = (s: string): s is Kind => (KINDS as readonly string[]).includes(s);

/** The project root (the folder holding bench/). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where the corpus is unless --corpus says otherwise. */
export const DEFAULT_CORPUS = resolve(PROJECT_ROOT, '../shared/corpus');

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export interface CorpusDoc {
  id: string;
  /** truth.json's `file` field: the page's file name under html/. */
  file: string;
  truth: TruthRecord;
  /** Absolute input path per kind; absent when that file does not exist. */
  inputs: Partial<Record<Kind, string>>;
}

export interface Dataset {
  name: string;
  dir: string;
  truth: Truth;
  docs: CorpusDoc[];
  /** Kinds whose folder exists in this dataset, in KINDS order. */
  kinds: Kind[];
}

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export const corpusExists = (corpusDir: string): boolean => isDir(corpusDir);

function requireCorpus(corpusDir: string): void {
  if (!corpusExists(corpusDir)) {
    throw new CorpusError(`corpus not found at ${corpusDir} (pass --corpus DIR; expected <DIR>/<dataset>/truth.json)`);
  }
}

/** Table order of the known datasets; others follow alphabetically. */
const DATASET_ORDER = ['scrapinghub', 'readability', 'trafilatura'];
const rank = (n: string): number => {
  const i = DATASET_ORDER.indexOf(n);
  return i < 0 ? DATASET_ORDER.length : i;
};

/** Dataset names in the corpus: sub-folders that hold a truth.json. */
export function listDatasets(corpusDir: string): string[] {
  requireCorpus(corpusDir);
  return readdirSync(corpusDir)
    .filter((n) => existsSync(join(corpusDir, n, 'truth.json')))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** File name of the input of `file` (truth.json's `file` field) in a kind. */
export function inputName(kind: Kind, file: string): string {
  return kind === 'html' ? file : `${file.replace(/\.html?(\.gz)?$/i, '')}.txt`;
}

export function loadDataset(corpusDir: string, name: string): Dataset {
  requireCorpus(corpusDir);
  const dir = join(corpusDir, name);
  const truthPath = join(dir, 'truth.json');
  if (!existsSync(truthPath)) {
    const known = listDatasets(corpusDir);
    throw new CorpusError(
      `no dataset "${name}" in ${corpusDir} (no ${truthPath}); datasets: ${known.join(', ') || 'none'}`,
    );
  }
  let truth: Truth;
  try {
    truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
  } catch (err) {
    throw new CorpusError(`cannot read ${truthPath}: ${(err as Error).message}`);
  }
  const kinds = KINDS.filter((k) => isDir(join(dir, k)));
  const listing = new Map<Kind, Set<string>>(kinds.map((k) => [k, new Set(readdirSync(join(dir, k)))]));
  const docs: CorpusDoc[] = [];
  for (const [id, rec] of Object.entries(truth)) {
    if (typeof rec.file !== 'string') throw new CorpusError(`${truthPath}: document "${id}" has no "file" field`);
    const inputs: Partial<Record<Kind, string>> = {};
    for (const k of kinds) {
      const n = inputName(k, rec.file);
      if (listing.get(k)?.has(n)) inputs[k] = join(dir, k, n);
    }
    docs.push({ id, file: rec.file, truth: rec, inputs });
  }
  return { name, dir, truth, docs, kinds };
}

/**
 * The bytes to give the library: the file as is, gunzipped when it ends in .gz (scrapinghub's
 * pages). The library's decode stage would unpack them too; unpacking here keeps gunzip out of
 * every timed figure, as it is out of the peers' (they are given the same bytes).
 */
export function readInput(path: string): Uint8Array {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}
