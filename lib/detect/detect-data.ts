/**
 * Data lists for article detection, kept apart from the logic. All signals are general: page
 * types from schema.org / Open Graph, URL shapes and shop words, never a site or domain.
 */

/** schema.org types of a single readable document. */
export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle',
  'techarticle', 'scholarlyarticle', 'liveblogposting', 'report', 'socialmediaposting',
  'medicalscholarlyarticle', 'satiricalarticle', 'advertisercontentarticle', 'apireference',
  'howto', 'recipe', 'posting', 'blog',
]);

/** schema.org types of pages that list other pages. */
export const LISTING_TYPES = new Set([
  'collectionpage', 'searchresultspage', 'itemlist', 'profilepage', 'mediagallery',
  'imagegallery', 'videogallery', 'offercatalog',
]);

/** schema.org types of shop pages. */
export const PRODUCT_TYPES = new Set([
  'product', 'offer', 'aggregateoffer', 'productgroup', 'individualproduct', 'productmodel',
  'vehicle', 'car', 'book', 'softwareapplication', 'mobileapplication', 'hotel', 'lodgingbusiness',
]);

/**
 * Discussion pages (a judgement call for a reader view). Not a bare `Question`: FAQ blocks on
 * articles and service pages declare those too.
 */
export const FORUM_TYPES = new Set(['discussionforumposting', 'qapage']);

/** Path segments naming a listing: a tag, a category, an author's archive, a search. */
export const LISTING_SEGMENTS = new Set([
  'tag', 'tags', 'category', 'categories', 'topic', 'topics', 'section', 'sections', 'archive',
  'archives', 'author', 'authors', 'search', 'page', 'collections', 'collection', 'shop',
  'products', 'catalog', 'catalogue', 'browse', 'listing', 'listings', 'results', 'index',
  'latest', 'videos', 'photos', 'gallery', 'galleries', 'photo-gallery', 'web-stories',
]);

/** Path segments naming a shop item. */
export const PRODUCT_SEGMENTS = new Set(['product', 'products', 'p', 'dp', 'item', 'sku', 'buy', 'shop', 'store']);

/** Query parameters of a search results page. */
export const SEARCH_PARAMS = ['q', 'query', 's', 'search', 'keyword', 'keywords', 'k', 'term'];

/** Buy-button wording, several languages. */
export const CART_PHRASES = /\b(add to (cart|bag|basket|trolley)|buy (it )?now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|kaufen|acheter)\b|कार्ट में (जोड़ें|डालें)|अभी खरीदें|カートに入れる|加入购物车|أضف إلى السلة/i;

/** A price: currency sign or code next to a number. */
export const PRICE_RE = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|INR|Rs\.?))\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥₹]|\b(?:USD|EUR|GBP|INR))/g;

/** Elements whose text a reader never sees. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'OPTION', 'TEXTAREA', 'HEAD']);

/** Elements that start a block of text (text nodes are charged to the nearest one). */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'TD', 'TH', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'DD', 'DT', 'FIGCAPTION', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FORM',
  'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY', 'BODY', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER',
]);
