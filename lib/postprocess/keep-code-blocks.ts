// Code must keep its line breaks and indentation. Highlighters break lines with <br> or one
// element per line, and add line-number gutters that would glue "1 2 3" into the code.
import type { PassContext } from '../passes/pass-context';
import { all, hasText } from './dom';
import { closestTag, firstDescendantNamed } from '../dom/has-tag';

const PASS = 'keepCodeBlocks';
/** Class/id tokens of line-number gutters and copy buttons inside code blocks. */
const GUTTER = /(?:^|[\s_-])(?:line-?numbers?|line-?numbers-rows|linenos?|lineno|gutter|hljs-ln-numbers|code-line-number|copy-?(?:code|button|to-clipboard)?)(?:$|[\s_-])/i;
const BLOCK_LINES = new Set(['div', 'p', 'li', 'tr']);
/** A class naming one line of code (`line`, `code-line`, `highlight-code-line`), styled as a block. */
const LINE_CLASS = /(?:^|[\s_-])line(?:$|[\s_-])/i;

function isGutter(el: Element): boolean {
  return GUTTER.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) || el.localName === 'button';
}

/** Line breaks made by <br> or by one block element per line become newline characters. */
function flattenLines(pre: Element, ctx: PassContext): void {
  const doc = pre.ownerDocument;
  for (const g of all(pre, '*')) if (pre.contains(g) && isGutter(g)) ctx.remove(g, PASS, 'line numbers in code');
  for (const br of all(pre, 'br')) br.replaceWith(doc.createTextNode('\n'));
  // Inline elements shown one per line by CSS: the newline between them is not in the text.
  for (const line of all(pre, 'span')) {
    if (!LINE_CLASS.test(line.getAttribute('class') ?? '') || (line.textContent ?? '').endsWith('\n')) continue;
    const next = line.nextSibling;
    if (next && !(next.nodeType === 3 && next.nodeValue?.startsWith('\n'))) line.after(doc.createTextNode('\n'));
  }
  for (const line of all(pre, 'div, p, li, tr, td').reverse()) {
    const text = line.textContent ?? '';
    if (BLOCK_LINES.has(line.localName) && !text.endsWith('\n') && line.nextSibling) line.after(doc.createTextNode('\n'));
    line.replaceWith(...Array.from(line.childNodes));
  }
}

/** A table whose one column is numbers and another is code (Pygments, gist): keep the code. */
function unwrapCodeTable(table: Element, ctx: PassContext): void {
  const pres = all(table, 'pre');
  if (!pres.length) return;
  const cells = all(table, 'td');
  // Every cell without code must be a gutter (numbers only), or this is a real table.
  const others = cells.filter((td) => !td.querySelector('pre') || /^[\d\s]+$/.test(td.textContent ?? ''));
  if (!others.every((td) => /^[\d\s]*$/.test(td.textContent ?? '') || isGutter(td))) return;
  const code = pres.filter((p) => !/^[\d\s]+$/.test(p.textContent ?? ''));
  if (!code.length) return;
  for (const p of code) table.before(p);
  ctx.remove(table, PASS, 'line-number table around code');
}

export function keepCodeBlocks(root: Element, ctx: PassContext): void {
  for (const table of all(root, 'table')) if (root.contains(table)) unwrapCodeTable(table, ctx);
  for (const pre of all(root, 'pre')) if (root.contains(pre)) flattenLines(pre, ctx);
  // A lone <code> holding several lines is a block of code whose <pre> the site styled away.
  for (const code of all(root, 'code')) {
    // Tag tests, not selectors: a selector is compiled afresh in each copy's document.
    if (closestTag(code, 'pre') || !root.contains(code)) continue;
    const multiline = !!firstDescendantNamed(code, 'br') || /\n/.test((code.textContent ?? '').trim());
    const parent = code.parentElement;
    if (!multiline || !parent) continue;
    let alone = true;
    for (let n = parent.firstChild; n && alone; n = n.nextSibling) alone = n === code || (n.nodeType === 3 && !hasText(n));
    if (!alone && parent !== root) continue;
    const pre = code.ownerDocument.createElement('pre');
    code.replaceWith(pre);
    pre.append(code);
    flattenLines(pre, ctx);
    // <p><pre> would not survive a re-parse: the <pre> takes the paragraph's place.
    if (parent.localName === 'p' && parent !== root) parent.replaceWith(pre);
  }
}
