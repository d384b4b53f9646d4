// One small page per rule: each test fails if its rule stops naming the line it exists for.
import { describe, expect, it } from 'vitest';
import { copyrightHolder, inferSiteName } from '../../src/classify/site-name.js';
import { bundledBook } from '../../src/data/phrase-book.js';
import { cleanArticle, cleanDetailed, render } from '../../src/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Block } from '../../src/types.js';

const P1 =
  'Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui dure depuis le début du printemps dans le sud du pays.';
const P2 =
  'Les syndicats agricoles ont salué ces annonces, tout en réclamant des aides plus rapides et mieux ciblées pour les exploitations les plus fragiles de la région.';
const P3 =
  "Selon le ministère, les premiers versements devraient intervenir avant la fin du mois, après l'examen des dossiers déposés par les exploitants concernés.";

// Eight paragraphs, over 200 words: enough prose for an end marker or a trailing list to count.
const LONG_ARTICLE = [
  P1,
  P2,
  P3,
  P1.replace('mardi', 'mercredi'),
  P2.replace('salué', 'critiqué'),
  P3.replace('mois', 'trimestre'),
  P1.replace('mardi', 'jeudi'),
  P2.replace('salué', 'commenté'),
];

// A list of teasers after an article: headline, date and one blurb per item.
const TEASER_ITEMS = [
  'Les vendanges commencent plus tôt dans le Bordelais',
  '11 mars 2024',
  "Les viticulteurs s'adaptent à un climat plus chaud et avancent la récolte de plusieurs semaines cette année.",
  'Un nouveau pont pour relier les deux rives de la Garonne',
  '12 mars 2024',
  'Le chantier doit durer trois ans et coûter près de cent millions d’euros selon la métropole et ses partenaires.',
  'La ligne de tramway prolongée jusqu’à l’aéroport',
  '13 mars 2024',
  'Les premiers essais auront lieu à l’automne, avant une mise en service prévue au printemps de l’année prochaine.',
];

function rules(page: string): Map<string, string> {
  return new Map(cleanDetailed(page).blocks.map((b) => [b.text, b.keep ? 'KEPT' : b.rule]));
}

function blocks(lines: string[]): Block[] {
  return lines.map((text, index) => ({ index, text, line: index + 1, gapBefore: false }));
}

