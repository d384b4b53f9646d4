// Time and memory against input size on generated hostile inputs (tests/generators.ts): a big
// text dump and one long line, each size in a fresh process so that peaks do not add up.
//   npm run hostile -- [--sizes text:1,10,100 line:1,10]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/index.js';
import { bigTextPage, singleLine } from '../tests/generators.js';

const MB = 1024 * 1024;
const GENERATORS = { text: bigTextPage, line: singleLine } as const;
type Kind = keyof typeof GENERATORS;

/** Child: generate, clean once, print one JSON line. */
function measure(kind: Kind, mb: number): void {
  const input = Buffer.from(GENERATORS[kind](mb * MB));
  cleanArticle('Warm up.\n\nA short page to load the data files first.');
  const start = performance.now();
  const a = cleanArticle(input);
  const ms = performance.now() - start;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ kind, mb, ms: Math.round(ms), paragraphs: a.paragraphs.length, peakMb }));
}

function main(): number {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: 'text:1,10,100 line:1,10' }, child: { type: 'string' } },
  });
  if (values.child) {
    const [kind, mb] = values.child.split(':');
    measure(kind as Kind, Number(mb));
    return 0;
  }
  console.log('input            size    time   MB/s  paragraphs  peak RSS');
  for (const spec of values.sizes.split(' ')) {
    const [kind, list] = spec.split(':') as [Kind, string];
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
      const name = kind === 'text' ? 'text dump' : 'one line';
      console.log(
        `${name.padEnd(15)} ${`${mb} MB`.padStart(6)} ${`${(m.ms / 1000).toFixed(1)} s`.padStart(7)} ${(mb / (m.ms / 1000)).toFixed(1).padStart(6)} ${String(m.paragraphs).padStart(11)} ${`${m.peakMb} MB`.padStart(9)}`,
      );
    }
  }
  return 0;
}

process.exitCode = main();
