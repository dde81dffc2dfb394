import { useEffect, useRef } from 'preact/hooks';
import type { ExtractResult } from '../lib/types';
import { insertSanitizedHtml } from '../utils/insert-html';
import { safeImageUrl } from '../utils/format';
import { dropLeadingRepeats } from '../utils/drop-leading-repeats';

/** The article body: the core's sanitized HTML, inserted through the one helper. */
export function ArticleBody({ result }: { result: ExtractResult }) {
  const ref = useRef<HTMLDivElement>(null);
  const leadSrc = safeImageUrl(result.leadImage?.src, result.url);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    insertSanitizedHtml(el, result.contentHtml);
    // The header above already shows these; the page repeated them at the top of its body.
    dropLeadingRepeats(el, { title: result.title, people: [result.byline, result.desk], leadSrc, caption: result.leadImage?.caption, credit: result.leadImage?.credit });
    // Pictures that cannot load (blocked, offline) are hidden instead of showing a broken box; captions stay.
    const hideBroken = (e: Event) => ((e.target as HTMLElement).hidden = true);
    // Listeners go on right after insertion; load errors are reported asynchronously, so none is missed.
    for (const img of Array.from(el.querySelectorAll('img'))) img.addEventListener('error', hideBroken, { once: true });
  }, [result, leadSrc]);
  return <div class="saar-body" ref={ref} />;
}
