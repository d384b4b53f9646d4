// Text dumps without any declaration, in each encoding the scrapes come in: generated from known
// text with iconv-lite, detected, decoded back.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { repairMojibake } from '../../src/decode/mojibake.js';
import { cleanArticle } from '../../src/index.js';

const TEXTS = {
  ru: 'Президент России заявил в среду, что страна готова к переговорам с соседями.\nОб этом сообщает агентство со ссылкой на пресс-службу Кремля. Встреча пройдёт в Москве на следующей неделе.',
  fr: 'Le président a déclaré mercredi que la France était prête à créer un état-major commun.\nÇa coûtera très cher, a-t-il ajouté à la télévision, mais la sécurité des Français passe avant tout.',
  de: 'Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Wärmepumpen zu verlängern.\nFür Hausbesitzer ändert sich damit zunächst nichts, sagte ein Sprecher des Ministeriums in Berlin.',
  pl: 'Prezydent powiedział w środę, że Polska jest gotowa do rozmów z sąsiadami.\nPosłowie zgłosili poprawki do ustawy o zmianie przepisów dotyczących ochrony środowiska i gospodarki wodnej.',
  cs: 'Vláda ve středu schválila návrh zákona o státním rozpočtu na příští rok.\nPodle ministra financí se schodek sníží, opozice však s tímto tvrzením nesouhlasí a žádá změny.',
  ja: '日本の首相は水曜日、記者会見で新しい経済政策を発表した。\n東京の株価は上昇し、市場関係者は今後の動向に注目している。政府は来月にも詳細を明らかにする予定だ。',
  ko: '대통령은 수요일 기자회견에서 새로운 경제 정책을 발표했다.\n서울의 주가는 상승했으며 시장 관계자들은 앞으로의 동향에 주목하고 있다. 정부는 다음 달 세부 사항을 공개할 예정이다.',
  zhs: '国家主席在星期三的新闻发布会上宣布了新的经济政策。\n北京的股价上涨了，市场人士正在关注今后的动向。政府预计下个月公布具体细节。',
  zht: '國家主席在星期三的新聞發布會上宣布了新的經濟政策。\n台北的股價上漲了，市場人士正在關注今後的動向。政府預計下個月公布具體細節。',
};

// encoding written → the text → the WHATWG name decode must report.
const CASES: [string, keyof typeof TEXTS, string][] = [
  ['windows-1251', 'ru', 'windows-1251'],
  ['koi8-r', 'ru', 'koi8-r'],
  ['windows-1252', 'fr', 'windows-1252'],
  ['iso-8859-1', 'de', 'windows-1252'],
  ['iso-8859-2', 'pl', 'iso-8859-2'],
  ['iso-8859-2', 'cs', 'iso-8859-2'],
  ['shift_jis', 'ja', 'shift_jis'],
  ['euc-kr', 'ko', 'euc-kr'],
  ['gbk', 'zhs', 'gb18030'],
  ['gb18030', 'zhs', 'gb18030'],
  ['big5', 'zht', 'big5'],
];

describe('encoding detection of undeclared text', () => {
  for (const [written, lang, reported] of CASES) {
    it(`reads ${lang} text written in ${written}`, () => {
      const doc = decode(iconv.encode(TEXTS[lang], written));
      expect(doc.encoding).toBe(reported);
      expect(doc.text).toBe(TEXTS[lang]);
      expect(doc.notes).toContain(`encoding detected as ${reported}`);
    });
  }

  it('reads 7-bit ISO-2022-JP by its escape sequences', () => {
    // "日本" between ESC $ B (JIS X 0208) and ESC ( B (ASCII); iconv-lite has no encoder for it.
    const doc = decode(new Uint8Array(Buffer.from('\x1b$BF|K\\\x1b(B', 'latin1')));
    expect(doc).toMatchObject({ encoding: 'iso-2022-jp', text: '日本' });
  });

  it('reads UTF-8 with and without BOM without detection', () => {
    for (const prefix of [[], [0xef, 0xbb, 0xbf]]) {
      const doc = decode(Buffer.concat([Buffer.from(prefix), Buffer.from(TEXTS.ru)]));
      expect(doc.encoding).toBe('utf-8');
      expect(doc.text).toBe(TEXTS.ru);
      expect(doc.notes).toEqual([]);
    }
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXTS.ja, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXTS.ja, 'utf-16be')]);
    expect(decode(le)).toMatchObject({ encoding: 'utf-16le', text: TEXTS.ja });
    expect(decode(be)).toMatchObject({ encoding: 'utf-16be', text: TEXTS.ja });
  });

  it('keeps undeclared UTF-8 with a stray bad byte as UTF-8', () => {
    const doc = decode(Buffer.concat([Buffer.from(TEXTS.fr), Buffer.from([0x0a, 0x93, 0x0a])]));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text.startsWith(TEXTS.fr)).toBe(true);
  });

  it('is overridden by an explicit encoding', () => {
    const bytes = iconv.encode(TEXTS.ru, 'koi8-r');
    expect(decode(bytes, { encoding: 'windows-1251' }).encoding).toBe('windows-1251');
    expect(cleanArticle(bytes).source.encoding).toBe('koi8-r');
  });
});

