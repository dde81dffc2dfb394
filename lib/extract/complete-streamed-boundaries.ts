// Server-rendered React pages (Next.js, Remix…) stream slow parts of the page after the layout:
// each arrives as a `<div hidden id="S:n">` at the end of <body>, and a small inline script moves it
// into its place, a `<template id="B:n">` (a suspense boundary, followed by a loading skeleton up to
// a `<!--/$-->` comment) or a `<template id="P:n">` (a placeholder segment). With scripts off (a
// saved page, the CLI, the benchmark) nothing moves: the article sits hidden after the footer and
// skeletons stand where it belongs. This step does what those scripts do, on a copy of the document.
// On a live page the scripts have run and there is nothing to do: the check reads only <body>'s
// direct children.

/** `$RC("B:0","S:0")` (complete a boundary) and `$RS("S:1","P:1")` (fill a placeholder) calls. */
const RUNTIME_CALL = /\$R([CS])\(\s*["']([A-Z]:[0-9a-z]+)["']\s*,\s*["']([A-Z]:[0-9a-z]+)["']/gi;
/** Text of inline scripts read for those calls: the runtime is tiny, page data is not. */
const MAX_SCRIPT_CHARS = 100_000;

import { STREAMED_SEGMENT_ID } from '../data/scoring-patterns';

/** Segments waiting at the end of <body>, in document order. */
function pendingSegments(doc: Document): Element[] {
  const out: Element[] = [];
  const body = doc.body;
  if (!body) return out;
  for (let el = body.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'div' && el.hasAttribute('hidden') && STREAMED_SEGMENT_ID.test(el.id)) out.push(el);
  }
  return out;
}

/**
 * A copy of `doc` with its streamed segments moved where the page's scripts would have put them,
 * or null when there are none (the usual case: `doc` is then used as it is). `doc` never changes.
 */
export function completeStreamedBoundaries(doc: Document): Document | null {
  if (!pendingSegments(doc).length) return null;
  const copy = doc.cloneNode(true) as Document;
  const segments = pendingSegments(copy);
  // Where each segment goes: as the page's own calls say, else the boundary or placeholder of the
  // same number (pages saved without their scripts).
  const target = new Map<string, string>();
  for (const script of Array.from(copy.getElementsByTagName('script'))) {
    const text = script.textContent ?? '';
    if (!text.includes('$R') || text.length > MAX_SCRIPT_CHARS) continue;
    for (const m of text.matchAll(RUNTIME_CALL)) {
      const [segment, place] = m[1].toUpperCase() === 'C' ? [m[3], m[2]] : [m[2], m[3]];
      if (!target.has(segment)) target.set(segment, place);
    }
  }
  for (const segment of segments) {
    const n = segment.id.slice(2);
    const placeId = target.get(segment.id) ?? (copy.getElementById(`B:${n}`) ? `B:${n}` : `P:${n}`);
    const place = copy.getElementById(placeId);
    if (!place?.parentNode || segment.contains(place)) continue;
    if (placeId.startsWith('B:')) completeBoundary(place, segment);
    else fillPlaceholder(place, segment);
  }
  return copy;
}

/** `$RS`: the segment's content replaces the placeholder. */
function fillPlaceholder(place: Element, segment: Element): void {
  const parent = place.parentNode!;
  segment.remove();
  while (segment.firstChild) parent.insertBefore(segment.firstChild, place);
  place.remove();
}

/**
 * `$RC`: the boundary's fallback (everything from its template up to the matching `<!--/$-->`,
 * nested boundaries counted) gives way to the segment's content. A page saved without its
 * comments has no end marker: then only the template is replaced (the runtime would clear the
 * rest of the parent, which holds other boundaries and real content).
 */
function completeBoundary(template: Element, segment: Element): void {
  const parent = template.parentNode!;
  segment.remove();
  let end: ChildNode | null = null;
  let depth = 0;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) {
        end = node;
        break;
      }
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  const stop = end ?? template.nextSibling;
  for (let node: ChildNode | null = template; node && node !== stop; ) {
    const next: ChildNode | null = node.nextSibling;
    parent.removeChild(node);
    node = next;
  }
  while (segment.firstChild) parent.insertBefore(segment.firstChild, stop);
}
