import type { PassContext } from '../passes/pass-context';
import { classWeight } from './grab-article';
import { countWords } from '../text/script';

/** Containers judged by their contents after the article was chosen (Readability's "conditional"). */
const JUDGED = 'div, section, ul, ol, table, aside, header, dl';
/** Clause marks of many scripts; prose has them, link lists and widgets rarely do. */
const CLAUSES = /[,，、،।;!?。！？]/g;

/**
 * Remove blocks inside the article that read as boilerplate: link lists, image strips without
 * prose, short blocks with negative names. Mutate mode only (runs on the copy). Skipped when the
 * retry order relaxes 'conditional'.
 */
export function cleanConditionally(root: Element, ctx: PassContext): void {
  if (ctx.relaxed.has('conditional')) return;
  const blocks = Array.from(root.querySelectorAll(JUDGED)).reverse();
  for (const el of blocks) {
    if (!el.parentNode || el.closest('pre, code, figure, blockquote')) continue;
    const reason = judge(el);
    if (reason) ctx.remove(el, 'cleanConditionally', reason);
  }
}

function judge(el: Element): string | null {
  const tag = el.localName;
  if (tag === 'table' && isDataTable(el)) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const weight = classWeight(el);
  if (weight < 0 && countWords(text) < 80) return `boilerplate name and little text (weight ${weight})`;
  const clauses = text.match(CLAUSES)?.length ?? 0;
  if (clauses >= 10) return null;

  let linkChars = 0;
  for (const a of el.querySelectorAll('a')) linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const density = text.length ? linkChars / text.length : 0;
  const paragraphs = el.getElementsByTagName('p').length;
  const images = el.getElementsByTagName('img').length;
  const items = el.getElementsByTagName('li').length - 100;
  const inputs = el.getElementsByTagName('input').length;
  const headings = el.querySelectorAll('h1, h2, h3, h4, h5, h6').length;
  const embeds = el.querySelectorAll('iframe, video, object, embed').length;
  const words = countWords(text);
  const isList = tag === 'ul' || tag === 'ol';

  if (images > 2 && paragraphs / images < 0.5 && !el.querySelector('figure, figcaption') && words < 40) return 'images without prose';
  if (!isList && items > paragraphs && density > 0.3) return 'more list items than paragraphs, mostly links';
  if (inputs > Math.floor(paragraphs / 3)) return 'form controls';
  if (words === 0 && images === 0 && embeds === 0 && !el.querySelector('math, svg, video, audio, picture, hr, br')) return 'empty block';
  if (weight < 25 && density > 0.5 && words > 0) return `mostly links (${Math.round(density * 100)}%)`;
  if (weight >= 25 && density > 0.7) return `mostly links (${Math.round(density * 100)}%)`;
  if (embeds > 1 && words < 75) return 'several embeds with little text';
  if (headings > 0 && paragraphs === 0 && density > 0.3 && !isList) return 'headline list';
  return null;
}

/** A table of data (caption, header cells, many cells) rather than a layout grid. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation') return false;
  if (table.querySelector('caption, th, thead, colgroup')) return true;
  if (table.querySelector('table')) return false;
  const rows = table.getElementsByTagName('tr').length;
  const cells = table.getElementsByTagName('td').length;
  return rows >= 3 && cells / Math.max(1, rows) >= 2;
}
