import { describe, expect, it } from 'vitest';
import { labelledName, parseByline } from '../../src/article/byline.js';
import { parseDate, parseDateLine } from '../../src/article/date.js';
import { siteFromTitle } from '../../src/article/declared.js';
import { endsWithStop } from '../../src/article/words.js';
import { bundledBook } from '../../src/data/phrase-book.js';
import { cleanArticle } from '../../src/index.js';

const PREFIXES = bundledBook().bylinePrefixes;

describe('parseDate', () => {
  it.each([
    ['Published 12 March 2024, 14:05', '2024-03-12'],
    ['Nov. 19, 2019 8:03 am ET', '2019-11-19'],
    ['12.03.2024, 14:05 Uhr', '2024-03-12'],
    ['Publicado el 12 de marzo de 2024', '2024-03-12'],
    ['Опубликовано 25 ноября 2015, 14:30', '2015-11-25'],
    ['2024-03-12T10:00:00Z', '2024-03-12'],
    ['2024年3月12日 10:00', '2024-03-12'],
    ['12 Mart 2024', '2024-03-12'],
    ['Updated June 13, 2019', '2019-06-13'],
    ['Updated Mar 12, 2020 @ 10:42 am', '2020-03-12'],
  ])('%s → %s', (line, iso) => {
    expect(parseDate(line)).toBe(iso);
  });

  it('reads slashes month-first only when asked or forced', () => {
    expect(parseDate('03/12/2024')).toBe('2024-12-03');
    expect(parseDate('03/12/2024', true)).toBe('2024-03-12');
    expect(parseDate('13/12/2024', true)).toBe('2024-12-13');
  });

  it('rejects impossible dates and plain numbers', () => {
    expect(parseDate('31.04.2024')).toBeNull();
    // 29 February only in leap years: every fourth, but not 2100 (a century not divisible by 400).
    expect(parseDate('29.02.2023')).toBeNull();
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(parseDate('2100-02-29')).toBeNull();
    expect(parseDate('2024年4月31日')).toBeNull();
    expect(parseDate('2024年4月30日')).toBe('2024-04-30');
    expect(parseDate('1 200 000 people')).toBeNull();
  });

  it('reads a two-digit year only where a date line is expected', () => {
    expect(parseDate('Von: Jane Roe | 31.10.23')).toBeNull();
    expect(parseDateLine('Von: Jane Roe | 31.10.23')).toBe('2023-10-31');
    expect(parseDateLine('23.09.22')).toBe('2022-09-23');
    expect(parseDateLine('Mo, 26.10.98')).toBe('1998-10-26');
    expect(parseDateLine('Version 1.2.10.4')).toBeNull();
    expect(parseDateLine('31.04.23')).toBeNull();
    // A full date wins.
    expect(parseDateLine('12.03.2024, 14:05 Uhr')).toBe('2024-03-12');
  });
});

