// The reader header shows title, byline and lead image; pages often repeat them at the top of the
// body the core extracted. Drop such repeats from the first few blocks only (display-side, our copy).

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
/** Blocks longer than this are prose, never a byline line. */
const MAX_BYLINE_CHARS = 220;
const LOOK_AT = 4;

export function dropLeadingRepeats(body: Element, what: { title: string; people: string[]; leadSrc?: string; caption?: string; credit?: string }): void {
  const title = norm(what.title);
  const people = what.people.map(norm).filter((p) => p.length > 1);
  // Walk the first blocks and stop at the first one that is not a repeat: the body has begun.
  for (let i = 0; i < LOOK_AT; i++) {
    const first = leadingBlock(body);
    if (!first) break;
    const text = norm(first.textContent);
    const isTitle = /^H[1-3]$/.test(first.tagName) && !!title && (text === title || (text.length > 15 && title.startsWith(text)));
    // A byline line names the author and carries a date or starts with the name/"by"; prose ends like a sentence.
    const isByline =
      text.length > 0 &&
      text.length <= MAX_BYLINE_CHARS &&
      !/[.।!?]["')\]]?$/.test(text) &&
      people.some((p) => text.includes(p) && (/\d/.test(text) || text.startsWith(p) || /^by\b/.test(text))) &&
      !first.querySelector('img');
    const img = what.leadSrc ? Array.from(first.querySelectorAll('img')).find((im) => sameImage(im.getAttribute('src'), what.leadSrc!)) : undefined;
    const isLead = !!img && text.length < MAX_BYLINE_CHARS;
    const caption = norm(what.caption);
    const credit = norm(what.credit);
    const isCaption = !!caption && text.length <= MAX_BYLINE_CHARS && text.includes(caption) && (!credit || text.includes(credit)) && !first.querySelector('img');
    if (!isTitle && !isByline && !isLead && !isCaption) break;
    first.remove();
  }
}

/** The first element child, descending through single-child wrappers. */
function leadingBlock(body: Element): Element | null {
  let root: Element = body;
  while (root.children.length === 1 && /^(DIV|SECTION|ARTICLE|MAIN)$/.test(root.firstElementChild!.tagName)) root = root.firstElementChild!;
  return root.firstElementChild;
}

/** Same picture, ignoring the query (sites ask for `?w=1200` in og:image and `?w=674` in the body). */
function sameImage(a: string | null, b: string): boolean {
  if (!a) return false;
  try {
    const x = new URL(a, b);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return a === b;
  }
}
