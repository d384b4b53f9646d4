import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorpusDoc, type Kind, listDatasets, loadDataset, PROJECT_ROOT } from '../bench/corpus.js';
import { scoreAll, scoreShingle, scoreSnippet, shingleCounts, shingles, type Truth, tokens } from '../bench/metrics.js';
import { diagnoseShingle, diagnoseSnippet } from '../bench/worst.js';

describe('tokens and shingles', () => {
  it('tokenises Unicode letters, digits, marks and underscores', () => {
    expect(tokens('Ça va, très-bien! 東京 x_1 e\u0301t\u00e9 3.14')).toEqual([
      'Ça',
      'va',
      'très',
      'bien',
      '東京',
      'x_1',
      'e\u0301t\u00e9',
      '3',
      '14',
    ]);
    expect(tokens('')).toEqual([]);
    expect(tokens(' ,;— ')).toEqual([]);
  });

  it('makes 4-token shingles with counts, one short shingle for short texts, none for no tokens', () => {
    expect([...shingles('a b c d a b c d').values()].reduce((x, y) => x + y, 0)).toBe(5);
    expect(shingles('a b c d a b c d').get('a\u0001b\u0001c\u0001d')).toBe(2);
    expect([...shingles('hello world').keys()]).toEqual(['hello\u0001world']);
    expect(shingles('...').size).toBe(0);
  });

  it('normalises tp/fp/fn by their sum', () => {
    // truth shingles: [the quick brown fox] [quick brown fox jumps]; predicted: [quick brown fox jumps] [brown fox jumps over]
    expect(shingleCounts('the quick brown fox jumps', 'quick brown fox jumps over')).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shingleCounts('', '')).toEqual([0, 0, 0]);
  });
});

describe('shingle metric', () => {
  const body = 'The quick brown fox jumps over the lazy dog.';

  it('scores a perfect output as F1 = 1', () => {
    const r = scoreShingle({ d: { articleBody: body } }, { d: `  ${body.replace(/ /g, '\n')} ` });
    expect(r).not.toBeNull();
    expect(r?.f1).toBe(1);
    expect(r?.precision).toBe(1);
    expect(r?.recall).toBe(1);
    expect(r?.exact).toBe(1);
    expect(r?.docs).toBe(1);
  });

  it('scores empty output: recall 0, precision undefined (left out of the mean)', () => {
    const r = scoreShingle({ d: { articleBody: body } }, {});
    expect(r?.recall).toBe(0);
    expect(r?.precision).toBeNaN();
    expect(r?.f1).toBeNaN();
    expect(r?.perDoc[0]).toMatchObject({ precision: 0, recall: 0, inPrecision: false, inRecall: true });
    // With a second, perfect document: P = mean([1]) = 1, R = mean([1, 0]) = 0.5, F1 = 2/3.
    const two = scoreShingle({ a: { articleBody: body }, b: { articleBody: body } }, new Map([['a', body]]));
    expect(two?.precision).toBe(1);
    expect(two?.recall).toBe(0.5);
    expect(two?.f1).toBeCloseTo(2 / 3, 12);
  });

  it('averages precision and recall over documents and takes F1 from the means', () => {
    const truth: Truth = {
      // tp = fp = fn = 1 shingle → P = R = 1/2.
      d1: { articleBody: 'the quick brown fox jumps' },
      // 8 tokens = 5 truth shingles; predicted [a1..a4] [a2..a5] [a3 a4 a5 zz]: tp 2, fp 1, fn 3 → P 2/3, R 2/5.
      d2: { articleBody: 'a1 a2 a3 a4 a5 a6 a7 a8' },
    };
    const r = scoreShingle(truth, { d1: 'quick brown fox jumps over', d2: 'a1 a2 a3 a4 a5 zz' });
    expect(r?.perDoc[0]?.precision).toBeCloseTo(1 / 2, 12);
    expect(r?.perDoc[1]?.precision).toBeCloseTo(2 / 3, 12);
    expect(r?.perDoc[1]?.recall).toBeCloseTo(2 / 5, 12);
    // P = (1/2 + 2/3) / 2 = 7/12, R = (1/2 + 2/5) / 2 = 9/20, F1 = 2PR / (P + R) = 63/124.
    expect(r?.precision).toBeCloseTo(7 / 12, 12);
    expect(r?.recall).toBeCloseTo(9 / 20, 12);
    expect(r?.f1).toBeCloseTo(63 / 124, 12);
    expect(r?.exact).toBe(0);
  });

  it('counts repeated shingles with multiplicity', () => {
    // truth: abcd ×2, bcda, cdab, dabc (5); predicted abcd ×1 → tp 1, fp 0, fn 4 → P 1, R 1/5.
    const r = scoreShingle({ d: { articleBody: 'a b c d a b c d' } }, { d: 'a b c d' });
    expect(r?.precision).toBe(1);
    expect(r?.recall).toBeCloseTo(0.2, 12);
  });

  it('handles texts shorter than a shingle', () => {
    expect(scoreShingle({ d: { articleBody: 'Test' } }, { d: 'Test' })?.f1).toBe(1);
    const r = scoreShingle({ d: { articleBody: 'hello world' } }, { d: 'hello' });
    expect(r?.precision).toBe(0);
    expect(r?.recall).toBe(0);
  });

  it('only scores records with an articleBody', () => {
    expect(scoreShingle({ d: { with: ['x'], without: [] } }, {})).toBeNull();
  });
});

