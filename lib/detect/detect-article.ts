import type { DetectResult } from '../types';
import type { DocumentScan } from '../metadata/scan';
import { collectSignals, type DetectCollector, type DetectSignals } from './detect-signals';

/**
 * Cheap "is this an article" check, safe to run on every page load: one bounded read-only walk
 * (no cloning, no candidate scoring), then a logistic score over general signals.
 */
export function detectArticle(doc: Document, url = '', scan?: DocumentScan, collected?: DetectCollector): DetectResult {
  const signals = collectSignals(doc, url, scan, collected);
  const scored = scoreSignals(signals);
  // A page that declares a discussion thread is a forum whatever its score (forum software often
  // nests the thread item inside a WebPage item, which the score reads as the page's type).
  // Product pages stay 'other': treating them as articles lost more on collections than it gained.
  const pageKind = signals.declaredForum || signals.threadItem ? 'forum' : scored.isArticle ? 'article' : 'other';
  return { ...scored, pageKind };
}

/**
 * Weights of the evidence, in log-odds. They were fitted as a logistic regression on page types
 * of a public benchmark (WCXB dev: article/documentation against listing/collection/product),
 * then rounded; every input is a general signal (text shape, declared type, URL shape, shop
 * words), none names a site.
 */
export const DETECT_WEIGHTS = {
  bias: 0,
  /** Per unit of ln(1 + words) of running text under the best container, centred on ~150 words. */
  mainWords: 1.0,
  mainWordsCentre: 5,
  /** One huge block with nothing around it is more often an SEO blob than an article body. */
  longestBlock: -0.5,
  longestBlockCentre: 4.5,
  /** Share of the body's text that is the main container's running text. */
  mainShare: 1.0,
  /** Per unit of ln(1 + code blocks): documentation and technical posts. */
  code: 1.3,
  codeMax: 2.5,
  declaredArticle: 1.5,
  declaredProduct: -3.5,
  declaredProductAndArticle: -0.5,
  declaredListing: -1.25,
  publishedTime: 1.0,
  byline: 0.8,
  /** An <h1> of 1–3 words names a section, shop or product; one of 6+ words is a headline. */
  h1Short: -1.5,
  h1Long: 1.0,
  /** Per unit of link density (link text / all text). */
  linkDensity: -2.5,
  /** Per unit of ln(1 + prices). */
  prices: -0.45,
  /** Per unit of ln(1 + images), centred on ~15 images. */
  images: -0.5,
  imagesCentre: 2.8,
  cartButton: -2.5,
  priceMarkup: -1.4,
  teasers: -1.5,
  urlHome: -2,
  urlSearch: -3,
  urlListing: -1.5,
  urlProduct: -2.4,
  urlDate: 2,
  urlSlug: 1.6,
  urlNumericId: -0.8,
};

/** Evidence → score 0..1 and the reasons, strongest first. */
export function scoreSignals(s: DetectSignals, w = DETECT_WEIGHTS): Omit<DetectResult, 'pageKind'> {
  const ev: Array<[number, string]> = [];
  const add = (c: number, why: string) => {
    if (c !== 0) ev.push([c, why]);
  };

  const main = s.mainWords;
  const mainC = w.mainWords * (Math.log1p(main) - w.mainWordsCentre);
  add(
    mainC,
    main >= 150
      ? `${s.mainBlocks} text block${s.mainBlocks === 1 ? '' : 's'} of ${main} words together`
      : `little running text (${main} words together)`,
  );
  if (s.longestBlock) {
    const c = w.longestBlock * (Math.log1p(s.longestBlock) - w.longestBlockCentre);
    add(c, c < 0 ? `one very long text block (${s.longestBlock} words): often filler text` : `longest text block ${s.longestBlock} words`);
  }
  // Words → characters at ~6 per word; CJK counts characters as words, so its share is generous.
  const share = Math.min(1, (main * 6) / Math.max(1, s.bodyChars));
  add(w.mainShare * share, `the main text is ${Math.round(share * 100)}% of the page`);
  if (s.codeBlocks) add(Math.min(w.codeMax, w.code * Math.log1p(s.codeBlocks)), `${s.codeBlocks} code blocks`);

  const declared = s.ldTypes.concat(s.ogType ? [`og:${s.ogType}`] : []).join(', ');
  if (s.declaredArticle) add(w.declaredArticle, `declared an article (${declared})`);
  if (s.declaredProduct) {
    add(s.declaredArticle ? w.declaredProductAndArticle : w.declaredProduct, `declared a product (${declared})`);
  }
  if (s.declaredListing && !s.declaredArticle) add(w.declaredListing, `declared a collection or listing (${declared})`);
  if (s.hasPublishedTime) add(w.publishedTime, 'has a publication date');
  if (s.byline) add(w.byline, 'has a byline');
  if (s.h1Words >= 0 && s.h1Words <= 3) add(w.h1Short, `short <h1> (${s.h1Words} words): a section or product name`);
  else if (s.h1Words >= 6) add(w.h1Long, `headline-like <h1> (${s.h1Words} words)`);

  const density = s.bodyChars ? s.linkChars / s.bodyChars : 0;
  add(
    w.linkDensity * density,
    density > 0.5 ? `link density ${density.toFixed(2)}: mostly links` : `link density ${density.toFixed(2)}`,
  );
  if (s.teasers >= 5 && s.teaserWords > main) {
    add(w.teasers, `many short link items (${s.teasers} teasers under headlines): looks like a listing`);
  }
  if (s.prices) add(w.prices * Math.log1p(s.prices), `${s.prices} prices on the page`);
  const imagesC = w.images * (Math.log1p(s.images) - w.imagesCentre);
  add(imagesC, imagesC > 0 ? `few images (${s.images})` : `many images (${s.images}): a gallery or shop`);
  if (s.cartButton) add(w.cartButton, '"Add to cart" button');
  if (s.priceMarkup) add(w.priceMarkup, 'price markup');

  if (s.urlHome) add(w.urlHome, 'URL is a site home page');
  if (s.urlSearch) add(w.urlSearch, 'URL is a search');
  if (s.urlListing) add(w.urlListing, `URL has /${s.urlListing}/: a listing`);
  if (s.urlProduct) add(w.urlProduct, 'URL looks like a product page');
  if (s.urlDate) add(w.urlDate, 'date in the URL');
  if (s.urlSlugWords >= 4) add(w.urlSlug, `long slug in the URL (${s.urlSlugWords} words)`);
  if (s.urlNumericId && !s.urlSlugWords) add(w.urlNumericId, 'URL is a bare numeric id');
  if (s.readHidden) ev.push([0, 'page text is hidden until scripts run; read anyway']);

  const sum = ev.reduce((a, [c]) => a + c, w.bias);
  const score = 1 / (1 + Math.exp(-sum));
  const reasons = ev
    .filter(([c], i) => Math.abs(c) >= 0.3 || i === 0 || c === 0)
    .sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]))
    .map(([, why]) => why);
  return { isArticle: score >= 0.5, score: Math.round(score * 1000) / 1000, reasons };
}
