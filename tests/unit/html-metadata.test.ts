// What an HTML page declares about its author and date, read the way the corpus pages write it.
import { describe, expect, it } from 'vitest';
import { chooseDate } from '../../src/article/date-choice.js';
import { markedDate } from '../../src/article/declared.js';
import { declaredMetadata } from '../../src/blocks/html/declared.js';
import { parseHtml } from '../../src/blocks/html/parse.js';
import { cleanArticle } from '../../src/index.js';
import { inLocalTime, inUtc } from '../../src/text/time-zone.js';

const prose = 'The council approved the new budget on Monday after a long debate about the school buildings. ';
const body = `<article><h1>Budget approved</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article>`;
const page = (head: string, extra = '') =>
  `<!doctype html><html lang="en"><head><title>Budget approved</title>${head}</head><body>${body}${extra}</body></html>`;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const html = (head: string, extra = '') => cleanArticle(page(head, extra), { type: 'html' });
/** A page of `paragraphs` paragraphs with what comes before and after them, in `lang`. */
const article = (lang: 'de' | 'en', before: string, paragraphs: number, after: string, outside = '', head = '') => {
  const [title, text] =
    lang === 'de'
      ? [
          'Haushalt beschlossen',
          'Der Stadtrat hat am Montag nach langer Debatte über die Schulgebäude den Haushalt beschlossen. ',
        ]
      : ['Budget approved', prose];
  return cleanArticle(
    `<!doctype html><html lang="${lang}"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${before}${`<p>${text.repeat(3)}</p>`.repeat(paragraphs)}${after}</article>${outside}</body></html>`,
    { type: 'html' },
  );
};

describe('declared author and date', () => {
  it('reads JSON-LD wrapped in CDATA', () => {
    const a = html(ld('<![CDATA[{"@type":"NewsArticle","datePublished":"2001-10-29T01:59:14Z"}]]>'));
    expect(a.published).toBe('2001-10-29');
  });

  it('follows an author given by @id to the Person in the graph', () => {
    const graph = {
      '@graph': [
        { '@type': 'Article', author: { '@id': 'https://x.test/#/person/1' }, headline: 'Budget approved' },
        { '@type': 'Person', '@id': 'https://x.test/#/person/1', name: 'Amy Roe' },
      ],
    };
    expect(html(ld(JSON.stringify(graph))).byline).toBe('Amy Roe');
  });

  it('takes an organisation as author only when nothing names a person', () => {
    const org = ld('{"@type":"Article","author":{"@type":"Organization","name":"Contributors to the Wiki"}}');
    expect(html(org).byline).toBe('Contributors to the Wiki');
    expect(html(`${org}<meta name="author" content="Jane Roe">`).byline).toBe('Jane Roe');
  });

  it('prefers Dublin Core, and reads meta properties that declare several keys at once', () => {
    const head =
      '<meta name="author" content="Meta Author"><meta property="dcterms:creator dc:creator" content="Dc Creator">';
    expect(html(head).byline).toBe('Dc Creator');
  });

  it('keeps an author that is the site itself, as the reference answers do', () => {
    const head = '<meta property="og:site_name" content="Telebasel"><meta name="author" content="Telebasel">';
    expect(html(head).byline).toBe('Telebasel');
  });

  it('reads the author from a "Written by" label pair', () => {
    const head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Karen Herr">';
    expect(html(head).byline).toBe('Karen Herr');
    const other =
      '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">';
    expect(html(other).byline).toBeNull();
  });

  it('takes no byline from comment forms, comment authors or "authority" classes', () => {
    const extra =
      '<div id="comments"><span class="author">Troll Person</span><form><label class="comment-form-author">Name *</label></form></div>' +
      '<div class="authority-control">Authority control</div>';
    expect(html('', extra).byline).toBeNull();
  });

  it('reads the hCard author, not the "Posted by" label before it', () => {
    const extra =
      '<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted by</span> <span class="author vcard"><a class="url fn n" href="/a">Walter Roe</a></span></div>';
    expect(html('', extra).byline).toBe('Walter Roe');
  });
});

