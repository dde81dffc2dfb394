// Picks the importer for a file by its content: Saar JSON restores exact records; everything
// else becomes pending links fetched later.
import type { LibraryDb } from './db';
import { parseOtherJson, parseSaarExport } from './import-json';
import { parseInstapaperCsv } from './import-instapaper';
import { parsePocketCsv, parsePocketHtml } from './import-pocket';
import { addPendingLinks, type PendingLink } from './pending';
import { putArticles } from './store';

export type ImportKind = 'saar' | 'pocket-html' | 'pocket-csv' | 'instapaper' | 'json-links';

export function parseLinks(text: string): { kind: Exclude<ImportKind, 'saar'>; links: PendingLink[] } {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return { kind: 'pocket-html', links: parsePocketHtml(text) };
  if (head.startsWith('[') || head.startsWith('{')) return { kind: 'json-links', links: parseOtherJson(text) };
  const firstLine = head.split(/\r?\n/, 1)[0].toLowerCase();
  if (/^url,title,selection,folder/.test(firstLine)) return { kind: 'instapaper', links: parseInstapaperCsv(text) };
  if (firstLine.includes('url') && firstLine.includes('time_added')) return { kind: 'pocket-csv', links: parsePocketCsv(text) };
  throw new Error('Unknown file: expected a Saar, Pocket, Instapaper, Omnivore or Wallabag export.');
}

export async function importText(db: LibraryDb, text: string): Promise<{ kind: ImportKind; count: number }> {
  if (/"format"\s*:\s*"saar-library"/.test(text.slice(0, 200))) {
    const { articles, images } = parseSaarExport(text);
    return { kind: 'saar', count: await putArticles(db, articles, images) };
  }
  const { kind, links } = parseLinks(text);
  return { kind, count: await addPendingLinks(db, links) };
}
