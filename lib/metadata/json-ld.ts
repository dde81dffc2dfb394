/** JSON-LD reading: tolerant parsing, @graph flattening, @id references, schema.org types. */

export type JsonLdNode = Record<string, unknown>;

const CACHE = new WeakMap<Document, JsonLdNode[]>();
/** Larger scripts are data dumps, not page metadata. */
const MAX_SCRIPT_CHARS = 2_000_000;

/** Article-like schema.org types, best first. */
export const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'AskPublicNewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting', 'TechArticle',
  'ScholarlyArticle', 'MedicalScholarlyArticle', 'SatiricalArticle', 'Report', 'SocialMediaPosting',
  'DiscussionForumPosting', 'AdvertiserContentArticle', 'Posting',
];
/** Page types that may carry the article's data when there is no Article node. */
export const PAGE_TYPES: readonly string[] = ['WebPage', 'ItemPage', 'MedicalWebPage', 'AboutPage', 'ProfilePage'];

/**
 * Every JSON-LD node of the document: top-level objects, array items and `@graph` members,
 * parsed tolerantly (HTML comments, CDATA, raw newlines, trailing commas, concatenated objects).
 * Malformed scripts are skipped; this never throws. Cached per document.
 */
export function readJsonLd(doc: Document, scripts?: Iterable<Element>): JsonLdNode[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const nodes: JsonLdNode[] = [];
  // All scripts + a type check: case-insensitive attribute selectors are slow in jsdom. Callers
  // that already walked the page pass the JSON-LD scripts they found.
  for (const script of scripts ?? doc.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    collect(parseJsonLdText(text), nodes, 0);
  }
  CACHE.set(doc, nodes);
  return nodes;
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node['@graph'] !== undefined) collect(node['@graph'], out, depth + 1);
  if (node['@type'] !== undefined || node['@id'] !== undefined) out.push(node);
}

/** JSON.parse with the repairs real pages need; null when it still fails. */
export function parseJsonLdText(raw: string): unknown {
  let text = raw
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim()
    .replace(/;+$/, '');
  const attempt = (s: string): unknown => {
    try {
      return JSON.parse(s);
    } catch {
      return undefined;
    }
  };
  let parsed = attempt(text);
  if (parsed !== undefined) return parsed;
  // Raw control characters (newlines inside strings) are invalid JSON; between tokens they are spaces.
  text = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  parsed = attempt(text);
  if (parsed !== undefined) return parsed;
  // Several objects in one script: {…}{…}
  parsed = attempt(`[${text.replace(/}\s*{/g, '},{')}]`);
  return parsed === undefined ? null : parsed;
}

/** The node's types without the schema.org prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

export function hasType(node: JsonLdNode, types: readonly string[]): boolean {
  return typesOf(node).some((t) => types.includes(t));
}

const isNode = (v: unknown): v is JsonLdNode => !!v && typeof v === 'object' && !Array.isArray(v);

/** Follows `{"@id": "…"}` references to the full node in the document. */
export function resolve(value: unknown, nodes: JsonLdNode[]): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    const id = value['@id'];
    return nodes.find((n) => n !== value && n['@id'] === id && Object.keys(n).length > 2) ?? value;
  }
  return value;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™',
};

/** Decodes the HTML entities JSON-LD strings often carry ("Maria &amp; Katerina"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** A plain string from a string, a number, `{"@value"}` or the first of an array. */
export function textOf(value: unknown, depth = 0): string {
  if (typeof value === 'string') return decodeEntities(value).trim();
  if (typeof value === 'number') return String(value);
  // Bounded: page JSON can nest arrays thousands deep to overflow a recursive reader.
  if (depth > 5) return '';
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v, depth + 1);
      if (t) return t;
    }
    return '';
  }
  if (isNode(value) && value['@value'] !== undefined) return textOf(value['@value'], depth + 1);
  return '';
}

/**
 * The page's article node: an article type (also nested as a WebPage's mainEntity), preferring one
 * with a headline and one whose url matches the page; else a WebPage node; else null.
 */
