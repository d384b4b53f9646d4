import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/detect.js';
import { toIso1, toIso3 } from '../../src/lang/iso639.js';
import { dominantScript, foreignScript, scriptCounts } from '../../src/lang/script.js';
import { endsLikeSentence, matchKey, wordCount } from '../../src/text/words.js';
import { LATIN_RANGE_CODES } from './latin-range.js';

describe('words', () => {
  it('counts Latin words and estimates CJK words from characters', () => {
    expect(wordCount("L'ambassadeur a déclaré mercredi")).toBe(4);
    expect(wordCount('北京时间周一')).toBe(3);
  });

  it('recognises sentence endings but not ellipses', () => {
    expect(endsLikeSentence('He left.')).toBe(true);
    expect(endsLikeSentence('« Bien sûr. »')).toBe(true);
    expect(endsLikeSentence('他走了。')).toBe(true);
    expect(endsLikeSentence('هل ذهب؟')).toBe(true);
    expect(endsLikeSentence('Read more...')).toBe(false);
    expect(endsLikeSentence('Avion abattu: la Russie prépare une riposte sévère')).toBe(false);
  });

  it('builds match keys that fold case, quotes and edge punctuation', () => {
    expect(matchKey('Fil d’actu')).toBe("fil d'actu");
    expect(matchKey("  » S'ABONNER !")).toBe("s'abonner");
    expect(matchKey('Comments (12)')).toBe('comments');
  });
});

describe('script', () => {
  it('finds the dominant script', () => {
    expect(dominantScript(scriptCounts('Le président a parlé'))).toBe('Latin');
    expect(dominantScript(scriptCounts('これは日本語の文章です'))).toBe('Han');
  });

  it('flags a short line in another script', () => {
    expect(foreignScript('Заголовок открываемого материала', 'Latin')).toBe('Cyrillic');
    expect(foreignScript('Subscribe', 'Arabic')).toBe('Latin');
  });

  it('keeps a foreign word inside a sentence', () => {
    expect(foreignScript('Компания Apple представила новый iPhone в Москве.', 'Cyrillic')).toBeNull();
  });

  it('ignores URLs and handles when judging the script', () => {
    expect(foreignScript('Подписывайтесь: https://example.com/news @newsbot', 'Cyrillic')).toBeNull();
  });

  it('in Latin-range text, finds no letter of another script but µ (its shortcut relies on it)', () => {
    for (const c of LATIN_RANGE_CODES) {
      const ch = String.fromCharCode(c);
      const other = [...scriptCounts(ch).keys()].filter((s) => s !== 'Latin');
      expect(other, `U+${c.toString(16)}`).toEqual(ch === 'µ' ? ['Other'] : []);
    }
    expect(foreignScript('µµµµµ ça', 'Latin')).toBe('Other');
    expect(foreignScript('Élysée – «Québec» ½', 'Latin')).toBeNull();
  });

  it('needs at least four foreign letters', () => {
    expect(foreignScript('ОК', 'Latin')).toBeNull();
  });
});

describe('language codes and detection', () => {
  it('maps macro-language members', () => {
    expect(toIso1('cmn')).toBe('zh');
    expect(toIso1('arb')).toBe('ar');
    expect(toIso1('xyz')).toBe('xyz');
    expect(toIso3('fr-CA')).toBe('fra');
  });

  it('says und for short text and honours a hint', () => {
    expect(detectLanguage('Bonjour à tous').lang).toBe('und');
    expect(detectLanguage('anything', 'de')).toEqual({ lang: 'de', lang3: 'deu' });
  });

  it('detects a French paragraph', () => {
    const text =
      "Moscou est prêt à mettre en place un état-major réunissant la France, les Etats-Unis et même la Turquie afin de combattre conjointement l'Etat islamique.";
    expect(detectLanguage(text)).toEqual({ lang: 'fr', lang3: 'fra' });
  });
});

describe('franc-min, loaded lazily', () => {
  it('knows the same languages as franc-min says it knows', async () => {
    const { data } = await import('franc-min/data.js');
    const { FRANC_LANGUAGES } = await import('../../src/lang/franc-languages.js');
    const known = new Set(Object.values(data).flatMap((langs) => Object.keys(langs)));
    expect([...FRANC_LANGUAGES].sort()).toEqual([...known].sort());
  });

  it('names by script alone the languages it says it names so', async () => {
    const { data } = await import('franc-min/data.js');
    const { expressions } = await import('franc-min/expressions.js');
    const { FRANC_LANGUAGES, FRANC_SCRIPT_LANGUAGES } = await import('../../src/lang/franc-languages.js');
    const byScript = Object.keys(expressions).filter((key) => !(key in data) && !FRANC_LANGUAGES.has(key));
    expect([...FRANC_SCRIPT_LANGUAGES].sort()).toEqual(byScript.sort());
  });

  it('names a text in a script of one language among candidates of other scripts', () => {
    // Latin candidates (the stopwords of a few Latin words), a Japanese text: franc-min names it.
    const text =
      '先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。改造して機能制限を解除することで、さまざまな危険があります。'.repeat(
        2,
      );
    const candidates = [
      { lang: 'en', coverage: 0.02 },
      { lang: 'it', coverage: 0.01 },
    ];
    expect(detectLanguage(text, undefined, candidates)).toEqual({ lang: 'ja', lang3: 'jpn' });
  });

  it('is used for a language the stopwords do not settle', () => {
    // Spanish and Portuguese share most function words: the stopword ranking is close, franc decides.
    const text =
      'O governo anunciou hoje novas medidas para a economia do país, que entram em vigor na próxima semana, segundo o ministro das finanças.';
    const candidates = [
      { lang: 'pt', coverage: 0.3 },
      { lang: 'es', coverage: 0.28 },
    ];
    expect(detectLanguage(text, undefined, candidates)).toEqual({ lang: 'pt', lang3: 'por' });
  });
});
