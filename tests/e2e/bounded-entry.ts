/**
 * Bundled by esbuild for tests/e2e/bounded.test.ts and run in a Chromium page: builds an
 * oversized page in the live document with the same builders as the jsdom tests, extracts it
 * with Saar's core, and reports what happened.
 */
import { extractArticle } from '../../lib/index';
import { ARTICLE_MARK, fillDeepNesting, fillHugeText, fillManyElements, fingerprint } from '../bounded/page-builders';

const FILL: Record<string, (doc: Document) => void> = {
  'deep-10k': (doc) => fillDeepNesting(doc),
  'elements-200k': (doc) => fillManyElements(doc),
  'text-20mb': (doc) => fillHugeText(doc),
};

export interface BoundedRun {
  ms: number;
  chars: number;
  found: boolean;
  warnings: string[];
  /** The live document's fingerprint is the same after extraction. */
  unchanged: boolean;
  /** Markup that sanitization should have removed is in the output. */
  unsafe: boolean;
  /** The output contains the needle (text that should not be there). */
  hasNeedle: boolean;
  error?: string;
}

function run(kind: string, needle = '', expectText = ARTICLE_MARK): BoundedRun {
  const fill = FILL[kind];
  if (fill) {
    document.body.replaceChildren();
    fill(document);
  }
  const before = fingerprint(document);
  const t0 = performance.now();
  try {
    const r = extractArticle(document, { url: location.href });
    return {
      ms: performance.now() - t0,
      chars: r.textContent.length,
      found: r.textContent.includes(expectText),
      warnings: r.warnings,
      unchanged: fingerprint(document) === before,
      unsafe: /<(?:script|iframe|template|style)\b|\son[a-z]+\s*=/i.test(r.contentHtml),
      hasNeedle: !!needle && r.textContent.includes(needle),
    };
  } catch (e) {
    return { ms: performance.now() - t0, chars: 0, found: false, warnings: [], unchanged: false, unsafe: false, hasNeedle: false, error: String(e) };
  }
}

(globalThis as unknown as { __saarBounded: typeof run }).__saarBounded = run;
