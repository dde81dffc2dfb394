// The work budget of one extraction. Pages are written by strangers and some are enormous or
// built to hurt (200,000 elements, 10,000 levels of nesting, a 20 MB text node). Past these
// limits extraction does less, never throws, and says what it left out in `result.warnings`.
// The limits are data, not logic: each says why it is where it is. See README, "Limits".

/**
 * Elements under <body> past which the page counts as oversized (`ExtractOptions.maxElements`
 * overrides it). Real news pages have 1,000–15,000; the largest of the 1,678 benchmark pages has
 * about 60,000. Past it only the first, strictest attempt runs (retries would redo every walk up
 * to five times) and the article copy is capped at this many elements too.
 */
export const MAX_ELEMENTS = 100_000;

/**
 * Deepest nesting kept in the article copy. Chromium's HTML parser already stops nesting at 512
 * levels (deeper elements become siblings), so no parsed page loses anything here; trees built by
 * script can be deeper. Deeper content is kept as text of the element at this depth, which bounds
 * every later walk, the sanitizer and the serializers (some of which recurse per level).
 */
export const MAX_DEPTH = 512;

/**
 * Levels a scoring walk climbs from an element towards <body>. Climbs run once per paragraph, so
 * on a deep tree unbounded climbs are quadratic; an article body is never this far above its text.
 */
export const MAX_CLIMB = MAX_DEPTH;

/**
 * Characters of text kept in the article copy (about 300,000 words: a long book). The text of a
 * 20 MB text node would otherwise be sanitized, serialized, counted and summarized whole.
 */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Characters of one text node that scoring and detection read. More says nothing more about where
 * the article is, and each regex would otherwise scan a 20 MB node whole (and allocate its matches).
 */
export const MAX_MEASURED_TEXT = 200_000;

/** What a budget warning is about; each warning string starts with `budget:<code>`. */
export type BudgetCode = 'elements' | 'depth' | 'text';

const WARNINGS: Record<BudgetCode, (limit: number) => string> = {
  elements: (n) => `budget:elements: more than ${n.toLocaleString('en')} elements; one attempt only, and at most that many copied`,
  depth: (n) => `budget:depth: nesting deeper than ${n} levels was flattened into text`,
  text: (n) => `budget:text: text past ${n.toLocaleString('en')} characters was cut`,
};

/** The warning string for a budget that was hit (stable prefix, readable rest). */
export function budgetWarning(code: BudgetCode, limit: number): string {
  return WARNINGS[code](limit);
}

/** Limits of one extraction, from the options and the defaults above. */
export interface Budget {
  maxElements: number;
  maxDepth: number;
  maxTextChars: number;
}

export function budgetFor(options: { maxElements?: number } = {}): Budget {
  const n = options.maxElements;
  return {
    maxElements: n !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : MAX_ELEMENTS,
    maxDepth: MAX_DEPTH,
    maxTextChars: MAX_TEXT_CHARS,
  };
}

/** True when `root` holds more than `limit` elements; stops counting at limit + 1. */
export function exceedsElements(root: Node, limit: number): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  // A TreeWalker: iterative, and it does not build a live collection (slow in jsdom).
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let n = 0;
  while (walker.nextNode()) if (++n > limit) return true;
  return false;
}

/**
 * Records which budgets were hit, once each, in the order they were hit. Copy and extraction
 * steps call `hit`; the result's `warnings` come from `warnings()`.
 */
export class BudgetLog {
  private readonly hits = new Map<BudgetCode, number>();

  hit(code: BudgetCode, limit: number): void {
    if (!this.hits.has(code)) this.hits.set(code, limit);
  }

  has(code: BudgetCode): boolean {
    return this.hits.has(code);
  }

  warnings(): string[] {
    return Array.from(this.hits, ([code, limit]) => budgetWarning(code, limit));
  }
}