describe('snippet metric', () => {
  const truth: Truth = {
    d1: { with: ['Hello  world', 'foo bar'], without: ['Share this', 'Login'] },
    d2: { with: ['alpha'], without: ['beta'] },
  };

  it('matches whitespace-normalised substrings and sums the counts over the corpus', () => {
    const r = scoreSnippet(truth, { d1: 'Hello\nworld and more.\n\nShare\tthis' });
    // d1: found "Hello world", missed "foo bar", leaked "Share this", not "Login" → tp 1 fn 1 fp 1 tn 1.
    // d2 (missing = empty): tp 0 fn 1 fp 0 tn 1.
    expect(r).toMatchObject({ docs: 2, tp: 1, fp: 1, fn: 2, tn: 2 });
    expect(r?.precision).toBeCloseTo(1 / 2, 12);
    expect(r?.recall).toBeCloseTo(1 / 3, 12);
    expect(r?.f1).toBeCloseTo(0.4, 12);
    expect(r?.accuracy).toBeCloseTo(0.5, 12);
    expect(r?.perDoc[0]).toMatchObject({
      id: 'd1',
      found: 1,
      withTotal: 2,
      leaked: 1,
      withoutTotal: 2,
      missedWith: [1],
      leakedWithout: [0],
    });
  });

  it('scores a perfect output as F1 = 1 and empty output as recall 0', () => {
    expect(scoreSnippet(truth, { d1: 'Hello world. foo bar', d2: 'alpha' })?.f1).toBe(1);
    const empty = scoreSnippet(truth, {});
    expect(empty?.recall).toBe(0);
    expect(empty?.precision).toBeNaN(); // 0 / 0, as in score.mjs
    expect(empty?.accuracy).toBe(0.5);
  });

  it('reports both metrics when the truth supports both', () => {
    const r = scoreAll(
      { a: { articleBody: 'one two three four' }, b: { with: ['x'], without: ['y'] } },
      { a: 'one two three four', b: 'x' },
    );
    expect(r.shingle?.f1).toBe(1);
    expect(r.snippet?.f1).toBe(1);
    expect(r.shingle?.docs).toBe(1);
    expect(r.snippet?.docs).toBe(1);
  });
});

describe('worst-document diagnosis', () => {
  const block = (text: string, keep: boolean, line: number) => ({ text, keep, line, rule: keep ? 'keep' : 'drop' });

  it('flags kept blocks mostly absent from the truth and dropped blocks mostly in it', () => {
    const truth = 'Budget news\n\nThe council met on Monday to discuss the budget. It approved the plan.';
    const d = diagnoseShingle(truth, [
      block('Home', true, 1), // short, not in truth → wrongly kept
      block('The council met on Monday to discuss the budget.', true, 2), // fine
      block('Subscribe to our newsletter today for free', true, 3), // wrongly kept
      block('It approved the plan.', false, 4), // wrongly dropped
      block('Share on Facebook', false, 5), // fine
      block('—', true, 6), // no tokens: ignored
      block('Budget news', false, 7), // short, a whole truth line → wrongly dropped
      block('Monday', false, 8), // short, only inside a truth sentence → fine
    ]);
    expect(d.wronglyKept.map((n) => n.line)).toEqual([1, 3]);
    expect(d.wronglyDropped.map((n) => n.line)).toEqual([4, 7]);
    expect(d.wronglyDropped[0]).toMatchObject({ rule: 'drop', text: 'It approved the plan.', inTruth: 1 });
  });

  it('flags kept blocks holding a without snippet and dropped blocks holding a with snippet', () => {
    const d = diagnoseSnippet({ with: ['The plan was approved by all members.'], without: ['Share on Facebook'] }, [
      block('Share on Facebook', true, 1),
      block('The plan was approved by all members.', false, 2),
      block('Other text', false, 3),
    ]);
    expect(d.wronglyKept.map((n) => n.line)).toEqual([1]);
    expect(d.wronglyDropped.map((n) => n.line)).toEqual([2]);
  });
});

