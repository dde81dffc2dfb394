import type { PassContext } from '../passes/pass-context';
import { escapeRegExp } from '../text/escape-regexp';
import { blockOf } from '../dom/block-of';
import { hasDescendantTag } from '../dom/has-tag';
import { countWords } from '../text/script';

/** Verbs that open a writer's bio ("Jane Doe is a staff writer…", "Jane has covered…"). */
const BIO_VERBS = ['is', 'was', 'has', 'had', 'writes', 'covers', 'joined', 'holds', 'lives', 'specializes', 'specialises', 'works', 'serves', 'leads', 'started', 'founded'];
/** A bio is a short box; a longer block is reporting that happens to open with the name. */
const MAX_BIO_WORDS = 150;
/** Bios close an article: the block must start past this share of the body's text… */
const MIN_START_SHARE = 0.5;
/** …and no more than this share may follow it. */
const MAX_AFTER_SHARE = 0.25;

/**
 * The writer's bio at the end of an article ("Jane Doe is a health reporter who…") that no class
 * name marks as an author box (the widgets pass drops the named ones). The byline is reported
 * apart, and the bio is about the writer, not the story. Found by text: a short block in the tail
 * of the body that opens with a byline name followed by a bio verb. With it goes its box when the
 * box opens with the bio and is itself short.
 */
export function removeAuthorBios(root: Element, ctx: PassContext, byline: string): void {
  if (ctx.pageKind !== 'article' || ctx.relaxed.has('phrases')) return;
  const opener = bioOpener(byline);
  if (!opener) return;
  const total = (root.textContent ?? '').length;
  if (!total) return;
  const found: Element[] = [];
  let offset = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    const start = offset;
    offset += value.length;
    if (start < total * MIN_START_SHARE || !opener.test(value.trimStart())) continue;
    const block = blockOf(n, root);
    if (!block || found.some((f) => f.contains(block))) continue;
    const text = (block.textContent ?? '').trim();
    if (!text.startsWith(value.trim()) || countWords(text) > MAX_BIO_WORDS) continue;
    if (total - (start + (block.textContent ?? '').length) > total * MAX_AFTER_SHARE) continue;
    found.push(widenToBox(block, root, text));
  }
  for (const el of found) ctx.remove(el, 'removeAuthorBios', 'author bio, the byline is shown apart');
}

/** `^(Jane Doe|Jane) (is|has|…)\b` for the people of a byline ("Jane Doe, John Roe and Ann Poe"). */
export function bioOpener(byline: string): RegExp | null {
  const names = byline
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}/u.test(s) && countWords(s) >= 2 && countWords(s) <= 4);
  if (!names.length) return null;
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(escapeRegExp(name));
    const first = name.split(/\s+/)[0];
    if (first.length >= 3) forms.add(escapeRegExp(first));
  }
  return new RegExp(`^(${[...forms].join('|')})\\s+(${BIO_VERBS.join('|')})\\b`, 'u');
}

/** The bio's box: the ancestors that open with the bio and stay short. */
function widenToBox(block: Element, root: Element, text: string): Element {
  let box = block;
  for (let p = block.parentElement; p && p !== root; p = p.parentElement) {
    const t = (p.textContent ?? '').trim();
    if (!t.startsWith(text) || countWords(t) > MAX_BIO_WORDS || hasDescendantTag(p, BOX_ENDS)) break;
    box = p;
  }
  return box;
}

/** A box holding one of these is more than the bio (a section, a figure, a table). */
const BOX_ENDS = ['h1', 'h2', 'figure', 'table'];
