// The bench's html additions: metadata matching, the options passed for pages, the peers' decoding
// the side-by-side table and the gate's metadata floors. Nothing here reads the shared corpus.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHtmlTable, type HtmlColumn } from '../bench/compare.js';
import { PROJECT_ROOT } from '../bench/corpus.js';
import { bylineMatches, dateMatches, dayOf, scoreMetadata, titleMatches } from '../bench/metadata.js';
import type { Truth } from '../bench/metrics.js';
import { decodeHtml } from '../bench/peers.js';
import { type KindRun, optionsFor } from '../bench/run-quality.js';
import type { Throughput } from '../bench/speed.js';

describe('metadata matching', () => {
  it('title: equal after whitespace normalisation, case and punctuation count', () => {
    expect(titleMatches('This API is so  Fetching!', ' This API is so\nFetching! ')).toBe(true);
    expect(titleMatches('This API is so Fetching!', 'This API is so fetching!')).toBe(false);
    expect(titleMatches('This API is so Fetching!', 'This API is so Fetching')).toBe(false);
    expect(titleMatches('x', null)).toBe(false);
  });

  it('date: the day as written, else the UTC day of a parseable date', () => {
    expect(dayOf('2015-07-10T23:30:00-04:00')).toBe('2015-07-10');
    expect(dayOf('2018-04-05T06:00')).toBe('2018-04-05');
    expect(dayOf('Fri, 10 Jul 2015 12:00:00 GMT')).toBe('2015-07-10');
    expect(dayOf('yesterday')).toBeNull();
    expect(dateMatches('2015-07-10T09:53:00-04:00', '2015-07-10')).toBe(true);
    expect(dateMatches('2015-07-10', '2015-07-11')).toBe(false);
    expect(dateMatches('2015-07-10', null)).toBe(false);
  });

  it('byline: the truth inside the prediction, or a prediction of two or more tokens inside the truth', () => {
    expect(bylineMatches('Nicolas Perriault', 'By NICOLAS PERRIAULT — 5 May 2013')).toBe(true);
    expect(bylineMatches('Von Roland Brockmann und Sebastian Drescher', 'Roland Brockmann')).toBe(true);
    expect(bylineMatches('Aleš Vávra', 'Ales Vavra')).toBe(false);
    expect(bylineMatches('Aleš Vávra', 'Aleš Vávra')).toBe(true);
    // One token of a longer truth is not enough, and the tokens must be one run in order.
    expect(bylineMatches('Roland Brockmann', 'Roland')).toBe(false);
    expect(bylineMatches('Heiko', 'Heiko')).toBe(true);
    expect(bylineMatches('Dan Goodin', 'Goodin Dan')).toBe(false);
    expect(bylineMatches('Dan Goodin', '')).toBe(false);
  });

  it('scores each field over the documents whose truth has it, a missing prediction being a miss', () => {
    const truth: Truth = {
      a: { file: 'a.html', title: 'A', byline: 'Ann Lee', publishedTime: '2020-01-02' },
      b: { file: 'b.html', title: 'B' },
      c: { file: 'c.html', title: 'C', publishedTime: '2021-05-06T10:00:00Z' },
    };
    const preds = new Map([
      ['a', { title: 'A', byline: 'by Ann Lee', date: '2020-01-03' }],
      ['b', { title: 'not B' }],
    ]);
    const figs = scoreMetadata(truth, preds);
    expect(figs.map((f) => [f.field, f.docs, f.matched])).toEqual([
      ['title', 3, 1],
      ['byline', 1, 1],
      ['date', 2, 0],
    ]);
    expect(figs[0]?.rate).toBeCloseTo(1 / 3);
    expect(figs[0]?.misses).toEqual([
      { id: 'b', truth: 'B', got: 'not B' },
      { id: 'c', truth: 'C', got: null },
    ]);
    expect(scoreMetadata({ x: { file: 'x.html', articleBody: 'text' } }, new Map())).toEqual([]);
  });
});

describe('what the bench passes for a page', () => {
  it('asks for the html path on the html kind and shows the name without .gz', () => {
    expect(optionsFor('/c/scrapinghub/html/0001.html.gz', 'html')).toEqual({
      path: '/c/scrapinghub/html/0001.html',
      type: 'html',
    });
    expect(optionsFor('/c/x/dump-browser/0001.txt', 'dump-browser')).toEqual({ path: '/c/x/dump-browser/0001.txt' });
  });
});

