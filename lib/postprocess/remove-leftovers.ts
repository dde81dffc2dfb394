// Elements that are never reading matter, left in the copy (the pre-passes only mark what they
// recognise, and a retry can relax them): scripts, styles, templates, form controls, plug-ins.
// Their raw text (script source, CSS, template markup) would otherwise leak into textContent.
// Runs after keepMath (math scripts) and fixLazyImages (noscript images).
import type { PassContext } from '../passes/pass-context';
import { all, rename, treeTags, unwrap } from './dom';
import { inHeading, isDisclosureToggle } from '../passes/disclosure-toggle';

const PASS = 'removeLeftovers';

const NON_CONTENT = 'script, style, template, link, meta, base, noscript, noembed, noframes, xmp, plaintext, textarea, input, select, button, option, datalist, applet, frameset, canvas, dialog, slot, title';

const NON_CONTENT_TAGS = NON_CONTENT.split(', ');

export function removeLeftovers(root: Element, ctx: PassContext): void {
  // Most copies hold none of these: one walk saves the selector queries (removals below only
  // take tags away, so the names stay a superset).
  const tags = treeTags(root);
  if (NON_CONTENT_TAGS.some((t) => tags.has(t))) for (const el of all(root, NON_CONTENT)) {
    if (ctx.isRemoved(el)) continue;
    // `title` is only noise in HTML; in SVG it is the shape's accessible name.
    if (el.localName === 'title' && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
    // An accordion's toggle keeps its label (the question) as text, in its heading or as a line of its
    // own, when its panel (the answer) was kept too: a question without its answer is a dangling line.
    if (el.localName === 'button' && isDisclosureToggle(el) && answerFollows(el)) {
      if (inHeading(el)) unwrap(el);
      else rename(el, 'div', false);
      continue;
    }
    ctx.remove(el, PASS, `<${el.localName}> is not reading matter`);
  }
  // Some sites wrap the whole page in a <form> (ASP.NET): keep what is inside.
  if (tags.has('form') || tags.has('fieldset') || tags.has('label')) for (const form of all(root, 'form, fieldset, label')) unwrap(form);
  if (tags.has('legend')) for (const legend of all(root, 'legend')) ctx.remove(legend, PASS, 'form legend');
}

/** Text that must follow a toggle (after it, or after the heading/wrapper holding it) for its panel to count as kept. */
const MIN_ANSWER_CHARS = 20;

function answerFollows(el: Element): boolean {
  const controls = el.getAttribute('aria-controls');
  const panel = controls ? el.ownerDocument.getElementById(controls.trim().split(/\s+/)[0]) : null;
  if (panel) return (panel.textContent ?? '').trim().length >= MIN_ANSWER_CHARS;
  for (let n: Element | null = el, i = 0; n && i < 3; n = n.parentElement, i++) {
    const next = n.nextElementSibling;
    if (next) return (next.textContent ?? '').trim().length >= MIN_ANSWER_CHARS;
  }
  return false;
}