export function findArticleNode(nodes: JsonLdNode[], url = ''): JsonLdNode | null {
  const candidates: JsonLdNode[] = [];
  for (const n of nodes) {
    if (hasType(n, ARTICLE_TYPES)) candidates.push(n);
    for (const key of ['mainEntity', 'mainEntityOfPage']) {
      const inner = resolve(n[key], nodes);
      if (isNode(inner) && hasType(inner, ARTICLE_TYPES) && !candidates.includes(inner)) candidates.push(inner);
    }
  }
  const page = stripUrl(url);
  const score = (n: JsonLdNode): number => {
    let s = 0;
    if (textOf(n.headline) || textOf(n.name)) s += 2;
    if (n.datePublished) s += 1;
    if (n.articleBody) s += 1;
    const own = [n.url, n['@id'], isNode(n.mainEntityOfPage) ? n.mainEntityOfPage['@id'] : n.mainEntityOfPage];
    if (page && own.some((u) => typeof u === 'string' && stripUrl(u) === page)) s += 3;
    const rank = ARTICLE_TYPES.indexOf(typesOf(n).find((t) => ARTICLE_TYPES.includes(t)) ?? '');
    return s - rank / 100;
  };
  if (candidates.length) return candidates.reduce((best, n) => (score(n) > score(best) ? n : best));
  return nodes.find((n) => hasType(n, PAGE_TYPES)) ?? null;
}

function stripUrl(u: string): string {
  return u.replace(/[#?].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(www\.)?/, '');
}

export interface JsonLdPerson {
  name: string;
  /** True for Organization authors (desks, agencies, the publisher). */
  organization: boolean;
}

/** Authors of a node: strings, Person/Organization objects, arrays, @id references. */
export function authorsOf(node: JsonLdNode, nodes: JsonLdNode[]): JsonLdPerson[] {
  const out: JsonLdPerson[] = [];
  const raw = node.author ?? node.creator;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  for (const item of list.slice(0, 10)) {
    const v = resolve(item, nodes);
    if (typeof v === 'string') {
      for (const name of v.split(/\s*(?:,|;|\band\b|&)\s*/)) if (name.trim()) out.push({ name: name.trim(), organization: false });
    } else if (isNode(v)) {
      const name = textOf(v.name) || [textOf(v.givenName), textOf(v.familyName)].filter(Boolean).join(' ');
      if (name) out.push({ name, organization: hasType(v, ['Organization', 'NewsMediaOrganization', 'Corporation']) });
    }
  }
  return out.filter((a) => !/^https?:\/\//i.test(a.name));
}

export interface JsonLdImage {
  url: string;
  caption: string;
  credit: string;
}

/** The first image of a node: a URL string, an ImageObject, or an array of either. */
export function imageOf(node: JsonLdNode, nodes: JsonLdNode[]): JsonLdImage | null {
  const raw = node.image ?? node.thumbnailUrl;
  const first = Array.isArray(raw) ? raw[0] : raw;
  const v = resolve(first, nodes);
  if (typeof v === 'string' && v.trim()) return { url: v.trim(), caption: '', credit: '' };
  if (isNode(v)) {
    const url = textOf(v.url) || textOf(v.contentUrl);
    if (!url) return null;
    const holder = resolve(v.copyrightHolder ?? v.author, nodes);
    const credit = textOf(v.creditText) || (isNode(holder) ? textOf(holder.name) : textOf(holder));
    return { url, caption: textOf(v.caption) || textOf(v.description), credit };
  }
  return null;
}

/** publisher.name, following references. */
export function publisherName(node: JsonLdNode | null, nodes: JsonLdNode[]): string {
  const pub = node ? resolve(node.publisher, nodes) : undefined;
  if (isNode(pub) && textOf(pub.name)) return textOf(pub.name);
  const org = nodes.find((n) => hasType(n, ['NewsMediaOrganization']) && textOf(n.name));
  return org ? textOf(org.name) : '';
}
