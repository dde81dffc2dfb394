import type { PassContext } from '../passes/pass-context';
import { isSpaceCode } from '../text/non-space';
import { closestContent, closestWhere, hasDescendantTag } from '../dom/has-tag';
import { SUMMARY_ATTRIBUTES, SUMMARY_CLASSES, SUMMARY_LABELS } from '../data/summary-labels';
import { countWords } from '../text/script';
import { toText } from '../text/to-text';
import { alternation } from '../text/escape-regexp';

export interface PageSummary {
  /** The summary text, without its label ("सार"). */
  text: string;
  /** The element to drop from the body: the whole box, label included when one element holds both. */
  el: Element;
  /**
   * Every element to drop (includes `el`). Longer than one when the label and the text are siblings
   * inside a container that also holds the body, so no single element covers just the two.
   */
  parts: Element[];
}

export interface FindPageSummaryOptions {
  /** The article title, to pick the right <h1> when a page has several. */
  title?: string;
  /** What a `SummaryCollector` gathered from a walk of all of `root` (scanDocument's), instead of a walk of its own. */
  scanned?: SummaryScan;
}

/** The candidates one walk of the root gathers: <h1>s, label text nodes, boxes named as summaries. */
export interface SummaryScan {
  h1s: Element[];
  labels: Text[];
  boxes: Element[];
}

/** A summary box is short: more words than this is body text or a listing. */
const MAX_WORDS = 120;
const MIN_WORDS = 5;
/** Characters of visible text allowed between the headline and the box (byline, date, ad labels). */
const MAX_GAP_LABELLED = 1500;
const MAX_GAP_SELECTOR = 600;
/** Without a headline, the box must come this early in the root's text. */
const MAX_OFFSET_WITHOUT_HEADLINE = 2500;
/** Text the label's container may hold beyond the label and the summary (an ad label, a share button). */
const CONTAINER_SLACK = 40;
/** The longest label, in characters: longer text nodes are not tested. */
const MAX_LABEL_CHARS = 40;

const LABELS = new Set(SUMMARY_LABELS.map((l) => l.toLowerCase()));
/** The first two characters of every label: most short texts start otherwise and need no key. */
const LABEL_STARTS = new Set([...LABELS].map((l) => l.slice(0, 2)));
/** One of SUMMARY_CLASSES as a whole token of a lowercased class list (one test, no split). */
const CLASS_TOKEN = new RegExp(`(?:^|\\s)(?:${alternation(SUMMARY_CLASSES)})(?=\\s|$)`);
const SKIP_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template']);

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const labelKey = (s: string): string => squash(s).toLowerCase().replace(/\s*[:：\-–—|]+$/, '');

/**
 * Finds the page's own summary box (the "सार" box, a dek, standfirst, synopsis or highlights list)
 * inside `root`, skipping removed elements. It must sit just after the headline, be short, and not
 * be a teaser of another story. Returns its text and the element(s) to remove from the body.
 */
export function findPageSummary(root: Element, ctx: PassContext, opts: FindPageSummaryOptions = {}): PageSummary | null {
  const { h1s, labels, boxes } = opts.scanned ?? scanSummaryCandidates(root);
  const headline = findHeadline(h1s, ctx, opts.title);
  const labelled = findLabelledBox(labels, root, ctx, headline);
  const bySelector = findBySelector(boxes, root, ctx, headline);
  // Both kinds found: the page's own summary is the one right under the headline; the later box
  // is a second list further down (a "HighLights" box after the lead image).
  if (labelled && bySelector) return precedes(bySelector.el, labelled.el) ? bySelector : labelled;
  return labelled ?? bySelector ?? findSubtitle(headline, ctx);
}

/** `a` starts before `b` in document order and does not contain it. */
function precedes(a: Element, b: Element): boolean {
  return !a.contains(b) && !b.contains(a) && !!(a.compareDocumentPosition(b) & 4 /* FOLLOWING */);
}

const MAX_BOXES = 50;

/**
 * Gathers a SummaryScan node by node, for a walk driven elsewhere (a BodyVisitor of scanDocument,
 * or `scanSummaryCandidates` below): the nodes under the root, in document order.
 */
export class SummaryCollector {
  readonly found: SummaryScan = { h1s: [], labels: [], boxes: [] };

  text(node: Text): void {
    const data = node.data;
    if (data.length > MAX_LABEL_CHARS * 3) return;
    // Most short text nodes are the whitespace between tags or start unlike any label: no key
    // to build for them.
    if (!startsLikeLabel(data)) return;
    const chars = data.trim().length;
    if (chars && chars <= MAX_LABEL_CHARS && LABELS.has(labelKey(data))) this.found.labels.push(node);
  }

