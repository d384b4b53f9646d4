// What class and id attributes say about an element. Words, not substrings: "ad" must not match
// "head" nor "comment" match "commentary-column"… (the field's substring regexes misfire that way).

/** Class/id words that name page furniture, never article text (comment sections: COMMENT_WORDS
 * below, which read as "comments"). Measured on the corpus: "sidebar",
 * "sharing", "social", "modal" and "ad" also name wrappers of the article ("has-sidebar",
 * "sharing-enabled"), "widget" and "paywall" the article's own text in some CMSs: each cost more
 * article text than it removed. */
const NEGATIVE = new Set([
  'ads',
  'adv',
  'advert',
  'advertisement',
  'advertising',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'consent',
  'legal',
  'disclaimer',
  'caption',
  'recirc',
  'recirculation',
  'partner',
  'partners',
  'affiliate',
  'cta',
  'cookie',
  'cookies',
  'footer',
  'carousel',
  'gdpr',
  'masthead',
  'menu',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'outbrain',
  'pagination',
  'pager',
  'popular',
  'popup',
  'promo',
  'recommended',
  'recommendations',
  'related',
  'share',
  'shoutbox',
  'signup',
  'skyscraper',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'tags',
  'toolbar',
  'trending',
  'mostread',
  'mostpopular',
  'relatedposts',
  'relatedarticles',
]);

/** Class/id words (or compounds) that name the article's body. */
const POSITIVE = new Set([
  'articlebody',
  'article-body',
  'articlecontent',
  'article-content',
  'article-text',
  'articletext',
  'entry-content',
  'entrycontent',
  'post-content',
  'postcontent',
  'post-body',
  'postbody',
  'story-body',
  'storybody',
  'story-content',
  'main-content',
  'maincontent',
  'content-body',
  'body-text',
  'article__body',
  'article__content',
  'hentry',
  'h-entry',
]);

// Comment sections in the languages the bundled phrase files cover (class names follow the site's
// language as often as English).
const COMMENT_WORDS = new Set([
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'comentario',
  'comentarios',
  'commentaire',
  'commentaires',
  'kommentar',
  'kommentare',
  'commento',
  'commenti',
  'komentarz',
  'komentarze',
  'reacties',
  'yorum',
  'yorumlar',
  'kommentarii',
  'komentar',
  'komentare',
  'replies',
  'reply',
  'respuesta',
  'respuestas',
]);

export interface AttributeHints {
  negative: string | null;
  positive: boolean;
  comment: boolean;
}

/** A class and id that say nothing. */
export const NO_ATTRIBUTE_HINTS: AttributeHints = { negative: null, positive: false, comment: false };

/** Reads a lowercased class and id ("class id"); memoised per element in class-id.ts. */
export function readHints(raw: string): AttributeHints {
  let positive = false;
  let negative: string | null = null;
  let comment = false;
  for (const name of raw.split(/\s+/)) {
    if (!name) continue;
    if (POSITIVE.has(name)) positive = true;
    // BEM and utility classes: "c-article__body", "share-tools", "js-comments".
    for (const part of name.split(/[-_:.]+/)) {
      if (COMMENT_WORDS.has(part)) {
        comment = true;
        negative ??= 'comments';
      }
      if (POSITIVE.has(part)) positive = true;
      else if (negative === null && NEGATIVE.has(part)) negative = part;
    }
    for (const part of name.split('__')) if (POSITIVE.has(part)) positive = true;
  }
  return positive || negative || comment ? { negative, positive, comment } : NO_ATTRIBUTE_HINTS;
}

/** ARIA roles and elements that hold page furniture. */
export const LANDMARK_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);
// Not <form>: some frameworks wrap the whole page, article included, in one.
export const LANDMARK_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'dialog', 'menu']);
