// Pocket exports: the old HTML (<h1>Unread</h1><ul><li><a href time_added tags>) and the CSV
// (title,url,time_added,tags,status with tags split by |).
import { csvRecords } from './csv';
import type { PendingLink } from './pending';
import { isHttpUrl } from './validate';

const seconds = (v: string | null | undefined): number | undefined => {
  const n = Number(v);
  return v && Number.isFinite(n) && n > 0 ? n * 1000 : undefined;
};
const splitTags = (v: string | null | undefined, sep: RegExp): string[] => (v ?? '').split(sep).map((t) => t.trim()).filter(Boolean);

export function parsePocketHtml(html: string, parser: DOMParser = new DOMParser()): PendingLink[] {
  const doc = parser.parseFromString(html, 'text/html');
  const out: PendingLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const url = a.getAttribute('href') ?? '';
    if (!isHttpUrl(url)) continue;
    // The nearest heading before the list says which section the link is in.
    let section = '';
    for (let el: Element | null = a.closest('ul') ?? a; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) {
        section = el.textContent ?? '';
        break;
      }
    }
    out.push({
      url,
      title: (a.textContent ?? '').trim(),
      tags: splitTags(a.getAttribute('tags'), /,/),
      status: /read archive|archive/i.test(section) ? 'archived' : 'unread',
      favourite: false,
      savedAt: seconds(a.getAttribute('time_added')),
    });
  }
  return out;
}

export function parsePocketCsv(text: string): PendingLink[] {
  return csvRecords(text)
    .filter((r) => isHttpUrl(r.url))
    .map((r) => ({
      url: r.url,
      title: r.title ?? '',
      tags: splitTags(r.tags, /\|/),
      status: r.status === 'archive' ? 'archived' : 'unread',
      favourite: false,
      savedAt: seconds(r.time_added),
    }));
}
