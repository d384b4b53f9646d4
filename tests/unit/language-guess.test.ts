// The page-level language guess that chooses stoplists and phrase lists before any cleaning.
import { describe, expect, it } from 'vitest';
import { features } from '../../src/classify/features.js';
import { guessPage } from '../../src/classify/language-guess.js';
import { rankByStopwords } from '../../src/lang/stopword-rank.js';
import type { Block } from '../../src/types.js';

const page = (text: string): Block[] =>
  text.split('\n').map((line, index) => ({ index, text: line, line: index + 1, gapBefore: true }));

describe('guessPage', () => {
  it('lists close relatives once each, up to three, for the phrase lists', () => {
    const g = guessPage(
      page(
        'El gobierno anunció el martes una serie de medidas para apoyar a los agricultores afectados por la sequía, que dura desde el comienzo de la primavera en el sur del país y que ha causado pérdidas.',
      ),
    );
    expect(g.lang).toBe('es');
    expect(g.related[0]).toBe('es');
    expect(new Set(g.related).size).toBe(g.related.length);
    expect(g.related.length).toBe(3);
  });
});

describe('features from the counts of the language guess', () => {
  it('measure a sample line as scanning it does', () => {
    // The ranking keeps its line counts once it scans Latin text in place (after a few pages).
    for (let i = 0; i < 5; i++) rankByStopwords(['warm up']);
    const blocks = page(
      [
        'Home | News | Sport',
        'The council said on Tuesday that the new bridge would open to traffic in the spring of next year.',
        'Its cost, about €40 million, was shared by the region and the state; work began in 2021.',
        'Short line',
        'Residents who live near the river have asked for a footpath on both sides of the bridge.',
      ].join('\n'),
    );
    const g = guessPage(blocks);
    expect(g.lang).toBe('en');
    expect(g.counted).not.toBeNull();
    const read = blocks.filter((b) => g.counted?.(b.text));
    expect(read.length).toBeGreaterThan(1);
    for (const b of blocks) expect(features(b, g.stop, undefined, g.counted)).toEqual(features(b, g.stop));
  });
});

describe('rankByStopwords', () => {
  it('ranks a sample the same with the line counts an earlier sample left in the memo', () => {
    const en = 'The council said on Tuesday that the new bridge would open to traffic in the spring of next year.';
    const lines = [
      en,
      'Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr für den Verkehr geöffnet wird.',
      // Longer than the 250 words ranked: counted only in part where it comes late in a sample.
      Array.from({ length: 30 }, () => en).join(' '),
      'Le conseil a annoncé mardi que le nouveau pont serait ouvert à la circulation au printemps prochain.',
      'El consejo dijo el martes que el nuevo puente se abriría al tráfico en la primavera del año que viene.',
    ];
    // The memo serves the in-place scan of Latin text, which starts after the first few pages.
    for (let i = 0; i < 5; i++) rankByStopwords(['warm up']);
    const memo = new Map();
    rankByStopwords(lines.slice(0, 3), memo);
    expect(memo.size).toBeGreaterThan(0);
    // About a hundred words: counted whole from the memo, then in part once the sample is nearly full.
    const medium = Array.from({ length: 5 }, () => en).join(' ');
    rankByStopwords([medium], memo);
    const samples = [
      lines.slice(1),
      [lines[3] ?? '', lines[2] ?? '', lines[0] ?? ''],
      [lines[4] ?? '', lines[1] ?? ''],
      [medium, lines[1] ?? '', medium, medium],
    ];
    // The reference: the sample as one text, as if no line had been counted before.
    for (const sample of samples) expect(rankByStopwords(sample, memo)).toEqual(rankByStopwords([sample.join('\n')]));
  });
});

describe('rankByStopwords over all languages', () => {
  it('ranks the same once its word-to-languages map is built as before', () => {
    // No common language covers this: every language's list is consulted.
    const lorem = [
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.',
    ];
    const first = rankByStopwords(lorem);
    expect(first.length).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) expect(rankByStopwords(lorem)).toEqual(first);
  });
});
