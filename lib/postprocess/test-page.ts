// Test helper (imported only by tests): a realistic article page with `inner` placed in the
// middle of a long body, parsed like the CLI does (jsdom, a URL, no scripts, no resources).
import { JSDOM } from 'jsdom';
import { extractArticle } from '../index';
import { createPassContext, type PassContext } from '../passes/pass-context';
import type { ExtractResult } from '../types';

export const PAGE_URL = 'https://news.example.org/world/2026/11/28/river-towns-rebuild-after-flood';

const PARAGRAPHS = [
  'The river rose faster than anyone in the valley had seen in forty years, and by the time the sirens sounded the water had already reached the market square and the old stone bridge.',
  'Residents who stayed behind described a long night of carrying furniture upstairs, checking on neighbours and listening to the radio for news of the dam upstream, which held.',
  'Engineers from the regional authority said on Saturday that the embankments built after the last great flood had done their work, but that the town centre remained exposed.',
  'Shopkeepers began clearing mud from their floors as soon as the water receded, and volunteers from nearby villages arrived with shovels, pumps and large pots of soup.',
  'The mayor said the council would ask the national government for emergency funds and would publish a plan for rebuilding the riverside walls before the spring rains.',
  'Farmers downstream lost much of the autumn harvest, and several said they did not yet know whether their insurance would cover the damage to fields and storage barns.',
  'Schools will reopen on Monday in the upper town, while pupils from the lower districts will share classrooms until their buildings have been dried out and inspected.',
  'Historians note that the town has flooded many times since its founding, and that each generation has rebuilt a little higher up the slope, away from the water.',
];

/** HTML of a whole page: navigation, an <article> with a title and paragraphs around `inner`, a footer. */
export function articlePage(inner: string, opts: { head?: string; lang?: string } = {}): string {
  const half = PARAGRAPHS.length / 2;
  const before = PARAGRAPHS.slice(0, half).map((p) => `<p>${p}</p>`).join('\n');
  const after = PARAGRAPHS.slice(half).map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>River towns rebuild after the flood</title>${opts.head ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>River towns rebuild after the flood</h1>
${before}
${inner}
${after}
</article></main>
<footer><p>© 2026 Example News. <a href="/about">About us</a></p></footer></body></html>`;
}

/** Run extractArticle on `html` as parsed by jsdom at `url`; the window is closed afterwards. */
export function extractHtml(html: string, url = PAGE_URL): ExtractResult {
  const dom = new JSDOM(html, { url });
  try {
    return extractArticle(dom.window.document, { url });
  } finally {
    dom.window.close();
  }
}

/** Parse a fragment into an inert document's body, for unit-testing one pass; returns body and ctx. */
export function fragment(html: string, url = PAGE_URL): { root: HTMLElement; ctx: PassContext; dom: JSDOM } {
  const dom = new JSDOM(`<!DOCTYPE html><body><div id="root">${html}</div></body>`, { url });
  const src = dom.window.document.getElementById('root')!;
  // Same shape as the recipe: the pass works on a copy in a document with no URL of its own.
  const inert = dom.window.document.implementation.createHTMLDocument('');
  const root = inert.importNode(src, true) as HTMLElement;
  inert.body.append(root);
  return { root, ctx: createPassContext(url, { mutate: true, debug: true }), dom };
}

/** Parse the sanitized `contentHtml` of a result for assertions. */
export function parseContent(html: string): Document {
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
}
