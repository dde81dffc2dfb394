// OWNER: text/metadata helper. Minimal first version; replace freely keeping the signature.
import type { LeadImage } from '../types';

export interface Metadata {
  title: string;
  byline: string;
  desk: string;
  published: string | null;
  modified: string | null;
  siteName: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** og/meta description, when not boilerplate. */
  description: string;
  leadImage: LeadImage | null;
  /** JSON-LD articleBody, when the page gives one (used to check the extraction). */
  articleBody: string;
}

const meta = (doc: Document, ...keys: string[]): string => {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return '';
};

/** Reads metadata from the document without changing it. */
export function readMetadata(doc: Document, url: string): Metadata {
  const lang = doc.documentElement.getAttribute('lang')?.trim() || meta(doc, 'og:locale').replace('_', '-') || '';
  const dirAttr = (doc.documentElement.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const img = meta(doc, 'og:image', 'twitter:image');
  return {
    title: meta(doc, 'og:title', 'twitter:title') || doc.title.trim(),
    byline: meta(doc, 'author', 'article:author'),
    desk: '',
    published: meta(doc, 'article:published_time') || null,
    modified: meta(doc, 'article:modified_time') || null,
    siteName: meta(doc, 'og:site_name') || (url ? new URL(url).hostname.replace(/^www\./, '') : ''),
    lang,
    dir: dirAttr === 'rtl' || /^(ar|he|fa|ur|ps|sd|yi|dv)\b/i.test(lang) ? 'rtl' : 'ltr',
    description: meta(doc, 'description', 'og:description', 'twitter:description'),
    leadImage: img ? { src: img, alt: '', caption: '', credit: '' } : null,
    articleBody: '',
  };
}