describe('decoding pages for the peers', () => {
  const latin1Page = (declared: string) =>
    Uint8Array.from([...Buffer.from(`<meta charset="${declared}"><p>caf`), 0xe9, ...Buffer.from('</p>')]);

  it('reads valid UTF-8 as UTF-8 whatever the page declares', () => {
    expect(decodeHtml(Buffer.from('<meta charset="iso-8859-1"><p>café</p>'))).toBe(
      '<meta charset="iso-8859-1"><p>café</p>',
    );
  });

  it('falls back to the declared charset, then windows-1252', () => {
    expect(decodeHtml(latin1Page('ISO-8859-1'))).toContain('café');
    expect(decodeHtml(latin1Page('no-such-charset'))).toContain('café');
    // Latin-1 declared means windows-1252: 0x80 is the euro sign.
    expect(decodeHtml(Uint8Array.from([...Buffer.from('<meta charset="iso-8859-1">5'), 0x80]))).toMatch(/5€$/);
    expect(decodeHtml(Uint8Array.from([...Buffer.from('<meta charset="iso-8859-2">'), 0xb1]))).toMatch(/ą$/);
    // Declared UTF-8 with a bad byte: UTF-8 with U+FFFD.
    expect(decodeHtml(Uint8Array.from([...Buffer.from('<meta charset="utf-8">é'), 0xff]))).toMatch(/é\uFFFD$/);
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
});

describe('side-by-side html table', () => {
  const run = (f1: number, title: number): KindRun => ({
    dataset: 'news',
    kind: 'html',
    docs: 10,
    bytes: 1000,
    seconds: 1,
    cleanSeconds: 1,
    errors: [],
    missing: [],
    figures: [
      { key: 'news/html', dataset: 'news', kind: 'html', metric: 'shingle', docs: 10, f1, precision: f1, recall: f1 },
    ],
    metadata: [{ field: 'title', docs: 8, matched: title * 8, rate: title, misses: [] }],
    worst: [],
  });
  const speed = (docsPerSecond: number): Throughput => ({
    extractor: 'x',
    dataset: 'news',
    kind: 'html',
    docs: 10,
    bytes: 1000,
    runs: 3,
    runSeconds: [1, 1, 1],
    medianSeconds: 1,
    docsPerSecond,
    mbPerSecond: docsPerSecond / 100,
    coldDocsPerSecond: docsPerSecond / 2,
    threw: 0,
  });

  it('prints both columns, differences for quality and ratios for speed', () => {
    const cols: HtmlColumn[] = [
      { label: 'clean-article', runs: [run(0.97, 0.75)], throughput: speed(150), peakRssMB: 120 },
      { label: 'Readability.js', runs: [run(0.954, 0.5)], throughput: speed(30) },
    ];
    const lines = formatHtmlTable(cols).split('\n');
    expect(lines[0]).toMatch(/^figure\s+docs\s+clean-article\s+Readability\.js\s+diff \/ ratio$/);
    expect(lines.find((l) => l.startsWith('news F1 (shingle)'))).toMatch(/10\s+0\.970\s+0\.954\s+\+0\.016$/);
    expect(lines.find((l) => l.startsWith('news title'))).toMatch(/8\s+0\.750\s+0\.500\s+\+0\.250$/);
    expect(lines.find((l) => l.startsWith('news pages/s'))).toMatch(/150\.0\s+30\.0\s+5\.00×$/);
    expect(lines.find((l) => l.startsWith('peak memory MB'))).toMatch(/120\.0\s+n\/a$/);
  });

  it('prints one column without a peer', () => {
    const lines = formatHtmlTable([{ label: 'clean-article', runs: [run(0.5, 0.25)] }]).split('\n');
    expect(lines[0]).toMatch(/^figure\s+docs\s+clean-article$/);
    expect(lines.some((l) => l.includes('pages/s'))).toBe(false);
  });
});

describe('gate on html floors', () => {
  // A one-page corpus made on the fly; the assertions hold whatever the library extracts.
  const corpus = mkdtempSync(join(tmpdir(), 'bench-html-gate-'));
  mkdirSync(join(corpus, 'tiny/html'), { recursive: true });
  writeFileSync(
    join(corpus, 'tiny/html/a.html'),
    '<!doctype html><html><head><title>Tiny</title></head><body><p>One short paragraph of text.</p></body></html>',
  );
  writeFileSync(
    join(corpus, 'tiny/truth.json'),
    JSON.stringify({ a: { file: 'a.html', articleBody: 'One short paragraph of text.', title: 'Tiny' } }),
  );
  const gate = (floors: Record<string, number>) => {
    const f = join(corpus, 'floors.json');
    writeFileSync(f, JSON.stringify(floors));
    return spawnSync(process.execPath, ['--import', 'tsx', 'bench/gate.ts', '--corpus', corpus, '--floors', f], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
  };
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('gates a metadata rate that has a floor and leaves the F1 without one ungated', () => {
    const pass = gate({ 'tiny/html/title': 0 });
    expect(pass.status).toBe(0);
    expect(pass.stdout).toMatch(/^tiny\/html\/title\s+title\s+\S+\s+0\.000\s+PASS/m);
    expect(pass.stdout).toMatch(/^tiny\/html\s+shingle\s+\S+\s+-\s+no floor/m);
  });

  it('fails when a metadata rate is below its floor', () => {
    const fail = gate({ 'tiny/html/title': 1.01 });
    expect(fail.status).toBe(1);
    expect(fail.stdout).toMatch(/^tiny\/html\/title\s+title\s+\S+\s+1\.010\s+FAIL/m);
  });
});
