// Full-text search over titles, summaries and bodies. The tokenizer keeps runs of Unicode letters,
// combining marks and digits together, so Devanagari words with matras and viramas stay whole
// (MiniSearch's default splits on anything outside its Latin-centred space/punctuation class).
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { LibraryArticle } from './types';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower-case and NFC, so a query typed with a different but equivalent encoding still matches. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFC').toLowerCase();
}

interface Doc {
  id: string;
  title: string;
  summary: string;
  body: string;
  siteName: string;
  tags: string;
}

function toDoc(a: LibraryArticle): Doc {
  return { id: a.id, title: a.title, summary: a.summary, body: a.result?.textContent ?? '', siteName: a.siteName, tags: a.tags.join(' ') };
}

const OPTIONS: Options<Doc> = {
  fields: ['title', 'summary', 'body', 'siteName', 'tags'],
  storeFields: [],
  tokenize,
  processTerm: (t: string) => normalizeTerm(t) || null,
  searchOptions: { boost: { title: 3, summary: 2, tags: 2 }, prefix: true, combineWith: 'AND' },
};

export class LibrarySearch {
  private index: MiniSearch<Doc>;

  constructor(articles: LibraryArticle[] = [], index?: MiniSearch<Doc>) {
    this.index = index ?? new MiniSearch<Doc>(OPTIONS);
    if (articles.length) this.index.addAll(articles.map(toDoc));
  }

  /** An index saved with `toJSON` (same fields and tokenizer; see search-store.ts for versioning). */
  static fromJSON(json: string): LibrarySearch {
    return new LibrarySearch([], MiniSearch.loadJSON<Doc>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.index);
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  upsert(a: LibraryArticle): void {
    if (this.index.has(a.id)) this.index.discard(a.id);
    this.index.add(toDoc(a));
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** Matching ids, best first. Short words also match as prefixes ("elect" finds "election"). */
  search(query: string, limit = 200): string[] {
    const q = query.trim();
    if (!q) return [];
    return this.index
      .search(q)
      .slice(0, limit)
      .map((r: SearchResult) => String(r.id));
  }
}
