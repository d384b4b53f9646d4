// The build writes caches (stopwords) and a bundle (franc-min) that dist/ loads instead of the
// packages: they must answer exactly what the packages answer from the sources.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/detect.js';
import { COMMON_LANGUAGES, commonLanguageMasks } from '../../src/lang/stopword-rank.js';
import { stopwordLanguages, stopwords } from '../../src/lang/stopwords.js';

const DIST = new URL('../../dist/', import.meta.url);
const built =
  existsSync(new URL('data/stopwords.cache.json', DIST)) &&
  existsSync(new URL('data/franc-min.cjs', DIST)) &&
  existsSync(new URL('cli/bundle.cjs.cache', DIST));

describe.skipIf(!built)('build caches (dist/, after npm run build)', () => {
  it('the stopword cache holds the same lists and language masks as stopwords-iso', async () => {
    const dist = await import(new URL('lang/stopwords.js', DIST).href);
    const distRank = await import(new URL('lang/stopword-rank.js', DIST).href);
    expect(dist.stopwordLanguages()).toEqual(stopwordLanguages());
    for (const lang of stopwordLanguages()) {
      expect(dist.stopwords(lang), lang).toEqual(stopwords(lang));
      expect(dist.stopwordCount(lang), lang).toBe(stopwords(lang).size);
    }
    expect(distRank.COMMON_LANGUAGES).toEqual(COMMON_LANGUAGES);
    expect(distRank.commonLanguageMasks()).toEqual(commonLanguageMasks());
  });

  it('the bundled franc-min detects as franc-min does', async () => {
    const dist = await import(new URL('lang/detect.js', DIST).href);
    const texts = [
      'O governo anunciou hoje novas medidas para a economia do país, que entram em vigor na próxima semana, segundo o ministro.',
      'El gobierno anunció hoy nuevas medidas para la economía del país, que entrarán en vigor la próxima semana, según el ministro.',
      'Rząd ogłosił dziś nowe środki dla gospodarki kraju, które wejdą w życie w przyszłym tygodniu, powiedział minister finansów.',
    ];
    const candidates = [
      { lang: 'pt', coverage: 0.3 },
      { lang: 'es', coverage: 0.28 },
      { lang: 'pl', coverage: 0.27 },
    ];
    for (const t of texts)
      expect(dist.detectLanguage(t, undefined, candidates)).toEqual(detectLanguage(t, undefined, candidates));
    expect(dist.detectLanguage(texts[2], undefined, candidates).lang).toBe('pl');
  });

  it('V8 accepts the code cache of the CLI bundle (else every start compiles the bundle again)', async () => {
    const { loadCli } = await import(new URL('../../bin/cli-script.js', import.meta.url).href);
    const { main, script } = loadCli();
    expect(typeof main).toBe('function');
    expect(script.cachedDataRejected).toBe(false);
  });
});