describe('bylines the page shows against the ones it declares', () => {
  it('a meta author that only names the site yields to the byline markup', () => {
    const head = '<meta name="author" content="Example.at">';
    const extra = '<small itemprop="author" itemscope>von <span itemprop="name">Alex Karper</span></small>';
    expect(html(head, extra).byline).toBe('Alex Karper');
  });

  it('a twitter handle is no site name', () => {
    expect(html('<meta name="twitter:site" content="@ExampleNews">').siteName).toBeNull();
  });

  it('a headline that begins like a byline is no byline', () => {
    const a = cleanArticle(
      `<!doctype html><html lang="de"><head><title>Von Sprachregeln, Politik und Deutsch</title></head><body><article><h1>Von Sprachregeln, Politik und Deutsch</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    );
    expect(a.byline).toBeNull();
  });

  it('reads the author box right under the body when nothing else names the author', () => {
    const a = cleanArticle(
      `<!doctype html><html lang="de"><head><title>t</title></head><body><article><h1>Budget approved</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article><div class="box">Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet</div></body></html>`,
      { type: 'html' },
    );
    expect(a.byline).toBe('Fritz Imhof');
  });
});

describe('implausible bylines give way', () => {
  it('a furniture label, a CMS account or the headline itself is no byline', () => {
    expect(html('<meta name="author" content="Follow">').byline).toBeNull();
    expect(html('<meta name="author" content="wordpressadmin">').byline).toBeNull();
    const same = cleanArticle(
      `<!doctype html><html lang="en"><head><title>Budget approved</title><meta name="author" content="Budget approved"></head><body><article><h1>Budget approved</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    );
    expect(same.byline).toBeNull();
  });

  it('a desk such as "Redaktion" and a name that is also a shorter heading stay', () => {
    expect(html('<meta name="author" content="Redaktion">').byline).toBe('Redaktion');
    const a = cleanArticle(
      `<!doctype html><html lang="en"><head><title>Budget approved - John Welch - Medium</title><meta name="author" content="John Welch"></head><body><h3>John Welch</h3><article><h1>Budget approved</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    );
    expect(a.byline).toBe('John Welch');
  });
});

describe('headline far below a long menu', () => {
  it('is still confirmed by the declared title', () => {
    const menu = Array.from({ length: 600 }, (_, i) => `<li><a href="/p${i}">Section ${i}</a></li>`).join('');
    const a = cleanArticle(
      `<!doctype html><html><head><title>Bears had a record year: the count | National Park of the Hills</title></head><body><ul>${menu}</ul><article><h1>Bears had a record year</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    );
    expect(a.title).toBe('Bears had a record year');
  });

  it('"ByAlex Roe", a byline read without the space the markup left out, is "Alex Roe"', () => {
    const head = '<meta name="author" content="ByAlex Roe">';
    expect(html(head).byline).toBe('Alex Roe');
  });
});

