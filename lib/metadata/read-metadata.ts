import { closestContent, closestWhere, firstDescendantWithAttr } from '../dom/has-tag';
import { metaIndex } from './meta-index';
import type { ExtractResult, LeadImage } from '../types';
import { detectScript, type Script } from '../text/script';
import { findVisibleByline, findVisibleDate, isDeskName } from './byline';
import { isUsefulDescription } from './description';
import { authorsOf, decodeEntities, findArticleNode, imageOf, publisherName, readJsonLd, textOf, typesOf, type JsonLdNode } from './json-ld';
import { findLeadImage } from './lead-image';
import { parseDate } from './parse-date';
import { scanDocument, type DocumentScan } from './scan';
import { pickTitle } from './title';
import { flatKey, LETTER, NUMBER, runsInside } from '../text/char-class';

export { readJsonLd } from './json-ld';

/** What the page says about itself: the result's metadata fields, plus two used along the way. */
export type Metadata = Pick<
  ExtractResult,
  'title' | 'byline' | 'desk' | 'published' | 'modified' | 'siteName' | 'lang' | 'dir' | 'leadImage'
> & {
  /** og/meta description, when not boilerplate. */
  description: string;
  /** JSON-LD articleBody, when the page gives one (used to check the extraction). */
  articleBody: string;
};

/** Languages written right to left. */
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb', 'ks']);
/** The script a declared language is written in, to catch templates that always say lang="en". */
const GUESS_LANG: Partial<Record<Script, string>> = {
  devanagari: 'hi', arabic: 'ar', hebrew: 'he', hangul: 'ko', cyrillic: 'ru', bengali: 'bn', tamil: 'ta', telugu: 'te',
  gujarati: 'gu', gurmukhi: 'pa', kannada: 'kn', malayalam: 'ml', thai: 'th', greek: 'el', odia: 'or',
};

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The headline element: among <h1>s outside navigation that aren't the site's logo, the one that
 * matches a known title, else one inside the article, else the first.
 */
function mainHeading(h1s: Element[], hints: string[], siteName: string, origin: string): Element | null {
  const wanted = hints.map(flatKey).filter((h) => h.length > 5);
  // The non-headline parts of the share titles ("Post | Antoyo's Blog" → "antoyosblog"): the site.
  const siteParts = new Set([flatKey(siteName), ...hints.flatMap((h) => h.split(TITLE_SEPARATOR).slice(1).map(flatKey))].filter((p) => p.length >= 3));
  let first: Element | null = null;
  let inArticle: Element | null = null;
  let n = 0;
  for (const h of h1s) {
    if (++n > 20) break;
    const text = squash(h.textContent);
    const t = flatKey(text);
    if (t.length < 4 || siteParts.has(t) || [...siteParts].some((p) => p.length > 5 && t.startsWith(p) && t.length < p.length + 4)) continue;
    if (closestWhere(h, (e, tag) => tag === 'nav' || tag === 'footer' || tag === 'aside' || e.getAttribute('role') === 'navigation')) continue;
    if (wanted.some((w) => w.includes(t) && t.length > 10) || wanted.some((w) => t.includes(w))) return h;
    // A logo: the heading links to the home page, or sits in the site banner.
    const link = firstDescendantWithAttr(h, 'a', 'href')?.getAttribute('href') ?? '';
    if (link === '/' || (origin && link.replace(/\/$/, '') === origin)) continue;
    const inContent = !!closestContent(h);
    const banner = closestWhere(h, (e, tag) => tag === 'header' || e.getAttribute('role') === 'banner');
    if (banner && !inContent && (banner.parentElement === banner.ownerDocument.body || banner.querySelector('nav'))) continue;
    // Unconfirmed by any title source: only a sentence-like heading counts.
    if (runsInside(text, LETTER | NUMBER).length < (inContent ? 2 : 3)) continue;
    first ??= h;
    if (!inArticle && inContent) inArticle = h;
  }
  return inArticle ?? first;
}