  /** `names`: the attribute names when already read (null: it has none); read here otherwise. `cls` likewise. */
  element(el: Element, tag: string, names?: readonly string[] | null, _parent?: Node | null, cls?: string | null): void {
    const { h1s, boxes } = this.found;
    if (tag === 'h1') { h1s.push(el); return; }
    if (boxes.length >= MAX_BOXES) return;
    // One read of the names, then only the attributes the element has (most lookups would miss).
    if (names === undefined) names = el.hasAttributes() ? el.getAttributeNames() : null;
    if (!names) return;
    if (cls === undefined) cls = names.includes('class') ? el.getAttribute('class') : null;
    if (cls && CLASS_TOKEN.test(cls.toLowerCase())) { boxes.push(el); return; }
    for (const [attr, value] of SUMMARY_ATTRIBUTES) {
      if (names.includes(attr) && el.getAttribute(attr) === value && tag !== 'meta') { boxes.push(el); return; }
    }
  }
}

/**
 * One walk over elements and text collecting <h1>s, label text nodes and elements with a summary
 * class or attribute (large selector lists are slow in jsdom; a walk with a Set is not).
 */
export function scanSummaryCandidates(root: Element): SummaryScan {
  const collect = new SummaryCollector();
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) collect.text(node as Text);
    else collect.element(node as Element, (node as Element).localName);
  }
  return collect.found;
}

/** Whether `labelKey(text)` could be a label: its first two characters start one. */
function startsLikeLabel(text: string): boolean {
  // The first non-space character by codes: this runs on most short text nodes of the page.
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i + 1 >= text.length) return false;
  // As labelKey reads them: lowercased, and any white space as one space.
  const second = isSpaceCode(text.charCodeAt(i + 1)) ? ' ' : text[i + 1];
  return LABEL_STARTS.has((text[i] + second).toLowerCase());
}

function findHeadline(h1s: Element[], ctx: PassContext, title = ''): Element | null {
  const want = squash(title).toLowerCase();
  let first: Element | null = null;
  let inArticle: Element | null = null;
  for (const h of h1s) {
    if (ctx.isRemoved(h)) continue;
    const text = squash(h.textContent ?? '').toLowerCase();
    if (!text) continue;
    if (want && text.length > 5 && (want.includes(text) || text.includes(want))) return h;
    first ??= h;
    if (!inArticle && closestContent(h)) inArticle = h;
  }
  return inArticle ?? first;
}

/** A label ("सार", "Key highlights") followed by the summary. */
function findLabelledBox(labels: Text[], root: Element, ctx: PassContext, headline: Element | null): PageSummary | null {
  for (const node of labels) {
    const key = labelKey(node.data);
    let label = node.parentElement;
    if (!label || ctx.isRemoved(label) || closestWhere(label, (_, t) => t === 'a' || t === 'nav' || t === 'button' || t === 'option')) continue;
    // Climb wrappers that hold only the label.
    while (label.parentElement && label.parentElement !== root && labelKey(label.parentElement.textContent ?? '') === key) {
      label = label.parentElement;
    }
    // `<p>Summary: <b>5-1A:</b> text…</p>`: the label's own element holds the summary, and the next
    // paragraph is the body's.
    const found =
      labelKey(label.textContent ?? '') === key
        ? (summaryAfterLabel(label, key, ctx) ?? summaryInsideContainer(label.parentElement, key, root))
        : summaryInsideContainer(label, key, root);
    if (!found) continue;
    if (!isNearHeadline(found.el, headline, root, ctx, MAX_GAP_LABELLED)) continue;
    if (isTeaser(found.el, headline)) continue;
    return found;
  }
  return null;
}

/** `<h2>सार</h2><p>summary…</p>`: the text is in the label's next element sibling(s). */
function summaryAfterLabel(label: Element, key: string, ctx: PassContext): PageSummary | null {
  let content: Element | null = null;
  let skipped = 0;
  for (let sib = label.nextElementSibling; sib && skipped <= 2; sib = sib.nextElementSibling) {
    if (ctx.isRemoved(sib)) continue;
    const text = squash(sib.textContent ?? '');
    if (!text) continue;
    // An ad label or a share button between the label and the text.
    if (countWords(text) < MIN_WORDS) { skipped++; continue; }
    if (LABELS.has(labelKey(text))) return null;
    content = sib;
    break;
  }
  if (!content) return null;
  const text = cleanText(toText(content));
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  const container = label.parentElement;
  if (container && container.contains(content)) {
    const containerText = squash(container.textContent ?? '');
    if (containerText.length <= key.length + squash(content.textContent ?? '').length + CONTAINER_SLACK) {
      return { text, el: container, parts: [container] };
    }
  }
  return { text, el: content, parts: [label, content] };
}

