/**
 * The extractors under comparison, each called on the same jsdom-parsed document.
 *
 * Fairness: Saar never changes the document, so it runs on it directly. Readability mutates the
 * document it is given and Defuddle normalizes attributes in place, so each gets its own
 * `doc.cloneNode(true)`. The clone is part of what a caller of those libraries pays (Firefox's
 * reader view clones too), so it is counted INSIDE their time; `cloneMs` reports it apart.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { detectArticle, extractArticle } from '../lib/index';

export type ExtractorName = 'saar' | 'readability' | 'defuddle';
export const EXTRACTOR_NAMES: ExtractorName[] = ['saar', 'readability', 'defuddle'];

export interface ExtractorOutput {
  /** Body HTML as the extractor returns it; scored through the one shared html→text path. */
  html: string;
  /** The extractor's own plain text, when it has one (Readability's textContent). */
  ownText?: string;
  title: string;
  author: string;
  published: string;
  /** Whole call, clone included (ms). */
  ms: number;
  /** Part of `ms` spent cloning the document (ms); 0 for Saar. */
  cloneMs: number;
  error?: string;
}

export interface Extractor {
  name: ExtractorName;
  extract(doc: Document, url: string): ExtractorOutput;
  /** The extractor's "is this an article" check, if it has one. */
  detect?(doc: Document, url: string): boolean;
}

const fail = (e: unknown, ms: number, cloneMs = 0): ExtractorOutput => ({
  html: '',
  title: '',
  author: '',
  published: '',
  ms,
  cloneMs,
  error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
});

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const saar: Extractor = {
  name: 'saar',
  extract(doc, url) {
    const t0 = performance.now();
    try {
      const r = extractArticle(doc, { url, summarize: false });
      const ms = performance.now() - t0;
      // The reader view shows the publisher's own summary box above the body: it is part of what
      // Saar extracts as the article (generated or meta summaries are not scored).
      const lead = r.summary?.source === 'page' ? `<p>${escapeHtml(r.summary.text)}</p>` : '';
      return { html: lead + r.contentHtml, title: r.title, author: r.byline, published: r.published ?? '', ms, cloneMs: 0 };
    } catch (e) {
      return fail(e, performance.now() - t0);
    }
  },
  detect: (doc, url) => detectArticle(doc, url).isArticle,
};

export const readability: Extractor = {
  name: 'readability',
  extract(doc) {
    const t0 = performance.now();
    let cloneMs = 0;
    try {
      const clone = doc.cloneNode(true) as Document;
      cloneMs = performance.now() - t0;
      const r = new Readability(clone).parse();
      const ms = performance.now() - t0;
      return {
        html: r?.content ?? '',
        ownText: r?.textContent ?? '',
        title: r?.title ?? '',
        author: r?.byline ?? '',
        published: r?.publishedTime ?? '',
        ms,
        cloneMs,
      };
    } catch (e) {
      return fail(e, performance.now() - t0, cloneMs);
    }
  },
  detect: (doc) => isProbablyReaderable(doc),
};

export const defuddle: Extractor = {
  name: 'defuddle',
  extract(doc, url) {
    const t0 = performance.now();
    let cloneMs = 0;
    try {
      const clone = doc.cloneNode(true) as Document;
      cloneMs = performance.now() - t0;
      // Synchronous parse: useAsync would let site extractors call third-party APIs.
      const r = new DefuddleClass(clone, { url, useAsync: false }).parse();
      const ms = performance.now() - t0;
      return { html: r.content ?? '', title: r.title ?? '', author: r.author ?? '', published: r.published ?? '', ms, cloneMs };
    } catch (e) {
      return fail(e, performance.now() - t0, cloneMs);
    }
  },
};

export const EXTRACTORS: Record<ExtractorName, Extractor> = { saar, readability, defuddle };
