/** Public types of Saar's extraction core. Pure data: no DOM nodes leak out of a result. */

/**
 * What extraction cleans a page as: an 'article' (teaser cards, link lists and comments go),
 * 'other' (a listing, collection or product page: its cards and link lists are the content) or a
 * 'forum' (a page that declares itself a discussion thread or Q&A: its replies are content).
 */
export type PageKind = 'article' | 'other' | 'forum';

export interface DetectResult {
  isArticle: boolean;
  /** How extraction should clean the page (see PageKind); pass it on as `ExtractOptions.pageKind`. */
  pageKind: PageKind;
  /** 0..1, higher is more article-like. */
  score: number;
  /** Human-readable reasons, shown to users in the popup. */
  reasons: string[];
}

export interface LeadImage {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export type SummarySource = 'page' | 'meta' | 'generated';

export interface Summary {
  text: string;
  source: SummarySource;
}

/** One thing a cleaning pass dropped, recorded only in debug mode. */
export interface Removal {
  pass: string;
  /** A short CSS-like path of the removed element, e.g. `div.ad-slot > span`. */
  path: string;
  reason: string;
  /** The first characters of the removed text, to see what was lost. */
  text?: string;
}

export interface ExtractOptions {
  url?: string;
  /** Record every removal with its reason in `result.removed`. */
  debug?: boolean;
  /** Skip the generated summary (benchmarks that only score the body). */
  summarize?: boolean;
  /** Element budget; larger documents are degraded gracefully (see README). */
  maxElements?: number;
  /**
   * What `detectArticle` already said about this page (its `pageKind`; the content script has it).
   * When absent, extraction runs detection itself.
   */
  pageKind?: PageKind;
}

export interface ExtractResult {
  url: string;
  title: string;
  byline: string;
  /** Desk/agency names the page separates from people ("टेक डेस्क, अमर उजाला"). */
  desk: string;
  published: string | null;
  modified: string | null;
  siteName: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  leadImage: LeadImage | null;
  summary: Summary | null;
  /** The body, sanitized with DOMPurify. */
  contentHtml: string;
  /** The body as plain text, one newline between blocks. */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  /** Which extraction attempt won (see the retry order in extract-article.ts). */
  attempt: string;
  /** Notes on degraded work (e.g. the element budget was hit). */
  warnings: string[];
  removed?: Removal[];
}
