// Instapaper CSV: URL,Title,Selection,Folder,Timestamp. Folder "Unread" / "Archive" / "Starred"
// sets state; any other folder becomes a tag.
import { csvRecords } from './csv';
import type { PendingLink } from './pending';
import { isHttpUrl } from './validate';

export function parseInstapaperCsv(text: string): PendingLink[] {
  return csvRecords(text)
    .filter((r) => isHttpUrl(r.url))
    .map((r) => {
      const folder = (r.folder ?? '').trim();
      const known = /^(unread|archive|starred)$/i.test(folder);
      const ts = Number(r.timestamp);
      return {
        url: r.url,
        title: r.title ?? '',
        tags: folder && !known ? [folder] : [],
        status: /^archive$/i.test(folder) ? 'archived' : 'unread',
        favourite: /^starred$/i.test(folder),
        savedAt: Number.isFinite(ts) && ts > 0 ? ts * 1000 : undefined,
      } satisfies PendingLink;
    });
}
