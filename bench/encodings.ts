// Checks decode against the corpus: for every page under <dataset>/html/, the encoding chosen
// must be the one dumps.json records (the corpus's own reading: BOM, valid UTF-8, declaration),
// and the page must be sniffed as HTML. Prints the agreement and every disagreement.
//   npm run encodings -- [--corpus DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../src/decode/decode.js';
import { DEFAULT_CORPUS, listDatasets } from './corpus.js';
import { runMain } from './run-quality.js';

interface DumpPage {
  file: string;
  encoding: string;
  encodingSource?: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  const corpus = values.corpus ?? DEFAULT_CORPUS;
  let total = 0;
  let same = 0;
  let html = 0;
  let dumps = 0;
  let textDumps = 0;
  const problems: string[] = [];
  for (const name of listDatasets(corpus)) {
    const record = JSON.parse(readFileSync(join(corpus, name, 'dumps.json'), 'utf8')) as {
      pages: Record<string, DumpPage>;
    };
    let dsSame = 0;
    const pages = Object.values(record.pages);
    for (const page of pages) {
      // The raw file, .gz included: decode unpacks it itself.
      const doc = decode(readFileSync(join(corpus, name, 'html', page.file)));
      total++;
      if (doc.type === 'html') html++;
      else problems.push(`${name}/${page.file}: sniffed as ${doc.type}`);
      if (doc.encoding === page.encoding) dsSame++;
      else {
        const why = doc.notes.length > 0 ? ` (${doc.notes.join('; ')})` : '';
        problems.push(`${name}/${page.file}: ${doc.encoding}, corpus ${page.encoding} [${page.encodingSource}]${why}`);
      }
    }
    same += dsSame;
    console.log(`${name}: ${dsSame}/${pages.length} same encoding`);
    // The text dumps of the same pages must not be taken for HTML.
    for (const kind of ['dump-browser', 'dump-html2text']) {
      const dir = join(corpus, name, kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        dumps++;
        const doc = decode(readFileSync(join(dir, f)));
        if (doc.type === 'text') textDumps++;
        else problems.push(`${name}/${kind}/${f}: dump sniffed as ${doc.type}`);
      }
    }
  }
  console.log(
    `all: ${same}/${total} same encoding as dumps.json; ${html}/${total} sniffed as HTML; ${textDumps}/${dumps} text dumps sniffed as text`,
  );
  for (const p of problems) console.log(`  ${p}`);
  return problems.length > 0 ? 1 : 0;
}

runMain('encodings', main);