describe('a title found in the text', () => {
  it('loses the declared site name after it', () => {
    const a = cleanArticle(
      `<!doctype html><html lang="en"><head><meta property="og:site_name" content="Daily Example"></head><body><article><h1>Budget approved by the council - Daily Example</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    );
    expect(a.title).toBe('Budget approved by the council');
  });
});

describe('declared title against the headings', () => {
  const titled = (head: string, top: string, h1: string) =>
    cleanArticle(
      `<!doctype html><html lang="en"><head>${head}</head><body><header>${top}</header><article><h1>${h1}</h1>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    ).title;

  it('takes the headline of the article, not the <header> repeating the <title>', () => {
    const head = '<title>Dead bees under lime trees: the answer | Bees</title>';
    expect(titled(head, '<h2>Dead bees under lime trees: the answer | Bees</h2>', 'Dead bees under lime trees')).toBe(
      'Dead bees under lime trees',
    );
  });

  it('drops what the <h1> adds after a separator or a date when a declaration has the headline alone', () => {
    const head = '<meta property="og:title" content="What we do not want to hear">';
    expect(titled(head, '', 'What we do not want to hear | OTHER.NET')).toBe('What we do not want to hear');
    expect(titled(head, '', 'What we do not want to hear 02.02.2022 • Press')).toBe('What we do not want to hear');
    // A longer headline that merely begins like the declaration stays whole.
    const short = '<meta property="og:title" content="Can fish feel pain?">';
    expect(titled(short, '', 'Can fish feel pain / suffer?')).toBe('Can fish feel pain / suffer?');
  });

  it('prefers the headline in the text to a <title> that only names the site', () => {
    const head =
      '<title>Example Power</title><link rel="canonical" href="https://www.examplepower.com/press/wind.html">';
    expect(titled(head, '', 'Citizens invest in the new wind farm')).toBe('Citizens invest in the new wind farm');
  });
});

describe('visible and microdata dates', () => {
  it('reads a date from microdata or RDFa on an ordinary element', () => {
    expect(html('', '<span property="schema:dateCreated" content="2020-04-21T14:40:07+00:00"></span>').published).toBe(
      '2020-04-21',
    );
    expect(html('', '<span itemprop="uploadDate" content="2020-03-18T14:16:20+01:00"></span>').published).toBe(
      '2020-03-18',
    );
  });

  it('lists the visible date lines marked by class or id, those after the headline first', () => {
    const d = declaredMetadata(
      parseHtml(
        '<body><aside><span class="date">01.01.2019</span></aside><h1>Budget approved</h1><span class="news-date">12.12.2022</span>' +
          '<span class="update-box">03.03.2023</span><span class="time">no digits</span></body>',
      ),
    );
    // Not "update-box": the class word must be "date" or "time", not letters inside a word.
    expect(d.dateTexts).toEqual(['12.12.2022', '01.01.2019']);
    expect(markedDate(['Posted on', 'Veröffentlicht am 12.12.2022'])).toBe('2022-12-12');
  });
});

describe('choosing the publication date', () => {
  const none = { declared: null, shown: null, hint: null, marked: null, url: null };
  it('takes the date most sources agree on over a lone declaration', () => {
    expect(chooseDate({ ...none, declared: '2021-03-16', shown: '2021-03-20', marked: '2021-03-20' })).toBe(
      '2021-03-20',
    );
    // On a tie, the declaration.
    expect(chooseDate({ ...none, declared: '2021-03-16', shown: '2021-03-20' })).toBe('2021-03-16');
    expect(chooseDate({ ...none, declared: '2021-03-16', shown: '2021-03-20', marked: '2021-03-16' })).toBe(
      '2021-03-16',
    );
  });

  it('lets the shown date line settle a one-day disagreement, unless the declaration is in UTC', () => {
    expect(chooseDate({ ...none, declared: '2022-05-05', shown: '2022-05-06' })).toBe('2022-05-06');
    expect(chooseDate({ ...none, declared: '2022-05-05', declaredInUtc: true, shown: '2022-05-06' })).toBe(
      '2022-05-05',
    );
    expect(chooseDate({ ...none, declared: '2022-05-05', marked: '2022-05-04' })).toBe('2022-05-04');
    expect(inUtc('2018-06-12T23:00:00.000Z')).toBe(true);
    expect(inUtc('2021-11-29T14:13:37+00:00')).toBe(true);
    expect(inUtc('2022-05-05T21:00:00-05:00')).toBe(false);
    expect(inLocalTime('Sat, 19 Oct 2019 00:04:00 +0200')).toBe(true);
    expect(inLocalTime('2019-10-18T22:04:00+00:00')).toBe(false);
  });

  it("a declaration in UTC yields to one of the same moment in the page's time zone", () => {
    const utc = ld('{"@type":"NewsArticle","datePublished":"2017-02-24T01:18:13Z"}');
    expect(html(`${utc}<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`).published).toBe(
      '2017-02-23',
    );
    expect(html(`${utc}<meta name="date" content="Thu, 23 Feb 2017 17:18:13 -0800">`).published).toBe('2017-02-23');
    // Another moment: the JSON-LD stays.
    expect(html(`${utc}<meta property="article:published_time" content="2017-02-23T09:00:00-08:00">`).published).toBe(
      '2017-02-24',
    );
  });

  it('a date that does not say of what stands in for a missing declaration only', () => {
    expect(chooseDate({ ...none, declared: '2023-11-06', hint: '2023-11-08', marked: '2023-11-08' })).toBe(
      '2023-11-06',
    );
    expect(chooseDate({ ...none, hint: '2021-10-15', shown: '2021-10-13' })).toBe('2021-10-13');
    expect(chooseDate({ ...none, hint: '2021-10-15' })).toBe('2021-10-15');
  });

  it('the date line under the headline outweighs a meta "date" and a bare <time>', () => {
    const page = (head: string, extra: string) =>
      cleanArticle(
        `<!doctype html><html lang="de"><head><title>Budget approved</title>${head}</head><body><article><h1>Budget approved</h1>` +
          `<p>13.10.2021</p>${`<p>${prose.repeat(3)}</p>`.repeat(3)}${extra}</article></body></html>`,
        { type: 'html' },
      ).published;
    expect(page('<meta name="date" content="2021-10-15">', '')).toBe('2021-10-13');
    expect(page('', '<p>Comment <time datetime="2021-10-20T10:00">20.10.</time></p>')).toBe('2021-10-13');
    // A declared publication date stays.
    expect(page('<meta property="article:published_time" content="2021-10-11T10:00:00+02:00">', '')).toBe('2021-10-11');
  });

  it("reads the text of a <time> without datetime, but no comment's date and no dateModified", () => {
    const d = declaredMetadata(
      parseHtml(
        '<body><h1>Budget approved</h1><time class="article-head">Published on August 19, 2019</time>' +
          '<time itemprop="dateModified">2019-09-01</time>' +
          '<div class="comments"><span class="date">3 September 2019</span></div></body>',
      ),
    );
    expect(d.dateTexts).toEqual(['Published on August 19, 2019']);
  });

  it('takes a dateline from the first paragraphs, not from the headline above them', () => {
    const page = (h1: string) =>
      cleanArticle(
        `<!doctype html><html lang="de"><head><title>${h1}</title></head><body><article><h1>${h1}</h1>` +
          `<p>Ein kurzer Vorspann über den Haushalt.</p><p>Ein Bild vom Rathaus.</p><p>27.1.2022 - ${prose.repeat(2)}</p><p>${prose.repeat(3)}</p></article></body></html>`,
        { type: 'html' },
      ).published;
    expect(page('Der Haushalt ist beschlossen')).toBe('2022-01-27');
  });

  it('falls back on a labelled date anywhere on the page, then on a date in the headline', () => {
    const page = (h1: string, extra: string) =>
      cleanArticle(
        `<!doctype html><html lang="de"><head><title>${h1}</title></head><body><article><h1>${h1}</h1>` +
          `${`<p>${prose.repeat(3)}</p>`.repeat(8)}</article>${extra}</body></html>`,
        { type: 'html' },
      ).published;
    const footer = (s: string) => `<footer><p>Impressum</p><p>Kontakt</p><p>Über uns</p><p>Archiv</p>${s}</footer>`;
    expect(page('Der Haushalt', footer('<p>Aktualisiert: 30.12.2016</p>'))).toBe('2016-12-30');
    expect(page('Der Haushalt', footer('<label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div>'))).toBe(
      '2022-01-14',
    );
    expect(page('Zuschauer kehren in die Hallen der Region zurück 02.02.2022 • Handball', '')).toBe('2022-02-02');
    // A sentence that mentions a date is no labelled date.
    expect(
      page('Der Haushalt', footer('<p>Aktualisiert wurde die Liste am 30.12.2016 von der Stadt und dem Kreis.</p>')),
    ).toBeNull();
  });

  it('reads dates in a page wrapped in one <form>, but not in a comment form', () => {
    const d = (html: string) => declaredMetadata(parseHtml(html)).dateTexts;
    expect(
      d('<body><form id="main"><div><div class="recipeDate">Updated June 13, 2019</div></div></form></body>'),
    ).toEqual(['Updated June 13, 2019']);
    expect(d('<body><div><form><p class="date">June 14, 2019</p></form></div></body>')).toEqual([]);
  });

  it('reads the byline and date from a line of segments near the headline', () => {
    const page = (line: string) =>
      cleanArticle(
        `<!doctype html><html lang="fr"><head><title>Le budget</title></head><body><div>${line}</div><article><h1>Le budget</h1>` +
          `${'<p>Le conseil a voté le nouveau budget lundi après un long débat sur les écoles de la ville. '.repeat(3)}</p>`.repeat(
            4,
          ) +
          '</article></body></html>',
        { type: 'html' },
      );
    const a = page('Accueil | Par Anne Martin | 30 septembre 2018');
    expect(a.published).toBe('2018-09-30');
    expect(a.byline).toBe('Anne Martin');
    expect(page('⋅ 22 novembre 2011 ⋅ Envoyer cet article ⋅ Imprimer ⋅ Commenter').published).toBe('2011-11-22');
  });

  it('reads a labelled date followed by more labels, a long dateline, HowTo JSON-LD, a wiki footer, a signature', () => {
    const page = (h1: string, body: string, extra = '', head = '') =>
      cleanArticle(
        `<!doctype html><html lang="de"><head><title>${h1}</title>${head}</head><body><article><h1>${h1}</h1>` +
          `${body}${`<p>${prose.repeat(3)}</p>`.repeat(8)}</article>${extra}</body></html>`,
        { type: 'html' },
      ).published;
    const footer = (s: string) => `<footer><p>Impressum</p><p>Kontakt</p><p>Über uns</p><p>Archiv</p>${s}</footer>`;
    expect(
      page(
        'Das Album',
        '',
        footer('<p>Veröffentlichung: 04.02.2022 Label: Beispiel Musik Album Genre: Pop und Rock</p>'),
      ),
    ).toBe('2022-02-04');
    expect(page('Der Haushalt', `<p>Pressemitteilung vom 25. Januar 2022 | Berlin – ${prose}</p>`)).toBe('2022-01-25');
    expect(
      page(
        'Der Haushalt',
        '',
        '',
        ld('{"@type":"HowTo","datePublished":"2022-01-10T22:06:08Z","author":{"@type":"Person","name":"Jane Roe"}}'),
      ),
    ).toBe('2022-01-10');
    // The signature under the body: "Jane" and the date, the page's only date line.
    const signed = cleanArticle(
      `<!doctype html><html lang="de"><head><title>Der Haushalt</title></head><body><article><h1>Der Haushalt</h1>${`<p>${prose.repeat(3)}</p>`.repeat(8)}<p>Jane<br>10. September 2017</p></article></body></html>`,
      { type: 'html' },
    );
    expect(signed.published).toBe('2017-09-10');
    expect(
      page(
        'Der Haushalt',
        '',
        '<div id="footer-info-lastmod">Diese Seite wurde zuletzt am 29. Januar 2020 geändert.</div>',
      ),
    ).toBe('2020-01-29');
  });

  it('prefers the source credited under the body to a declared author that only names the site', () => {
    const meta = (name: string) => `<meta name="author" content="${name}">`;
    const under = '<div class="source">Quelle: Beispiel-Agentur</div>';
    expect(article('de', '', 4, '', under, meta('example.de')).byline).toBe('Beispiel-Agentur');
    expect(article('de', '', 4, '', under, meta('example.de, Frankfurt, Germany')).byline).toBe('Beispiel-Agentur');
    // A person declared stays; without a credit the site's name stands.
    expect(article('de', '', 4, '', under, meta('Jane Roe')).byline).toBe('Jane Roe');
    expect(article('de', '', 4, '', '', meta('example.de')).byline).toBe('example.de');
    // With no author at all, the credit may stand further down, past a box of links.
    const links = `<ul>${'<li><a href="/x">Weitere Informationen zum Thema</a></li>'.repeat(5)}</ul>`;
    expect(article('de', '', 4, '', `${links}<p><em>Quelle: Beispiel-Agentur</em></p>`).byline).toBe(
      'Beispiel-Agentur',
    );
  });

  it('reads the author from an element whose id names it', () => {
    const shown = (h: string) => declaredMetadata(parseHtml(`<html><body>${h}<p>Text</p></body></html>`)).bylineMarkup;
    expect(shown('<div id="author_header">Jane Roe</div>')).toBe('Jane Roe');
    // Not the comment form's field, nor an id that merely contains the word.
    expect(shown('<form><label id="author-label">Name *</label></form>')).toBeNull();
    expect(shown('<div id="authorization">Sign in</div>')).toBeNull();
  });

  it('spells an account out as the name the page gives it', () => {
    const account = ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"jane.roe"}}');
    expect(article('en', '', 6, '<p>The vote is due in May. (Jane Q. Roe)</p>', '', account).byline).toBe(
      'Jane Q. Roe',
    );
    // Only the account's own parts, in order.
    expect(article('en', '', 6, '<p>The vote is due in May. (Roe Jane)</p>', '', account).byline).toBe('jane.roe');
  });

  it('reads a labelled author line by its first field', () => {
    const page = (closing: string, after = '') => article('de', '', 9, closing, after).byline;
    // Signing the body, with more said after the name.
    expect(page('<p>Autor: Anna Beispiel (Gastbeitrag), Rednerin bei beispiel.de</p>')).toBe('Anna Beispiel');
    // Under the body, with the tags in the same line.
    const tags = 'Tags: Stadtrat, Haushalt, Schule, Gebäude, Debatte, Montag, Berlin, Politik, Bildung, Finanzen';
    expect(page('', `<div class="meta"><a href="/a">Autor: Anna Beispiel ${tags}</a></div>`)).toBe('Anna Beispiel');
  });

  it('reads the name closing a date line split by a bullet operator', () => {
    const a = article('de', '<p>16.10.2019 \u2219 Reportage \u2219 Jane Roe</p>', 4, '');
    expect(a.byline).toBe('Jane Roe');
    expect(a.published).toBe('2019-10-16');
  });

  it('reads a byline line that the figure rules took for a credit', () => {
    // "Quelle: dpa-AFX" above it makes "Von Jane Roe, dpa" look like the next line of a credit.
    expect(article('de', '<p>Quelle: dpa-AFX</p><div>Von Jane Roe, dpa</div>', 4, '').byline).toBe('Jane Roe');
  });

  it('completes a one-word byline with the full name the author box gives', () => {
    const author = '<meta name="author" content="Jane">';
    expect(html(author, '<aside><p>Jane Roe - reporter at the council desk since 2002</p></aside>').byline).toBe(
      'Jane Roe',
    );
    expect(html(author, '<aside><p>More by Jane Roe</p></aside>').byline).toBe('Jane Roe');
    // Not a name opening just any line: the author box sets the role apart with a dash.
    expect(html(author).byline).toBe('Jane');
    expect(html(author, '<aside><p>Jane Doe wins the prize</p></aside>').byline).toBe('Jane');
  });

  it('takes a name alone in bold or italics closing the body as its signature', () => {
    const signed = (closing: string) => article('en', '', 6, closing).byline;
    expect(signed('<p><strong>Jane Roe</strong></p>')).toBe('Jane Roe');
    // Footnotes may follow the name.
    expect(signed(`<p align="right"><em>Jane Roe</em></p><p>(1) ${prose}</p>`)).toBe('Jane Roe');
    // Not in plain type (a name alone may be anything), nor a bold subheading far above the end.
    expect(signed('<p>Jane Roe</p>')).toBeNull();
    expect(article('en', '<p><strong>First Forecasts</strong></p>', 6, '').byline).toBeNull();
    // A byline the page declares comes first.
    const declared = article(
      'en',
      '',
      6,
      '<p><strong>Jane Roe</strong></p>',
      '',
      '<meta name="author" content="John Doe">',
    );
    expect(declared.byline).toBe('John Doe');
  });

  it('a JSON-LD author that reads as an account yields to the person the page names', () => {
    const author = (name: string) => ld(`{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}`);
    expect(html(`${author('CC7567')}<meta name="author" content="Jane Roe">`).byline).toBe('Jane Roe');
    expect(html(author('CC7567')).byline).toBe('CC7567');
    // A short lower-case name is as often the pseudonym the page signs with.
    expect(html(`${author('jules')}<meta name="author" content="Jane Roe">`).byline).toBe('jules');
    const shown = cleanArticle(
      `<!doctype html><html lang="en"><head><title>Budget approved</title>${author('maxmustermann')}</head><body><article><h1>Budget approved</h1><p>By Max Mustermann</p>${`<p>${prose.repeat(3)}</p>`.repeat(3)}</article></body></html>`,
      { type: 'html' },
    );
    expect(shown.byline).toBe('Max Mustermann');
  });

  it('a meta author that is no name (a profile address, an institute) yields to the name the markup shows', () => {
    // Far under a long body, where no byline line is looked for: only the markup says it.
    const byline = (head: string, name = 'von Jane Roe, ') =>
      cleanArticle(
        `<!doctype html><html lang="de"><head><title>Budget approved</title>${head}</head><body><article><h1>Budget approved</h1>` +
          `${`<p>${prose.repeat(3)}</p>`.repeat(8)}</article><footer>${'<p><a href="/a">Archiv</a></p>'.repeat(10)}` +
          `<span class="byline">${name}</span></footer></body></html>`,
        { type: 'html' },
      ).byline;
    expect(byline('<meta property="article:author" content="https://social.example/profile?id=janeroe">')).toBe(
      'Jane Roe',
    );
    expect(byline('<meta name="author" content="Institut für Wald und Forst - IWF">')).toBe('Jane Roe');
    expect(byline('<meta name="author" content="John Doe">')).toBe('John Doe');
    // Against a profile address, a first name alone; against a name, nothing changes.
    const profile = '<meta property="article:author" content="https://social.example/janeroe">';
    expect(byline(profile, 'Jane')).toBe('Jane');
    expect(byline('<meta name="author" content="Institut für Wald und Forst - IWF">', 'Jane')).toBe(
      'Institut für Wald und Forst - IWF',
    );
  });
});
