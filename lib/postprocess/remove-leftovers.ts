// Elements that are never reading matter, left in the copy (the pre-passes only mark what they
// recognise, and a retry can relax them): scripts, styles, templates, form controls, plug-ins.
// Their raw text (script source, CSS, template markup) would otherwise leak into textContent.
// Runs after keepMath (math scripts) and fixLazyImages (noscript images).
import type { PassContext } from '../passes/pass-context';
import { all, hasAny, treeNames, unwrap } from './dom';

const PASS = 'removeLeftovers';

const NON_CONTENT = 'script, style, template, link, meta, base, noscript, noembed, noframes, xmp, plaintext, textarea, input, select, button, option, datalist, applet, frameset, canvas, dialog, slot, title';

const NON_CONTENT_TAGS = NON_CONTENT.split(', ');

export function removeLeftovers(root: Element, ctx: PassContext): void {
  // Most copies hold none of these: one walk saves the selector queries (removals below only
  // take tags away, so the names stay a superset).
  const names = treeNames(root);
  if (hasAny(names, NON_CONTENT_TAGS)) for (const el of all(root, NON_CONTENT)) {
    if (ctx.isRemoved(el)) continue;
    // `title` is only noise in HTML; in SVG it is the shape's accessible name.
    if (el.localName === 'title' && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
    ctx.remove(el, PASS, `<${el.localName}> is not reading matter`);
  }
  // Some sites wrap the whole page in a <form> (ASP.NET): keep what is inside.
  if (hasAny(names, ['form', 'fieldset', 'label'])) for (const form of all(root, 'form, fieldset, label')) unwrap(form);
  if (names.tags.has('legend')) for (const legend of all(root, 'legend')) ctx.remove(legend, PASS, 'form legend');
}
