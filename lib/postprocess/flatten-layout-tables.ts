// Old sites lay pages out with tables; in a reader view those become a grid of narrow cells.
// Tables used for layout turn into plain divs; data tables (captions, headers, a real grid of
// values) stay tables. The test follows Readability's data-table heuristics.
import type { PassContext } from '../passes/pass-context';
import { findDescendant } from '../dom/next-element';
import { all, childElements, rename } from './dom';

/** Rows × columns at which a grid is treated as data. */
const DATA_GRID_CELLS = 10;

/** Blocks of prose: one inside a cell makes the table layout (a walk: a selector query per cell is slow). */
const PROSE_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'ul', 'ol', 'blockquote']);

function isDataTable(table: Element): boolean {
  const role = (table.getAttribute('role') ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  if (table.getAttribute('datatable') === '0') return false;
  if (role === 'table' || role === 'grid') return true;
  if (table.getAttribute('summary')) return true;
  const caption = table.querySelector(':scope > caption');
  if (caption && (caption.textContent ?? '').trim()) return true;
  if (table.querySelector(':scope > thead, :scope > tfoot, :scope > colgroup, :scope > col, :scope > tbody > tr > th, :scope > tr > th, :scope > thead > tr > th')) return true;
  // A table holding a table is layout.
  if (table.querySelector('table')) return false;
  const rows = all(table, ':scope > tbody > tr, :scope > tr, :scope > thead > tr, :scope > tfoot > tr');
  let columns = 0;
  for (const tr of rows) {
    let n = 0;
    for (const cell of childElements(tr)) if (cell.localName === 'td' || cell.localName === 'th') n += Math.max(1, parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1);
    columns = Math.max(columns, n);
  }
  if (rows.length <= 1 || columns <= 1) return false;
  // Long prose in a cell is page layout, not a value.
  if (all(table, 'td').some((td) => findDescendant(td, (el) => PROSE_TAGS.has(el.localName)))) return false;
  return rows.length >= 10 || columns > 4 || rows.length * columns >= DATA_GRID_CELLS;
}

export function flattenLayoutTables(root: Element, _ctx: PassContext): void {
  // Innermost first, so a layout table inside a layout table flattens cleanly.
  for (const table of all(root, 'table').reverse()) {
    if (!root.contains(table) || isDataTable(table)) continue;
    for (const part of all(table, ':scope > thead, :scope > tbody, :scope > tfoot, :scope > caption, :scope > colgroup')) {
      if (part.localName === 'colgroup') part.remove();
      else part.replaceWith(...Array.from(part.childNodes));
    }
    for (const tr of all(table, ':scope > tr')) {
      for (const cell of childElements(tr)) {
        if (cell.localName === 'td' || cell.localName === 'th') rename(cell, 'div', false);
      }
      tr.replaceWith(...Array.from(tr.childNodes));
    }
    rename(table, 'div', false);
  }
}