describe('rules', () => {
  it('foreign-script: a short Cyrillic line in a French page goes, a foreign name in a sentence stays', () => {
    const withName = `${P2.slice(0, -1)}, a rappelé le quotidien « Коммерсантъ ».`;
    const r = rules([P1, 'Заголовок открываемого материала', withName, P3].join('\n'));
    expect(r.get('Заголовок открываемого материала')).toBe('foreign-script');
    expect(r.get(withName)).toBe('KEPT');
  });

  it('phrase: whole-line labels, glued labels and prompts inside a short line', () => {
    const r = rules(
      [P1, "S'abonner", 'SubscribeSign In', 'Pour participer aux discussions, identifiez-vous', P2, P3].join('\n'),
    );
    expect(r.get("S'abonner")).toBe('phrase:subscribe');
    expect(r.get('SubscribeSign In')).toMatch(/^phrase:/);
    expect(r.get('Pour participer aux discussions, identifiez-vous')).toMatch(/^phrase:(comments|login)$/);
  });

  it('phrase: British "Advert" slots and "Tell us what you think" are labels', () => {
    const en =
      'The council approved the new budget on Monday after a long debate about the school buildings and the roads.';
    const r = rules(
      [en, 'Advert', en.replace('council', 'mayor'), 'Tell us what you think...', en.replace('Monday', 'Friday')].join(
        '\n',
      ),
    );
    expect(r.get('Advert')).toBe('phrase:ads');
    expect(r.get('Tell us what you think...')).toBe('phrase:comments');
  });

  it('server-message: a PHP warning printed into the page goes, a sentence about PHP stays', () => {
    const warning =
      'Warning: Creating default object from empty value in /www/htdocs/w0094d70/wp-includes/classes.php on line 1093';
    const about = 'Le site affichait une erreur dans le fichier index.php, selon les techniciens de la mairie.';
    const r = rules([P1, warning, P2, about, P3].join('\n'));
    expect(r.get(warning)).toBe('server-message');
    expect(r.get(about)).toBe('KEPT');
  });

  it('figures: a credit glued to its caption, and the alt repeating it, become one image', () => {
    const page = [
      'Sécheresse : le gouvernement débloque une aide d’urgence',
      '© AFP / Jean DupontUn champ de maïs asséché près de Toulouse',
      'Un champ de maïs asséché près de Toulouse - Le Courrier du Sud',
      P1,
      P2,
      'Autre article - Le Courrier du Sud',
      P3,
    ].join('\n');
    const { article, blocks: bs } = cleanDetailed(page);
    expect(article.images).toEqual([
      { caption: 'Un champ de maïs asséché près de Toulouse', credit: 'AFP / Jean Dupont' },
    ]);
    expect(bs.find((b) => b.text.startsWith('© AFP'))?.rule).toBe('photo-credit');
    expect(bs.find((b) => b.text.startsWith('Un champ'))?.rule).toBe('image-alt');
  });

  it('figures: a caption ending with "Foto: …"', () => {
    const r = rules([P1, 'Die Brücke in der Kölner Innenstadt. Foto: dpa', P2, P3].join('\n'));
    expect(r.get('Die Brücke in der Kölner Innenstadt. Foto: dpa')).toBe('image-caption');
  });

  it('teaser: an alt ending in the site name and the headline after it', () => {
    const page = [
      P1,
      'Kremlin - Le Courrier du Sud',
      'Avion abattu: la Russie prépare une riposte',
      P2,
      'Photo - Le Courrier du Sud',
      P3,
    ].join('\n');
    const r = rules(page);
    expect(r.get('Kremlin - Le Courrier du Sud')).toBe('teaser');
    expect(r.get('Avion abattu: la Russie prépare une riposte')).toBe('teaser-headline');
  });

  it('teaser: "Lire aussi" with a headline inside the text does not end the article', () => {
    const page = [P1, 'À lire aussi', 'Les agriculteurs manifestent à Paris', P2, P3].join('\n');
    const r = rules(page);
    expect(r.get('À lire aussi')).toBe('teaser');
    expect(r.get(P3)).toBe('KEPT');
  });

  it('end-marker: "Commentaires" after the article ends it', () => {
    // Boilerpipe's rule: the marker ends the article once enough prose (200 words) was read.
    const comment =
      'Jean-Pierre : Enfin une bonne nouvelle pour nos campagnes, il était temps que le gouvernement réagisse.';
    const r = rules([...LONG_ARTICLE, 'Commentaires', comment].join('\n'));
    expect(r.get('Commentaires')).toBe('end-marker');
    expect(r.get(comment)).toBe('outside-article');
  });

  it('comment-thread: comments with the same header shape and a repeated "Répondre" go', () => {
    const comment1 = 'Enfin une bonne nouvelle pour nos campagnes, il était temps que le gouvernement réagisse enfin.';
    const comment2 = "C'est trop peu et trop tard pour beaucoup d'exploitations qui ont déjà mis la clé sous la porte.";
    const page = [
      P1,
      P2,
      P3,
      'Jean-Pierre',
      '12 mars 2024 à 10h05',
      comment1,
      'Répondre',
      'Marie Lefort',
      '12 mars 2024 à 11h20',
      comment2,
      'Répondre',
    ].join('\n');
    const r = rules(page);
    expect(r.get(comment1)).toBe('comment-thread');
    expect(r.get(comment2)).toBe('comment-thread');
    expect(r.get(P3)).toBe('KEPT');
  });

  it('teaser: a "Read more: …" line of links inside the text', () => {
    // ("Lire aussi" alone is already a 'related' prompt; "Read more:" is an end marker with links.)
    const line = 'Read more: Farmers protest in Paris over fuel prices';
    const r = rules([P1, P2, line, P3].join('\n'));
    expect(r.get(line)).toBe('teaser');
    expect(r.get(P3)).toBe('KEPT');
  });

  it('teaser-list: headline, date and one blurb per item after the article', () => {
    const items = TEASER_ITEMS;
    // The article before the list needs 150 words of prose.
    const r = rules([...LONG_ARTICLE, ...items].join('\n'));
    expect(r.get(items[2] ?? '')).toBe('teaser-list');
    expect(r.get(items[8] ?? '')).toBe('teaser-list');
    expect(r.get(P2.replace('salué', 'critiqué'))).toBe('KEPT');
  });

  it('outside-article: weak lines between the article and a teaser list go, as on a second cleaning', () => {
    // The list pulled the region past these lines before the list was cut off; the region's end
    // is settled again after the cut, so cleaning the output again keeps the same paragraphs.
    const weak = ['Marie Dupont est journaliste à Bordeaux', 'Vous aimez nos articles ?', 'Recevez nos articles.'];
    const page = [...LONG_ARTICLE, ...weak, ...TEASER_ITEMS].join('\n');
    const r = rules(page);
    for (const line of weak) expect(r.get(line)).toBe('outside-article');
    const article = cleanArticle(page);
    expect(article.paragraphs).toEqual(LONG_ARTICLE);
    expect(cleanArticle(render(article, 'text')).paragraphs).toEqual(LONG_ARTICLE);
  });

  it('menu-run and duplicate', () => {
    // Invented section names: real menu words are caught earlier, as phrases.
    const r = rules(['Terroirs', 'Vignobles', 'Garonne', 'Pyrénées', P1, P2, P3].join('\n'));
    expect(r.get('Vignobles')).toBe('menu-run');
    expect(cleanDetailed([P1, P2, 'Un champ de maïs', P3, 'Un champ de maïs'].join('\n')).blocks.at(-1)?.rule).toBe(
      'duplicate',
    );
  });

  it('copyright: a footer notice', () => {
    const r = rules([P1, P2, P3, '© 2024 Le Courrier du Sud'].join('\n'));
    expect(r.get('© 2024 Le Courrier du Sud')).toBe('copyright');
  });
});

