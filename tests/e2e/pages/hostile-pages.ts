// Pages for the in-browser hostile run (hostile.test.ts): each vector of tests/hostile/vectors.ts,
// alone in a news article, served by the e2e server at /hostile/<id>/. Every "attacker" URL of a
// vector is rewritten to /canary/<id>/… on the same server, so the server can count what was asked.
import type { Route } from '../server';
import { VECTORS } from '../../hostile/vectors';

export interface HostilePage {
  id: string;
  name: string;
  /** The vector's markup with attacker hosts still as written (rewritten when served). */
  html: string;
}

/**
 * Attacks on the reader view itself rather than on the sanitizer: page CSS aimed at the host
 * element or at <html> (the host's parent), and page overlays at the highest z-index.
 */
const PAGE_ATTACKS: Array<{ name: string; html: string }> = [
  {
    name: 'page CSS aimed at the reader host',
    html: `<style>saar-reader, html > :last-child { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: translateX(-100%) !important; clip-path: inset(50%) !important; pointer-events: none !important; width: 10px !important; position: static !important; }
saar-reader * { color: transparent !important; } :host { display: none !important; }</style>`,
  },
  { name: 'page overlay at the highest z-index', html: '<div style="position:fixed;inset:0;z-index:2147483647;background:rgba(200,0,0,.5)">Fake login</div>' },
  { name: 'page CSS on <html>: zoom and transform', html: '<style>html { zoom: 0.5; transform: translateX(40px); }</style>' },
  {
    name: 'page CSS with !important on :root: filter, clip, containment',
    html: '<style>:root:root { filter: opacity(0.2) !important; clip-path: inset(0 60% 0 0) !important; contain: paint !important; will-change: transform !important; }</style>',
  },
  { name: 'page CSS hides the body', html: '<style>body { display: none !important; } html { overflow: scroll !important; }</style>' },
];

export const HOSTILE_PAGES: HostilePage[] = [
  ...VECTORS.map((v, i) => ({ id: `v${String(i + 1).padStart(2, '0')}`, name: v.name, html: v.html })),
  ...PAGE_ATTACKS.map((v, i) => ({ id: `p${String(i + 1).padStart(2, '0')}`, name: v.name, html: v.html })),
];

/** Hosts the vectors use for "somewhere else". */
const ATTACKER_HOSTS = /https?:\/\/(?:evil\.example|example\.com)\//g;

const PARAGRAPHS = [
  'The harbour authority said on Tuesday that the new breakwater had survived its first winter of storms without damage, a result engineers had not dared to promise when work began.',
  'Fishing crews who had opposed the project, fearing it would change the currents near the old moorings, said their catches had been no worse than in previous years.',
  'The council will now decide whether to extend the wall northwards, which would protect the ferry terminal and the warehouses along the eastern quay from the worst of the swell.',
  'Residents of the lower town, whose streets flooded twice in the decade before the wall was built, asked that the decision be made before the next storm season begins.',
  'A report on the cost of the extension is due in the spring, and the authority has promised to hold public meetings in each district of the town before it is adopted.',
  'Historians point out that the harbour has been rebuilt four times since the eighteenth century, each time a little further out to sea and each time at far greater cost.',
];

/** The whole page for one vector: a lead image (relative URL, so a hostile <base> moves it), the story with the vector in the middle. */
export function hostilePageHtml(page: HostilePage, origin: string): string {
  const canary = `${origin}/canary/${page.id}/`;
  const vector = page.html.replace(ATTACKER_HOSTS, canary);
  const half = PARAGRAPHS.length / 2;
  const ps = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour wall holds through the winter storms (${page.id})</title>
<meta name="author" content="Test Reporter">
</head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article>
<h1>Harbour wall holds through the winter storms (${page.id})</h1>
<figure><img src="lead.jpg" width="640" height="360" alt="The breakwater at dawn"><figcaption>The breakwater at dawn.</figcaption></figure>
${ps(PARAGRAPHS.slice(0, half))}
<p>Before the vector.</p>
${vector}
<p>After the vector.</p>
${ps(PARAGRAPHS.slice(half))}
</article></main>
<footer><p>Harbour News</p></footer>
</body></html>`;
}

/**
 * /hostile/<id>/ → the page; /canary/… → 204 (a canary is only counted; a meta refresh or a
 * navigation to it goes nowhere, so the page under test stays put). Images under /hostile/<id>/
 * fall through to the server's placeholder image.
 */
export const hostileRoute: Route = (url, origin) => {
  if (url.pathname.startsWith('/canary/')) return { status: 204, type: 'text/plain', body: '' };
  const m = url.pathname.match(/^\/hostile\/([vp]\d+)\/$/);
  const page = m && HOSTILE_PAGES.find((p) => p.id === m[1]);
  return page ? { type: 'text/html; charset=utf-8', body: hostilePageHtml(page, origin) } : null;
};
