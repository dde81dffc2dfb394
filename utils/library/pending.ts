// Links imported from other services (or saved from a link's context menu): stored as pending
// articles (result null) and fetched + extracted later, on demand.
import type { LibraryDb } from './db';
import { saveArticle } from './store';
import type { ArticleStatus } from './types';

export interface PendingLink {
  url: string;
  title: string;
  tags: string[];
  status: ArticleStatus;
  favourite: boolean;
  savedAt?: number;
}

/** Store links as pending items in one transaction; an already saved article keeps its body. */
export async function addPendingLinks(db: LibraryDb, links: PendingLink[]): Promise<number> {
  await db.transaction('rw', db.articles, db.images, async () => {
    for (const l of links) {
      await saveArticle(db, { url: l.url, result: null, title: l.title, tags: l.tags, status: l.status, favourite: l.favourite, savedAt: l.savedAt });
    }
  });
  return links.length;
}