describe('site name', () => {
  const book = bundledBook(false);
  it('comes from a suffix repeated on several lines', () => {
    expect(inferSiteName(blocks(['A - Le Courrier', 'B - Le Courrier', 'Une phrase.']), book)).toBe('Le Courrier');
  });

  it('else from the copyright holder, shortened to the header line', () => {
    expect(copyrightHolder('© 2024 Diario del Sur. Todos los derechos reservados.', book)).toBe('Diario del Sur');
    expect(
      inferSiteName(
        blocks([
          'Rheinische Rundschau',
          'Text.',
          '© 2024 Rheinische Rundschau GmbH & Co. KG. Alle Rechte vorbehalten.',
        ]),
        book,
      ),
    ).toBe('Rheinische Rundschau');
  });

  it('never from a photo credit', () => {
    expect(copyrightHolder('Le pont au coucher du soleil. © Thomas Lefèvre', book)).toBeNull();
  });
});

describe('title, lead and region', () => {
  it('takes the headline above the body, keeps the standfirst, drops the menu', () => {
    const page = [
      'Accueil',
      'Monde',
      'Sport',
      'Sécheresse : une aide d’urgence pour les agriculteurs',
      "L'État promet des versements rapides aux exploitations touchées par la sécheresse.",
      'Par Marie Dupont',
      '12 mars 2024',
      P1,
      P2,
      P3,
    ].join('\n');
    const { article } = cleanDetailed(page);
    expect(article.title).toBe('Sécheresse : une aide d’urgence pour les agriculteurs');
    expect(article.byline).toBe('Marie Dupont');
    expect(article.published).toBe('2024-03-12');
    expect(article.paragraphs).toEqual([
      "L'État promet des versements rapides aux exploitations touchées par la sécheresse.",
      P1,
      P2,
      P3,
    ]);
  });

  it('returns all the text of a tiny page that has no recognisable body', () => {
    const { article } = cleanDetailed('Lorem ipsum dolor sit amet\nconsectetur adipiscing elit');
    // The first line reads as the title of the text output (the as-written reading that article/reread.ts settle() ends on).
    expect(article.title).toBe('Lorem ipsum dolor sit amet');
    expect(article.paragraphs).toEqual(['consectetur adipiscing elit']);
    const list = cleanDetailed('Test case one\nTest case two\nTest case six').article;
    expect([list.title, list.paragraphs]).toEqual([null, ['Test case one', 'Test case two', 'Test case six']]);
  });

  it('finds no body in a page of labels', () => {
    const { article } = cleanDetailed('Accueil\nMonde\nSport\nS’abonner\n0');
    expect(article.paragraphs).toEqual([]);
    expect(article.title).toBeNull();
  });
});

describe('markdown', () => {
  it('quotes YAML values only when needed and escapes block starts', () => {
    const { article } = cleanDetailed([P1, P2, P3].join('\n'));
    const md = renderMarkdown({
      ...article,
      title: 'Yes: "quoted"',
      paragraphs: ['# not a heading', '- not a list'],
      byline: 'Jane Roe',
    });
    expect(md).toContain('title: "Yes: \\"quoted\\""');
    expect(md).toContain('byline: Jane Roe');
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('\\- not a list');
  });
});
