// Fuzz campaign: random inputs (tests/arbitraries.ts) through the library for N minutes, checking
// the properties of tests/properties.test.ts (tests/invariants.ts). Each round has its own seed,
// so every failure can be replayed: `npm run fuzz -- --seed S --minutes 0` runs that round again.
//   npm run fuzz -- [--minutes N] [--seed S] [--log FILE]
// A round appends a line per property to fuzz/campaign.ndjson (seed, runs, time, failed); a
// failure's shrunk input goes to fuzz/crashes/<property>-<seed>.json, to become a regression test.
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { anyInput, articleHtmlPage, articlePage } from '../tests/arbitraries.js';
import { checkIdempotent, checkInput } from '../tests/invariants.js';

// Each round checks every property with the round's seed.
const PROPERTIES = [
  // Any string or bytes: no throw but InputError, a well-formed article, only input text, deterministic.
  { name: 'invariants', property: () => fc.property(anyInput, (input) => checkInput(input)), runs: 2000 },
  // Realistic pages: the text output cleaned again gives the same article.
  { name: 'idempotence', property: () => fc.property(articlePage, (input) => checkIdempotent(input)), runs: 500 },
  // Realistic HTML pages: their text output, cleaned again as text, gives the same article.
  {
    name: 'idempotence-html',
    property: () => fc.property(articleHtmlPage, (input) => checkIdempotent(input)),
    runs: 300,
  },
];

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function serialise(input: string | Uint8Array): { kind: string; value: string } {
  return typeof input === 'string'
    ? { kind: 'string', value: input }
    : { kind: 'base64', value: Buffer.from(input).toString('base64') };
}

function main(): number {
  const { values } = parseArgs({
    options: { minutes: { type: 'string', default: '1' }, seed: { type: 'string' }, log: { type: 'string' } },
  });
  const minutes = Number(values.minutes);
  const firstSeed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1_000_000_007;
  if (!Number.isFinite(minutes) || minutes < 0 || !Number.isSafeInteger(firstSeed)) {
    console.error('usage: npm run fuzz -- [--minutes N] [--seed S] [--log FILE]');
    return 2;
  }
  const dir = join(import.meta.dirname, '..', 'fuzz');
  const log = values.log ?? join(dir, 'campaign.ndjson');
  mkdirSync(join(dir, 'crashes'), { recursive: true });
  const deadline = Date.now() + minutes * 60_000;
  const rev = commit();
  let seed = firstSeed;
  let totalRuns = 0;
  let failures = 0;
  do {
    for (const { name, property, runs } of PROPERTIES) {
      const started = Date.now();
      const result = fc.check(property(), {
        numRuns: runs,
        seed,
        interruptAfterTimeLimit: Math.max(1000, deadline - started),
      });
      const ms = Date.now() - started;
      totalRuns += result.numRuns;
      const failed = result.failed && result.counterexample !== null;
      if (failed) {
        failures++;
        const input = result.counterexample?.[0] as string | Uint8Array;
        const error =
          result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        writeFileSync(
          join(dir, 'crashes', `${name}-${seed}.json`),
          `${JSON.stringify({ seed, property: name, commit: rev, path: result.counterexamplePath, error, input: serialise(input) }, null, 2)}\n`,
        );
        console.log(`${name} seed ${seed}: FAILED after ${result.numRuns} runs: ${error.split('\n')[0]}`);
      }
      appendFileSync(
        log,
        `${JSON.stringify({ at: new Date(started).toISOString(), commit: rev, property: name, seed, runs: result.numRuns, ms, failed })}\n`,
      );
    }
    seed++;
  } while (Date.now() < deadline);
  const secs = Math.round((Date.now() - deadline) / 1000 + minutes * 60);
  console.log(`fuzz: ${totalRuns} runs in ${secs} s, seeds ${firstSeed}..${seed - 1}, ${failures} failing round(s)`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = main();
