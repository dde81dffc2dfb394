import type { ExtractOptions, ExtractResult } from '../types';
import { extractArticleSteps, type ExtractStep } from './extract-article';

export interface AsyncExtractHooks {
  /** Told each finished phase, with the milliseconds spent so far. */
  onProgress?: (step: ExtractStep, elapsedMs: number) => void;
  /** How to give the event loop a turn; a macrotask by default, so input and paint get in. */
  yieldTo?: () => Promise<void>;
  /** Yield only once this much time has passed since the last turn; small pages never pause. */
  sliceMs?: number;
  now?: () => number;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `extractArticle` for a browser tab: the same recipe, but between phases it gives the event loop
 * a turn whenever the current slice has run longer than `sliceMs`, so a huge page does not freeze
 * the tab and a progress indicator can paint. The result is identical to `extractArticle`'s.
 */
export async function extractArticleAsync(
  doc: Document,
  options: ExtractOptions = {},
  hooks: AsyncExtractHooks = {},
): Promise<ExtractResult> {
  const now = hooks.now ?? (() => performance.now());
  const yieldTo = hooks.yieldTo ?? macrotask;
  const sliceMs = hooks.sliceMs ?? 40;
  const start = now();
  let sliceStart = start;
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const at = now();
    hooks.onProgress?.(next.value, at - start);
    if (at - sliceStart >= sliceMs) {
      await yieldTo();
      sliceStart = now();
    }
  }
}
