// Old sites lay pages out with tables; in a reader view those become a grid of narrow cells.
// Tables used for layout turn into plain divs; data tables (captions, headers, a real grid of
// values) stay tables. The test follows Readability's data-table heuristics.
import type { PassContext } from '../passes/pass-context';
import { childElements, findDescendant } from '../dom/next-element';
import { all, rename } from './dom';

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
  // The table's own parts, read by sibling links: `:scope >` selector queries per table are slow
  // under jsdom. `rows` are the table's rows, in its row groups or directly under it.
  let caption: Element | null = null;
  let headerCells = false;
  const rows: Element[] = [];
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const name = part.localName;
    if (name === 'caption') caption ??= part;
    else if (name === 'thead' || name === 'tfoot' || name === 'colgroup' || name === 'col') headerCells = true;
    if (name === 'tr') rows.push(part);
    else if (name === 'tbody' || name === 'thead' || name === 'tfoot') {
      for (let tr = part.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.localName === 'tr') rows.push(tr);
    }
  }
  if (caption && (caption.textContent ?? '').trim()) return true;
  if (headerCells || rows.some((tr) => childElements(tr).some((cell) => cell.localName === 'th'))) return true;
  // A table holding a table is layout.
  if (findDescendant(table, (el) => el.localName === 'table')) return false;
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

/** The children of a table that flattening unwraps (a colgroup goes). Child lists, not `:scope >` queries: a selector compiles afresh per document. */
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'caption', 'colgroup']);

export function flattenLayoutTables(root: Element, _ctx: PassContext): void {
  // Innermost first, so a layout table inside a layout table flattens cleanly.
  for (const table of all(root, 'table').reverse()) {
    if (!root.contains(table) || isDataTable(table)) continue;
    for (const part of childElements(table).filter((k) => TABLE_PARTS.has(k.localName))) {
      if (part.localName === 'colgroup') part.remove();
      else part.replaceWith(...Array.from(part.childNodes));
    }
    for (const tr of childElements(table).filter((k) => k.localName === 'tr')) {
      for (const cell of childElements(tr)) {
        if (cell.localName === 'td' || cell.localName === 'th') rename(cell, 'div', false);
      }
      tr.replaceWith(...Array.from(tr.childNodes));
    }
    rename(table, 'div', false);
  }
}