/** `<p><b>सार:</b> summary…</p>`: the label starts the element holding the text. */
function summaryInsideContainer(container: Element | null, key: string, root: Element): PageSummary | null {
  if (!container || container === root) return null;
  const [first = '', ...others] = cleanText(toText(container)).split('\n');
  let rest: string;
  if (labelKey(first) === key) rest = others.join('\n');
  else {
    const head = first.slice(0, key.length).toLowerCase();
    const tail = first.slice(key.length);
    if (head !== key || !/^\s*[:：\-–—|]/.test(tail)) return null;
    rest = [tail.replace(/^\s*[:：\-–—|]\s*/, ''), ...others].join('\n');
  }
  rest = rest.trim();
  const words = countWords(rest);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  return { text: rest, el: container, parts: [container] };
}

/** `.standfirst`, `.dek`, `.story-highlights`… just after the headline. */
function findBySelector(boxes: Element[], root: Element, ctx: PassContext, headline: Element | null): PageSummary | null {
  for (const el of boxes) {
    if (ctx.isRemoved(el) || closestWhere(el, (_, t) => t === 'a' || t === 'nav' || t === 'footer' || t === 'aside')) continue;
    if (headline && (el.contains(headline) || headline.contains(el))) continue;
    if (hasDescendantTag(el, ['h1', 'article'])) continue;
    const text = cleanText(toText(el)).replace(/^[^\n]{0,40}\n/, (line) => (LABELS.has(labelKey(line)) ? '' : line));
    const words = countWords(text);
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    if (linkDensity(el, text) > 0.5) continue;
    if (isTeaser(el, headline)) continue;
    if (!isNearHeadline(el, headline, root, ctx, MAX_GAP_SELECTOR)) continue;
    return { text, el, parts: [el] };
  }
  return null;
}

/** An <h2> (or `p.subtitle`) right under the <h1> that reads as a sentence, not a section heading. */
function findSubtitle(headline: Element | null, ctx: PassContext): PageSummary | null {
  if (!headline) return null;
  let sib = headline.nextElementSibling;
  while (sib && (ctx.isRemoved(sib) || !squash(sib.textContent ?? ''))) sib = sib.nextElementSibling;
  if (!sib || sib.localName !== 'h2') return null;
  const text = cleanText(toText(sib));
  const words = countWords(text);
  if (words < 8 || words > 60 || sib.querySelector('a')) return null;
  return { text, el: sib, parts: [sib] };
}

function cleanText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

function linkDensity(el: Element, text: string): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += squash(a.textContent ?? '').length;
  return text.length ? linked / text.length : 0;
}

/** Inside a list item or card that is not the headline's own article: a teaser of another story. */
function isTeaser(el: Element, headline: Element | null): boolean {
  // Walked by hand: attribute-substring selectors ([class*="card"]) are slow in jsdom.
  let card: Element | null = null;
  for (let n = el.parentElement; n && !card; n = n.parentElement) {
    if (n.localName === 'li' || n.localName === 'article' || /card|teaser/i.test(n.getAttribute('class') ?? '')) card = n;
  }
  if (!card) return false;
  if (headline && card.contains(headline)) return false;
  if (!headline) return card.localName === 'li' || !!card.querySelector('a h2, a h3, h2 a, h3 a');
  return true;
}

/**
 * True when `el` follows the headline with at most `maxGap` characters of visible text in between
 * (removed elements don't count). Without a headline, `el` must start early in `root`.
 */
function isNearHeadline(el: Element, headline: Element | null, root: Element, ctx: PassContext, maxGap: number): boolean {
  const from = headline ?? root;
  if (headline && !(headline.compareDocumentPosition(el) & 4 /* FOLLOWING */)) return false;
  const limit = headline ? maxGap : MAX_OFFSET_WITHOUT_HEADLINE;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  walker.currentNode = from;
  let gap = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (headline && headline.contains(node)) continue;
    if (el.contains(node) || el.compareDocumentPosition(node) & 4) return true;
    const parent = node.parentElement;
    if (!parent || SKIP_TEXT_PARENTS.has(parent.localName) || ctx.isRemoved(parent)) continue;
    gap += (node as Text).data.trim().length;
    if (gap > limit) return false;
  }
  return true;
}
