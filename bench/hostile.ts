// Time and memory against input size on generated hostile inputs (tests/generators.ts), each
// size in a fresh process so that peaks do not add up. Kinds and their unit:
//   text, line, html, textnode (MB: a text dump, one long line, an HTML article page, a page
//   holding one huge text node);
//   deep (thousands of unclosed <div>s), prose (thousands of nested <div><p>sentence),
//   elements (thousands of tiny inline elements), rows (thousands of table rows).
//   npm run hostile -- [--sizes 'text:1,10,100 line:1,10']
//   npm run hostile -- --sizes 'html:5,10,20,50 deep:10,100 prose:10,100 elements:100,1000 rows:10,100'
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/index.js';
import {
  bigHtmlPage,
  bigTextPage,
  deepNestedHtml,
  deepProseHtml,
  hugeTextNodeHtml,
  singleLine,
  tableRowsHtml,
  tinyElementsHtml,
} from '../tests/generators.js';

const MB = 1024 * 1024;
const GENERATORS = {
  text: (n: number) => bigTextPage(n * MB),
  line: (n: number) => singleLine(n * MB),
  html: (n: number) => bigHtmlPage(n * MB),
  textnode: (n: number) => hugeTextNodeHtml(n * MB),
  deep: (n: number) => deepNestedHtml(n * 1000),
  prose: (n: number) => deepProseHtml(n * 1000),
  elements: (n: number) => tinyElementsHtml(n * 1000),
  rows: (n: number) => tableRowsHtml(n * 1000),
} as const;
type Kind = keyof typeof GENERATORS;
const NAMES: Record<Kind, string> = {
  text: 'text dump',
  line: 'one line',
  html: 'HTML page',
  textnode: 'one text node',
  deep: 'unclosed <div>s',
  prose: 'nested <div><p>',
  elements: 'tiny elements',
  rows: 'table rows',
};
const size = (kind: Kind, n: number): string =>
  ['text', 'line', 'html', 'textnode'].includes(kind) ? `${n} MB` : n >= 1000 ? `${n / 1000}M` : `${n}k`;

/** Child: generate, clean once, print one JSON line. */
function measure(kind: Kind, n: number): void {
  const input = Buffer.from(GENERATORS[kind](n));
  cleanArticle('Warm up.\n\nA short page to load the data files first.');
  cleanArticle('<html><body><p>Warm up: the HTML parser too.</p></body></html>');
  const start = performance.now();
  const a = cleanArticle(input);
  const ms = performance.now() - start;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    JSON.stringify({ kind, n, bytes: input.length, ms: Math.round(ms), paragraphs: a.paragraphs.length, peakMb }),
  );
}

function main(): number {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: 'text:1,10,100 line:1,10' }, child: { type: 'string' } },
  });
  if (values.child) {
    const [kind, n] = values.child.split(':');
    measure(kind as Kind, Number(n));
    return 0;
  }
  console.log('input              size    bytes     time   MB/s  paragraphs  peak RSS');
  for (const spec of values.sizes.split(' ')) {
    const [kind, list] = spec.split(':') as [Kind, string];
    if (!(kind in GENERATORS)) throw new Error(`unknown kind ${kind} (${Object.keys(GENERATORS).join(', ')})`);
    for (const mb of list.split(',').map(Number)) {
      const r = spawnSync(
        process.execPath,
        [...process.execArgv, process.argv[1] as string, '--child', `${kind}:${mb}`],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      );
      if (r.status !== 0) {
        console.log(`${kind} ${mb} MB: failed (${r.stderr.trim().split('\n').pop()})`);
        continue;
      }
      const m = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
      const inMb = m.bytes / MB;
      console.log(
        `${NAMES[kind].padEnd(16)} ${size(kind, mb).padStart(6)} ${`${inMb.toFixed(1)} MB`.padStart(8)} ${`${(m.ms / 1000).toFixed(1)} s`.padStart(8)} ${(inMb / (m.ms / 1000)).toFixed(1).padStart(6)} ${String(m.paragraphs).padStart(11)} ${`${m.peakMb} MB`.padStart(9)}`,
      );
    }
  }
  return 0;
}

process.exitCode = main();