/** UTF-8 bytes read one by one as a legacy code page, as a browser does (undefined bytes → C1 controls). */
function misread(text: string, encoding: string): string {
  return [...Buffer.from(text)]
    .map((b) => {
      const c = iconv.decode(Buffer.from([b]), encoding);
      return c === '\uFFFD' ? String.fromCharCode(b) : c;
    })
    .join('');
}

describe('mojibake repair', () => {
  it('repairs UTF-8 misread as windows-1252 ("Ã©"), every Latin-1 letter and punctuation included', () => {
    const text = `${TEXTS.fr} ${TEXTS.de} Zürich — “quoted” € Ångström í à Ÿ`;
    const r = repairMojibake(misread(text, 'windows-1252'));
    expect(r.text).toBe(text);
    expect(r.misreadAs).toBe('windows-1252');
  });

  it('repairs Cyrillic UTF-8 misread as windows-1252 ("Ð¿Ñ€Ð¸") and as windows-1251 ("РїСЂРё")', () => {
    expect(misread('при', 'windows-1252')).toBe('Ð¿Ñ€Ð¸');
    expect(repairMojibake(misread(TEXTS.ru, 'windows-1252')).text).toBe(TEXTS.ru);
    expect(misread('при', 'windows-1251')).toBe('РїСЂРё');
    const r = repairMojibake(misread(TEXTS.ru, 'windows-1251'));
    expect(r).toMatchObject({ text: TEXTS.ru, misreadAs: 'windows-1251' });
  });

  it('repairs CJK and emoji, and text misread twice', () => {
    expect(repairMojibake(misread(TEXTS.ja, 'windows-1252')).text).toBe(TEXTS.ja);
    expect(repairMojibake(misread('ok 😀', 'windows-1252')).text).toBe('ok 😀');
    expect(repairMojibake(misread(misread('déjà vu', 'windows-1252'), 'windows-1252')).text).toBe('déjà vu');
  });

  it('leaves correct text alone, including letters before NBSP, soft hyphens and guillemets', () => {
    for (const ok of [
      ...Object.values(TEXTS),
      'la vérité\u00A0» et le «\u00A0lucidité\u00A0»',
      'Maß\u00ADnahmen, Groß\u00ADtheo\u00ADre\u00ADti\u00ADker',
      '3 ×\u00A0= 9',
      'ООО «РОС» и «ТАСС»: С… и Р… 25 °С',
      'Le prix: 5 € • À la une',
    ]) {
      expect(repairMojibake(ok)).toEqual({ text: ok, misreadAs: null, sequences: 0 });
    }
  });

  it('is reported in the article source', () => {
    const a = cleanArticle(misread(TEXTS.fr, 'windows-1252'));
    expect(a.source.repaired).toBe('windows-1252');
    expect(a.source.notes?.[0]).toMatch(/^repaired \d+ character\(s\) of UTF-8 misread as windows-1252$/);
    expect(a.text).toContain('Ça coûtera très cher, a-t-il ajouté à la télévision');
  });

  // decode() rules pages out of the repair by their bytes (no C3 or D0 byte: no lead): saved
  // as UTF-8, both misreadings keep theirs and are still repaired.
  it('is found in UTF-8 bytes, through either misreading', () => {
    for (const [encoding, text] of [
      ['windows-1252', TEXTS.fr],
      ['windows-1251', TEXTS.ru],
    ] as const) {
      const doc = decode(Buffer.from(misread(text, encoding), 'utf8'));
      expect(doc.repaired).toBe(encoding);
      expect(doc.text).toBe(text);
    }
    expect(decode(Buffer.from(TEXTS.ja, 'utf8')).repaired).toBeUndefined();
  });
});
