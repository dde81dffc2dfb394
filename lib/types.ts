/** Public types of Saar's extraction core. Pure data: no DOM nodes leak out of a result. */

export interface DetectResult {
  isArticle: boolean;
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
   * Overrides the page kind: true cleans the page as an article, false as a listing (cards and
   * link lists kept). When absent, extraction reads the page kind itself, which also recognizes a
   * discussion thread (its replies kept): callers with only a yes/no from `detectArticle` should
   * leave this out.
   */
  isArticle?: boolean;
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
