// Idempotence over the development corpus: cleaning the tool's own text output again must give the
// same article (title and paragraphs), as tests/invariants.ts checks on generated pages.
//
//   npm run idempotence -- [--corpus DIR] [--dataset NAME]... [--kinds LIST] [--list]
//
// Each page is cleaned, its text output (render(article, 'text')) cleaned again, and the two
// articles compared: the title, and the paragraphs. A dump's output is read as the CLI would read
// it (the type sniffed); an HTML page's output as text. Articles without a body are not counted: a
// title-only article reads back as a one-line page, which the tiny-page rule keeps as its body.
// Prints "N of M articles change" per kind, and for the text dumps together; --list names them.
import { parseArgs } from 'node:util';
import { cleanArticle, render } from '../src/index.js';
import type { Article } from '../src/types.js';
import { DEFAULT_CORPUS, DUMP_KINDS, KINDS, type Kind, listDatasets, loadDataset, readInput } from './corpus.js';
import { parseKinds, runMain, splitList } from './run-quality.js';

const USAGE = `usage: npm run idempotence -- [--corpus DIR] [--dataset NAME]... [--kinds LIST] [--list]
  --kinds LIST   dump-browser, dump-html2text, html (default: all three)
  --list         name every article that changes, with what changed`;

export interface Change {
  title: boolean;
  body: boolean;
  /** What changed, for --list. */
  detail: string;
}

const cut = (ps: string[]) => ps.map((p) => JSON.stringify(p.slice(0, 70))).join(' | ');

/** What changes when `a`'s text output is cleaned again, or null when nothing does. */
export function secondCleaning(a: Article): Change | null {
  const again = cleanArticle(render(a, 'text'), a.source.type === 'html' ? { type: 'text' } : {});
  const title = again.title !== a.title;
  const body = again.text !== a.text;
  if (!title && !body) return null;
  const lost = a.paragraphs.filter((p) => !again.paragraphs.includes(p));
  const gained = again.paragraphs.filter((p) => !a.paragraphs.includes(p));
  const detail = [
    title ? `title: ${a.title} → ${again.title}` : '',
    lost.length ? `lost ${lost.length}: ${cut(lost)}` : '',
    gained.length ? `gained ${gained.length}: ${cut(gained)}` : '',
    body && !lost.length && !gained.length ? 'paragraphs split or joined differently' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { title, body, detail };
}

interface Tally {
  articles: number;
  changed: number;
  title: number;
  body: number;
  empty: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      dataset: { type: 'string', multiple: true },
      kinds: { type: 'string', multiple: true },
      list: { type: 'boolean', default: false },
    },
  });
  const kinds: readonly Kind[] = values.kinds ? parseKinds(values.kinds) : KINDS;
  const wanted = splitList(values.dataset);
  const tallies = new Map<Kind, Tally>();
  for (const name of wanted.length ? wanted : listDatasets(values.corpus)) {
    const ds = loadDataset(values.corpus, name);
    for (const kind of kinds) {
      if (!ds.kinds.includes(kind)) continue;
      const t = tallies.get(kind) ?? { articles: 0, changed: 0, title: 0, body: 0, empty: 0 };
      tallies.set(kind, t);
      for (const doc of ds.docs) {
        const path = doc.inputs[kind];
        if (!path) continue;
        const a = cleanArticle(readInput(path));
        if (a.paragraphs.length === 0) {
          t.empty++;
          continue;
        }
        t.articles++;
        const change = secondCleaning(a);
        if (!change) continue;
        t.changed++;
        if (change.title) t.title++;
        if (change.body) t.body++;
        if (values.list) console.log(`${name}/${kind}/${doc.file}: ${change.detail}`);
      }
    }
  }
  let changed = 0;
  let articles = 0;
  for (const [kind, t] of tallies) {
    console.log(
      `${kind}: ${t.changed} of ${t.articles} articles change (title ${t.title}, paragraphs ${t.body}; ${t.empty} without a body not counted)`,
    );
    if (!DUMP_KINDS.includes(kind)) continue;
    changed += t.changed;
    articles += t.articles;
  }
  if (articles) console.log(`text dumps: ${changed} of ${articles} articles change on a second cleaning`);
  return 0;
}

runMain('idempotence', main, USAGE);