/** Separators between a headline and the site name in share titles (see title.ts). */
const TITLE_SEPARATOR = /\s+(?:[|\-–—»·•~]|::)\s+|\s*\|\s*/u;

/** Text of the first microdata element with this itemprop: content/datetime attribute or its text. */
function microdata(scan: DocumentScan, prop: string): string {
  const el = scan.itemprops.get(prop);
  if (!el) return '';
  if (prop === 'author') {
    const name = el.querySelector('[itemprop~="name"]');
    return squash(name?.getAttribute('content') ?? name?.textContent ?? el.getAttribute('content') ?? el.textContent);
  }
  return squash(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
}

function normalizeLang(raw: string): string {
  const m = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(raw.trim());
  if (!m) return '';
  return m[2] ? `${m[1].toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1].toLowerCase();
}

/** Tags stripped and common entities decoded (JSON-LD articleBody sometimes holds HTML). */
function plainText(s: string): string {
  if (!/[<&]/.test(s)) return s.trim();
  return decodeEntities(s)
    .replace(/<(?:br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function stripBy(s: string): string {
  return squash(s).replace(/^(?:by|written by|posted by|published by)\s*[:：]?\s*/i, '');
}

/** Persons and desks of a comma list of names (meta author, microdata author). */
function splitNames(raw: string, siteName: string): { people: string[]; desks: string[] } {
  const people: string[] = [];
  const desks: string[] = [];
  for (const name of stripBy(raw).split(/\s*(?:,|;|\s&\s|\sand\s)\s*/)) {
    if (!name || /^https?:|www\.|@|\d/.test(name) || name.length > 60) continue;
    (isDeskName(name, siteName) ? desks : people).push(name);
  }
  return { people, desks };
}

/** A date's UTC offset, to give one to a same-page date written without a zone. */
const offsetOf = (d: string | null): string => /[+-]\d\d:\d\d$/.exec(d ?? '')?.[0] ?? '';
const withOffset = (d: string | null, offset: string): string | null =>
  d && offset && /T\d\d:\d\d:\d\d$/.test(d) ? d + offset : d;

/**
 * Reads metadata from the document without changing it: JSON-LD (article node, @graph, authors,
 * publisher), OpenGraph, <meta> (author, article:*, dc.*, parsely-*, sailthru.*), microdata, and
 * the visible byline and date under the headline. `scan`: the page's scanDocument, when the
 * caller shares it with detection.
 */
export function readMetadata(doc: Document, url: string, scan: DocumentScan = scanDocument(doc)): Metadata {
  const meta = metaIndex(scan.metas);
  const m = (...keys: string[]): string => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return '';
  };
  const nodes = readJsonLd(doc, scan.jsonLd);
  const article: JsonLdNode | null = findArticleNode(nodes, url);
  const isArticleNode = !!article && !typesOf(article).some((t) => /Page$/.test(t));
  let host = '';
  try {
    host = new URL(url || doc.URL).hostname;
  } catch {
    /* no URL */
  }

  const website = nodes.find((n) => typesOf(n).includes('WebSite'));
  const siteName =
    m('og:site_name') || publisherName(article, nodes) || textOf(website?.name) || m('application-name', 'al:android:app_name') ||
    host.replace(/^www\./, '');

  const jsonHeadline = article ? textOf(article.headline) || (isArticleNode ? textOf(article.name) : '') : '';
  const og = m('og:title');
  const origin = url ? url.replace(/^(https?:\/\/[^/]+).*$/, '$1') : '';
  const h1 = mainHeading(scan.h1s, [og, jsonHeadline, doc.title], siteName, origin);
  const title = pickTitle({
    og,
    jsonLd: jsonHeadline,
    twitter: m('twitter:title', 'parsely-title', 'sailthru.title', 'dc.title') || microdata(scan, 'headline'),
    document: squash(doc.title),
    h1: squash(h1?.textContent),
    siteName,
    host,
  });

  // People and desks.
  const visible = findVisibleByline(doc, h1, siteName, scan);
  const jsonAuthors = article ? authorsOf(article, nodes) : [];
  const jsonPeople = jsonAuthors.filter((a) => !a.organization && !/\d/.test(a.name) && !isDeskName(a.name, siteName)).map((a) => a.name);
  const jsonDesks = jsonAuthors.filter((a) => a.organization || isDeskName(a.name, siteName)).map((a) => a.name);
  const metaAuthor = m('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator');
  const metaNames = splitNames(/^https?:/.test(metaAuthor) ? '' : metaAuthor, siteName);
  const microNames = splitNames(microdata(scan, 'author'), siteName);
  const byline = visible?.byline || jsonPeople.join(', ') || metaNames.people.join(', ') || microNames.people.join(', ');
  const siteFlat = flatKey(siteName);
  const notSite = (d: string): boolean => flatKey(d) !== siteFlat;
  const desk = visible?.desk || [...jsonDesks, ...metaNames.desks].filter(notSite).join(', ');

  // Dates.
  let published =
    parseDate(textOf(article?.datePublished)) ??
    parseDate(m('article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'article.published', 'cxenseparse:recs:publishtime')) ??
    parseDate(microdata(scan, 'datePublished')) ??
    parseDate(textOf(article?.dateCreated)) ??
    visible?.published ??
    parseDate(scan.time?.getAttribute('datetime')) ??
    null;
  // Only a bare date near the headline is left (blogs without any date markup).
  if (!published && !visible?.modified) published = findVisibleDate(doc, h1);
  let modified =
    parseDate(textOf(article?.dateModified)) ??
    parseDate(m('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'article.updated')) ??
    parseDate(microdata(scan, 'dateModified')) ??
    visible?.modified ??
    null;
  const offset = offsetOf(published) || offsetOf(modified);
  published = withOffset(published, offset);
  modified = withOffset(modified, offset);

  // Language and direction.
  let lang = normalizeLang(
    doc.documentElement.getAttribute('lang') || doc.documentElement.getAttribute('xml:lang') || m('content-language', 'language', 'dc.language') ||
      m('og:locale') || textOf(article?.inLanguage),
  );
  const sample = `${title} ${title} ${m('description', 'og:description')}`;
  const script = detectScript(sample);
  if ((!lang || lang.startsWith('en')) && script !== 'latin' && script !== 'other') {
    // A template that always says "en" (or nothing) on a page in another script.
    if (script === 'cjk') lang = /[\u3040-\u30ff]/.test(sample) ? 'ja' : 'zh';
    else lang = GUESS_LANG[script] ?? lang;
  }
  const dirAttr = (doc.documentElement.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir: 'ltr' | 'rtl' = dirAttr === 'rtl' || (dirAttr !== 'ltr' && RTL_LANGS.has(lang.split('-')[0])) ? 'rtl' : 'ltr';

  // Lead image.
  const jsonImage = article ? imageOf(article, nodes) : null;
  const leadImage = findLeadImage(doc, url || doc.URL, {
    sources: [
      m('og:image:secure_url'), m('og:image'), m('og:image:url'), m('twitter:image'), m('twitter:image:src'), jsonImage?.url ?? '',
      scan.imageSrc,
    ].filter(Boolean),
    alt: m('og:image:alt', 'twitter:image:alt'),
    caption: jsonImage?.caption,
    credit: jsonImage?.credit,
  }, scan.images);

  const description =
    [m('description'), m('og:description'), m('twitter:description'), textOf(article?.description)].map(squash).find((d) => d && isUsefulDescription(d, title)) ??
    '';
  const articleBody = article ? plainText(textOf(article.articleBody)) : '';

  return { title, byline, desk, published, modified, siteName, lang, dir, description, leadImage, articleBody };
}