describe('parseByline', () => {
  const prefixes = ['written by', 'by', 'par', 'von', 'автор'];
  it.each([
    ['By Sarah E. Needleman', 'Sarah E. Needleman'],
    ['Von Anna Müller | 12.03.2024', 'Anna Müller'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['Par Marie Dupont et Jean Martin', 'Marie Dupont et Jean Martin'],
    ['By Jane Roe, Reuters', 'Jane Roe'],
  ])('%s → %s', (line, name) => {
    expect(parseByline(line, prefixes)).toBe(name);
  });

  it('does not take a sentence for a byline', () => {
    expect(parseByline('By the end of the year prices rose', prefixes)).toBeNull();
  });
});

describe('parseByline and dates on the same line', () => {
  it('drops a month that begins the date after the name, and keeps a surname that is a month', () => {
    expect(parseByline('By Erin Cunningham March 18 at 3:57 PM', ['by'])).toBe('Erin Cunningham');
    expect(parseByline('By Theresa May', ['by'])).toBe('Theresa May');
  });

  it('reads a byline set after a dash', () => {
    expect(parseByline('---- by Jane Roe', ['by'])).toBe('Jane Roe');
    expect(parseByline('— Von Anna Müller', ['von'])).toBe('Anna Müller');
    expect(parseByline('―by Jane Roe', ['by'])).toBe('Jane Roe');
  });

  it('reads a byline in compatibility characters as NFKC spells it (ASCII lines skip normalising)', () => {
    expect(parseByline('Ｂｙ Jane Roe', ['by'])).toBe('Jane Roe');
    expect(parseByline('By Jane Roe', ['by'])).toBe('Jane Roe');
  });

  it('takes a bare byline label out of the text, whatever spaces and colons end it, but not a longer line', () => {
    const para = (s: string) =>
      `${s} The river that runs through the old town was measured again this spring, and the engineers said the water stood high.`;
    const page = (label: string) =>
      ['The River Was Measured Again This Spring', para('One.'), label, para('Two.'), para('Three.')].join('\n\n');
    const removed = (label: string) =>
      (cleanArticle(page(label), { explain: true }).removed ?? []).filter((r) => r.rule === 'metadata:byline');
    expect(removed('BY :  ').map((r) => r.reason)).toEqual(['a byline label whose name is not in the text']);
    expect(removed('Autor:')).toHaveLength(1);
    expect(removed('By the way, the bridge')).toHaveLength(0);
  });

  it('reads a labelled name up to the next label', () => {
    expect(parseByline('Autor: Anna Beispiel Tags: 1907, 1931', ['autor'])).toBe('Anna Beispiel');
  });

  it('drops the short word that joins the date to the name', () => {
    expect(parseByline('Von R. R. am 07.08.2013 um 09:07 Uhr gespeichert unter Reisen', ['von'])).toBe('R. R.');
    expect(parseByline('von Marianne1 am 20.09.2020', ['von'])).toBe('Marianne1');
    expect(parseByline('By Jane Roe on March 3, 2020', ['by'])).toBe('Jane Roe');
  });
});

describe('dates and site names as Czech and Chinese pages write them', () => {
  it('reads "3. 5. 2022", with a space after each dot', () => {
    expect(parseDate('Vloženo: 3. 5. 2022 | Přečteno: 412×')).toBe('2022-05-03');
  });

  it('takes the site from the other end of a <title> whose headline the page shows', () => {
    expect(
      siteFromTitle('Obec opraví jídelnu :: Podhorský obzor', ['Podhorský obzor', 'Obec opraví jídelnu'], PREFIXES),
    ).toBe('Podhorský obzor');
    expect(siteFromTitle('澄湖市启动加装电梯补贴_本地新闻_澄湖晚报', ['澄湖市启动加装电梯补贴'], PREFIXES)).toBe(
      '澄湖晚报',
    );
    expect(siteFromTitle('A headline nobody shows | Site', ['Another headline'], PREFIXES)).toBeNull();
    // Other ends that name no site: a page number, a byline, a second headline cut short.
    expect(siteFromTitle('Old trucks of the fifties - Part 49', ['Old trucks of the fifties'], PREFIXES)).toBeNull();
    expect(siteFromTitle('Why we cook | By Linda', ['Why we cook'], PREFIXES)).toBeNull();
    expect(
      siteFromTitle('Everything has its time… | Market of good life', ['Market of good life'], PREFIXES),
    ).toBeNull();
  });
});

describe('bylines split across lines or after a date', () => {
  it('reads a label alone on its line with the name on the next ("Autor:" / "Peter Maahn/SP-X")', () => {
    expect(labelledName('Autor:', 'Peter Maahn/SP-X', PREFIXES)).toBe('Peter Maahn');
    expect(labelledName('Von:', 'Götz Warnke', PREFIXES)).toBe('Götz Warnke');
    // Without a colon a bare "De" or "By" line is a language switch or a menu item.
    expect(labelledName('DE', 'EN', PREFIXES)).toBeNull();
    expect(labelledName('By', 'Jane Roe', PREFIXES)).toBeNull();
    // One word after a label is as often a role or a section as a name; digits are no name.
    expect(labelledName('Par :', 'Auteur', PREFIXES)).toBeNull();
    expect(labelledName('Von:', '+2.3° Celsius', PREFIXES)).toBeNull();
  });

  it('drops an agency after a slash from the name', () => {
    expect(parseByline('Von Jane Roe/dpa', PREFIXES)).toBe('Jane Roe');
  });

  it('takes the name closing a date line as the byline, and the label-and-name pair in a text page', () => {
    const body =
      'Gerade haben sich die deutschen Reitpferdezuchtverbände auf ein Pilotjahr geeinigt, in dem die Leistungsprüfung neu geordnet wird.\n\nDie Verbände wollen die Ergebnisse im Herbst gemeinsam auswerten und dann über die weiteren Schritte beraten.';
    const dated = cleanArticle(`Stellungnahme zum Pilotjahr\n04.02.2022 | 13:10 Uhr | Uta Helkenberg\n\n${body}`);
    expect([dated.byline, dated.published]).toEqual(['Uta Helkenberg', '2022-02-04']);
    const labelled = cleanArticle(`Stellungnahme zum Pilotjahr\nAutor:\nPeter Maahn/SP-X\n\n${body}`);
    expect(labelled.byline).toBe('Peter Maahn');
    expect(labelled.paragraphs.join(' ')).not.toContain('Maahn');
  });
});

describe('dates from the author box and from a dateline', () => {
  const body = [
    'Die Verbände wollen die Ergebnisse im Herbst gemeinsam auswerten und dann über die weiteren Schritte beraten, sagte die Sprecherin.',
    'Gerade haben sich die deutschen Reitpferdezuchtverbände auf ein Pilotjahr geeinigt, in dem die Leistungsprüfung neu geordnet wird.',
  ];
  it('dates the article by the author box under the body ("Datum: 19.11.2021 Autor: …")', () => {
    const a = cleanArticle(
      ['Stellungnahme zum Pilotjahr', '', ...body, '', 'Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet'].join(
        '\n',
      ),
    );
    expect([a.byline, a.published]).toEqual(['Fritz Imhof', '2021-11-19']);
  });

  it('dates the article by a dateline opening one of its first paragraphs', () => {
    const a = cleanArticle(
      ['Stellungnahme zum Pilotjahr', '', `BERLIN, 12.03.2024 – ${body[0]}`, '', body[1]].join('\n'),
    );
    expect(a.published).toBe('2024-03-12');
    expect(a.paragraphs[0]).toContain('BERLIN, 12.03.2024 –');
  });
});

describe('titles', () => {
  it('lose the arrows and bullets a theme or a converter puts before them', () => {
    const body =
      'The road through the valley was closed on Tuesday after the river burst its banks overnight, the council said in a statement.\n\nDrivers were told to use the motorway instead until the water has gone down and the road has been checked.';
    expect(cleanArticle(`Home\nNews\n\n * Floods close the valley road\n\n${body}`).title).toBe(
      'Floods close the valley road',
    );
    const html = `<html><head></head><body><article><h1>[&gt; Floods close the valley road</h1><p>${body.replace('\n\n', '</p><p>')}</p></article></body></html>`;
    expect(cleanArticle(html).title).toBe('Floods close the valley road');
  });
});

describe('endsWithStop', () => {
  it('answers as /[.!?]$/ does', () => {
    for (const text of ['Done.', 'Why?', 'No!', 'Done', '', '.', 'Done. ', 'Done.\n', 'Wait…', '“Quoted.”', '3.5'])
      expect(endsWithStop(text), text).toBe(/[.!?]$/.test(text));
  });
});
