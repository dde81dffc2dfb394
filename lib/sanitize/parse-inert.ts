// Parse an HTML string (e.g. the raw text of a <noscript> in a scripting browser) into a document
// that has no browsing context: nothing in it loads or runs. Its nodes must still be sanitized
// before they are shown; callers copy only what they need (an <img>, a <math>) out of it.

/** The DOMParser of the page's realm, when there is one. */
function findDomParser(doc: Document): (new () => DOMParser) | null {
  const fromView = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser;
  if (fromView) return fromView;
  const fromGlobal = (globalThis as { DOMParser?: new () => DOMParser }).DOMParser;
  return fromGlobal ?? null;
}

export function parseInertHtml(html: string, ownerDoc: Document): Document {
  const Parser = findDomParser(ownerDoc);
  if (Parser) return new Parser().parseFromString(html, 'text/html');
  // No DOMParser in this realm (a detached document in Node): a document made by
  // createHTMLDocument is just as inert (no window, no scripting, no fetching).
  const doc = ownerDoc.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc;
}
