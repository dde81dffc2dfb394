// What a site prints after an article's last paragraph, inside the same box: "Contact us" with a
// form or testimonials, "Still have questions?", "Explore more" / "More from <site>" / "Trending
// stories in travel" with teasers that are not links (the widget pass takes the linked ones).
// The heading names the section; the section runs to the end of the article. Taken only from a
// heading in the last part of the text, so that the same words in the middle of an article, or a
// page that is mostly such sections, stay.
import type { PassContext } from '../passes/pass-context';
import { CLOSING_SECTION_HEADINGS } from '../data/closing-sections';
import { countWords } from '../text/script';

const PASS = 'removeClosingSections';
const HEADING = new RegExp(`^(?:${CLOSING_SECTION_HEADINGS.join('|')})[\\s!?.:\\u200b]*$`, 'i');
/** A heading is a short line. */
const MAX_HEADING_CHARS = 80;
/** The heading and all after it hold at most this share of the article's words. */
const MAX_TAIL_SHARE = 0.3;
/** A link or a button is an action in the text ("contact us" in a sentence's link), not a heading. */
const NOT_HEADINGS = new Set(['a', 'button', 'li', 'td', 'th', 'label', 'option']);

export function removeClosingSections(root: Element, ctx: PassContext): void {
  if (ctx.pageKind !== 'article') return;
  const doc = root.ownerDocument;
  // Text nodes, not elements: the test is one short regular expression per line of text.
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = -1;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = (t.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_HEADING_CHARS || !HEADING.test(text)) continue;
    const line = lineOf(t, root, text);
    if (!line || NOT_HEADINGS.has(line.localName) || isAction(line, text) || ctx.isRemoved(line)) continue;
    if (total < 0) total = countWords(root.textContent ?? '');
    const tail = following(line, root);
    const tailWords = countWords(line.textContent ?? '') + tail.reduce((n, x) => n + countWords(x.textContent ?? ''), 0);
    if (tailWords > MAX_TAIL_SHARE * total || outranked(line, tail)) continue;
    ctx.remove(line, PASS, `closing section "${text}"`);
    for (const x of tail) {
      if (x.nodeType === 1) ctx.remove(x as Element, PASS, `after closing section "${text}"`);
      else if (ctx.mutate) x.parentNode?.removeChild(x);
    }
    return;
  }
}

/**
 * A line that is all link or button (`<p><a class="btn">Talk to an expert</a></p>`): a call to
 * action set in the text, with more text after it, not a heading over the end of the page.
 */
function isAction(line: Element, text: string): boolean {
  for (const a of line.querySelectorAll('a[href], button')) if ((a.textContent ?? '').replace(/\s+/g, ' ').trim() === text) return true;
  return false;
}

/** The outermost element whose whole text is the line (`<h2><span>Contact us</span></h2>` gives the h2). */
function lineOf(t: Node, root: Element, text: string): Element | null {
  let el = t.parentElement;
  // The text node must be the element's whole text: "Contact us" before a link in a sentence is not a line.
  if (!el || el === root || (el.textContent ?? '').replace(/\s+/g, ' ').trim() !== text) return null;
  while (el.parentElement && el.parentElement !== root && (el.parentElement.textContent ?? '').replace(/\s+/g, ' ').trim() === text) el = el.parentElement;
  return el;
}

/** Every node after `el` in document order inside `root`, as the outermost nodes (siblings at each level). */
function following(el: Element, root: Element): Node[] {
  const out: Node[] = [];
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) for (let s = n.nextSibling; s; s = s.nextSibling) out.push(s);
  return out;
}

/**
 * Whether a heading of higher rank, over a paragraph of prose, comes after the closing heading:
 * it was a subsection ('More posts related to Tokyo' as an h3) and the article goes on with its
 * next part (an h2 and its text). A sign-up box's title over one line does not count.
 */
function outranked(line: Element, tail: Node[]): boolean {
  const rank = HEADING_RANK.indexOf(line.localName);
  if (rank <= 0) return false;
  const higher = HEADING_RANK.slice(0, rank);
  const selector = higher.join(',');
  for (const x of tail) {
    if (x.nodeType !== 1) continue;
    const el = x as Element;
    const headings = higher.includes(el.localName) ? [el] : Array.from(el.querySelectorAll(selector));
    if (headings.some(opensPart)) return true;
  }
  return false;
}

/** A paragraph of prose this long right under a heading makes it a part of the article, not a box's title. */
const PART_WORDS = 20;

function opensPart(heading: Element): boolean {
  const next = heading.nextElementSibling;
  return next?.localName === 'p' && countWords(next.textContent ?? '') >= PART_WORDS;
}

/** Heading tags, highest rank first. */
const HEADING_RANK = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
