// The page-level language guess that chooses stoplists and phrase lists before any cleaning.
import { describe, expect, it } from 'vitest';
import { guessPage } from '../../src/classify/language-guess.js';
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