// ---------------------------------------------------------------- agreement with the reference scorer

const SHARED = resolve(PROJECT_ROOT, '../shared');
const SCORER = join(SHARED, 'eval/score.mjs');
const CORPUS = join(SHARED, 'corpus');
const haveCorpus = existsSync(SCORER) && existsSync(CORPUS);
const SAMPLE = 15;

/** A deterministic prediction that exercises the scorer's cases: half a dump, whole dump, empty, truth, missing. */
function predictionFor(doc: CorpusDoc, j: number): string | undefined {
  const kind: Kind | undefined = doc.inputs['dump-browser']
    ? 'dump-browser'
    : doc.inputs['dump-html2text']
      ? 'dump-html2text'
      : undefined;
  const dump = kind ? readFileSync(doc.inputs[kind] ?? '', 'utf8') : '';
  const lines = dump.split('\n');
  if (j === 1) return doc.truth.articleBody ?? (doc.truth.with ?? []).join('\n');
  if (j === 3) return '';
  if (j === 6) return undefined;
  if (j % 5 === 4) return dump;
  return lines.slice(0, Math.ceil(lines.length / 2)).join('\n');
}

describe.skipIf(!haveCorpus)(
  haveCorpus
    ? 'agreement with ../shared/eval/score.mjs'
    : `agreement with score.mjs — skipped: corpus missing (${SHARED})`,
  () => {
    const datasets = haveCorpus ? listDatasets(CORPUS) : [];

    it('finds the corpus datasets', () => {
      expect(datasets.length).toBeGreaterThan(0);
    });

    for (const name of datasets) {
      it(`matches score.mjs to 1e-9 on ${SAMPLE} documents of ${name}`, () => {
        const ds = loadDataset(CORPUS, name);
        const step = Math.max(1, Math.floor(ds.docs.length / SAMPLE));
        const sample = ds.docs.filter((_, i) => i % step === 0).slice(0, SAMPLE);
        const truth: Truth = {};
        const pred: Record<string, string> = {};
        sample.forEach((doc, j) => {
          truth[doc.id] = doc.truth;
          const p = predictionFor(doc, j);
          if (p !== undefined) pred[doc.id] = p;
        });
        const dir = mkdtempSync(join(tmpdir(), 'clean-article-metrics-'));
        try {
          const truthPath = join(dir, 'truth.json');
          const predPath = join(dir, 'pred.json');
          writeFileSync(truthPath, JSON.stringify(truth));
          writeFileSync(predPath, JSON.stringify(pred));
          const ref = JSON.parse(
            execFileSync(process.execPath, [SCORER, truthPath, predPath, '--json', '--per-doc'], { encoding: 'utf8' }),
          ) as Record<string, Record<string, number | null> | undefined> & {
            perDoc: Array<Record<string, string | number>>;
          };
          const ours = scoreAll(JSON.parse(readFileSync(truthPath, 'utf8')) as Truth, pred);
          const close = (a: number, b: number | null | undefined) => {
            // score.mjs prints NaN as null in JSON.
            if (Number.isNaN(a)) expect(b).toBeNull();
            else expect(Math.abs(a - (b ?? Number.NaN))).toBeLessThanOrEqual(1e-9);
          };
          expect(Object.keys(ours).sort()).toEqual(
            Object.keys(ref)
              .filter((k) => k !== 'perDoc')
              .sort(),
          );
          if (ours.shingle) {
            const r = ref.shingle;
            expect(r?.docs).toBe(ours.shingle.docs);
            close(ours.shingle.f1, r?.f1);
            close(ours.shingle.precision, r?.precision);
            close(ours.shingle.recall, r?.recall);
            close(ours.shingle.exact, r?.exact);
            const refDocs = ref.perDoc.filter((d) => d.metric === 'shingle');
            expect(
              ours.shingle.perDoc.map((d) => ({
                id: d.id,
                metric: 'shingle',
                precision: +d.precision.toFixed(3),
                recall: +d.recall.toFixed(3),
              })),
            ).toEqual(refDocs);
          }
          if (ours.snippet) {
            const r = ref.snippet;
            expect(r?.docs).toBe(ours.snippet.docs);
            close(ours.snippet.f1, r?.f1);
            close(ours.snippet.precision, r?.precision);
            close(ours.snippet.recall, r?.recall);
            close(ours.snippet.accuracy, r?.accuracy);
            const refDocs = ref.perDoc.filter((d) => d.metric === 'snippet');
            expect(
              ours.snippet.perDoc.map((d) => ({
                id: d.id,
                metric: 'snippet',
                found: `${d.found}/${d.withTotal}`,
                leaked: `${d.leaked}/${d.withoutTotal}`,
              })),
            ).toEqual(refDocs);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }, 30_000);
    }
  },
);
