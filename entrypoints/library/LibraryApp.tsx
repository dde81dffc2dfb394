// The library page: list, filters, search, tags, export/import, and the offline reader (#/read/ID).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { t, uiLanguage } from '../../utils/i18n';
import { originPattern, siteOrigin } from '../../utils/format';
import { libraryDb } from '../../utils/library/db';
import {
  allTags, clearLibrary, deleteArticle, listArticles, restoreArticle, updateArticle,
  type Deleted, type ListQuery, type SortKey,
} from '../../utils/library/store';
import { catchUp, openSearch, saveSearch, type OpenedSearch } from '../../utils/library/search-store';
import { exportJson, serializeImages } from '../../utils/library/export-json';
import { libraryToMarkdown } from '../../utils/library/export-markdown';
import { articlesToHtml } from '../../utils/library/export-html';
import { importText } from '../../utils/library/import-file';
import { fetchPending, type FetchProgress } from '../../utils/library/fetch-pending';
import { downloadBytes, downloadText } from '../../utils/library/download';
import { articlesToEpub } from '../../utils/library/export-epub';
import type { ArticleStatus, LibraryArticle } from '../../utils/library/types';
import { LibraryReader } from './LibraryReader';
import { KeepImagesToggle } from './KeepImagesToggle';
import { getLibraryPrefs } from '../../utils/settings';

const PAGE = 50;
type SortChoice = 'saved-desc' | 'saved-asc' | 'updated-desc';
const SORTS: Record<SortChoice, { sort: SortKey; desc: boolean }> = {
  'saved-desc': { sort: 'savedAt', desc: true },
  'saved-asc': { sort: 'savedAt', desc: false },
  'updated-desc': { sort: 'updatedAt', desc: true },
};

const idle = (cb: () => void): void => {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(cb, { timeout: 5000 });
  else setTimeout(cb, 500);
};

function readRoute(): string | null {
  const m = /^#\/read\/(.+)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

export function LibraryApp() {
  const [route, setRoute] = useState(readRoute());
  useEffect(() => {
    const on = () => setRoute(readRoute());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  if (route) return <LibraryReader id={route} onClose={() => (location.hash = '')} />;
  return <LibraryList />;
}

function LibraryList() {
  const db = libraryDb();
  const [status, setStatus] = useState<ArticleStatus | 'all'>('all');
  const [favourite, setFavourite] = useState(false);
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<SortChoice>('saved-desc');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [items, setItems] = useState<LibraryArticle[] | null>(null);
  const [total, setTotal] = useState(0);
  const [tags, setTags] = useState<string[]>([]);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [notice, setNotice] = useState('');
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const [version, setVersion] = useState(0);
  // The index is saved between sessions (search-store.ts): opening loads it and catches up with
  // whatever changed meanwhile; a first open (or a new index version) builds it while idle.
  const search = useRef<Promise<OpenedSearch> | null>(null);
  const saveTimer = useRef(0);
  const saveSoon = () => {
    clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => idle(() => void search.current?.then((o) => saveSearch(db, o)).catch(() => undefined)), 1500);
  };
  const getSearch = () =>
    (search.current ??= openSearch(db).then((o) => {
      if (o.changed) saveSoon();
      return o;
    }));
  const refresh = () => setVersion((v) => v + 1);
  // Bulk writes (import, fetch, clear): catch the index up on the next query.
  const changed = () => {
    void search.current?.then((o) => catchUp(db, o)).then((n) => n && saveSoon());
    refresh();
  };
  // Single-article edits update the index in place, if it is open.
  const changedOne = (id: string, next: LibraryArticle | undefined) => {
    void search.current?.then((o) => {
      if (next) {
        o.search.upsert(next);
        o.stamps.set(id, next.updatedAt);
      } else {
        o.search.remove(id);
        o.stamps.delete(id);
      }
      saveSoon();
    });
    refresh();
  };
  // Saves from the background (another tab, the shortcut, a link) and other library tabs show up
  // live: Dexie broadcasts committed writes to every context of the extension's origin.
  useEffect(() => {
    let first = true;
    const sub = liveQuery(async () => [await db.articles.count(), await db.articles.orderBy('updatedAt').lastKey()] as const).subscribe({
      next: () => {
        if (first) return void (first = false);
        void (async () => {
          const open = search.current;
          if (open && (await catchUp(db, await open))) saveSoon();
          refresh();
        })();
      },
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }, []);
  useEffect(() => {
    idle(() => void getSearch());
    return () => clearTimeout(saveTimer.current);
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const q: ListQuery = { status, favourite, tag: tag || undefined, ...SORTS[sort], limit };
      let res: { items: LibraryArticle[]; total: number };
      if (query.trim()) {
        const ids = (await getSearch()).search.search(query);
        const found = (await db.articles.bulkGet(ids)).filter((a): a is LibraryArticle => !!a);
        const matches = found.filter((a) => (status === 'all' || a.status === status) && (!favourite || a.favourite === 1) && (!tag || a.tags.includes(tag)));
        res = { items: matches.slice(0, limit), total: matches.length };
      } else res = await listArticles(db, q);
      const tg = await allTags(db);
      if (!live) return;
      setItems(res.items);
      setTotal(res.total);
      setTags(tg);
    })().catch((err: unknown) => setNotice(String(err)));
    return () => {
      live = false;
    };
  }, [status, favourite, tag, sort, query, limit, version]);

  const patch = async (a: LibraryArticle, p: Parameters<typeof updateArticle>[2]) => {
    const next = await updateArticle(db, a.id, p).catch((e: unknown) => {
      setNotice(String(e));
      return a;
    });
    changedOne(a.id, next);
  };
  const remove = async (a: LibraryArticle) => {
    const d = await deleteArticle(db, a.id).catch((e: unknown) => {
      setNotice(String(e));
      return undefined;
    });
    if (d) setDeleted(d);
    changedOne(a.id, undefined);
  };
  const undo = async () => {
    if (!deleted) return;
    await restoreArticle(db, deleted);
    setDeleted(null);
    changedOne(deleted.article.id, deleted.article);
  };

  const exportAll = async (kind: 'json' | 'md' | 'html' | 'epub') => {
    const all = await db.articles.orderBy('savedAt').toArray();
    // Pictures kept offline travel in JSON (base64), HTML (data: URLs) and EPUB (manifest items).
    const images = kind === 'md' ? [] : await serializeImages(await db.images.toArray());
    const day = new Date().toISOString().slice(0, 10);
    if (kind === 'json') downloadText(`saar-library-${day}.json`, exportJson(all, new Date(), images), 'application/json');
    if (kind === 'md') downloadText(`saar-library-${day}.md`, libraryToMarkdown(all), 'text/markdown');
    if (kind === 'html') downloadText(`saar-library-${day}.html`, articlesToHtml(all, t('libraryTitle'), images), 'text/html');
    if (kind === 'epub') downloadBytes(`saar-library-${day}.epub`, articlesToEpub(all, { title: t('libraryTitle'), images }), 'application/epub+zip');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const res = await importText(db, await file.text());
      setNotice(t('libImported', String(res.count)));
    } catch (err) {
      setNotice(`${t('libImportFailed')}: ${err instanceof Error ? err.message : String(err)}`);
    }
    changed();
  };

  const fetchAllPending = () => {
    // The permission request must come first in the click handler (user gesture).
    void (async () => {
      const pending = await db.articles.filter((a) => a.result === null).toArray();
      if (!pending.length) return;
      const origins = [...new Set(pending.map((a) => siteOrigin(a.url)).filter(Boolean))].map(originPattern);
      const granted = await browser.permissions.request({ origins }).catch(() => false);
      if (!granted) return setNotice(t('popupPermissionDenied'));
      setProgress({ done: 0, total: pending.length, failed: [] });
      const end = await fetchPending(db, pending, setProgress, undefined, { keepImages: (await getLibraryPrefs()).keepImagesOffline });
      setNotice(t('libFetched', [String(end.done - end.failed.length), String(end.failed.length)]));
      setProgress(null);
      changed();
    })();
  };

  const clearAll = async () => {
    if (!confirm(t('libConfirmClear'))) return;
    await clearLibrary(db);
    changed();
  };

  const pendingCount = useMemo(() => items?.filter((a) => !a.result).length ?? 0, [items]);
  const fmt = useMemo(() => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }), []);

  return (
    <main class="lib">
      <header class="lib-head">
        <h1>
          <img src="/icon/32.png" alt="" width={24} height={24} /> {t('libraryTitle')}
        </h1>
        <input
          type="search"
          class="lib-search"
          placeholder={t('libSearch')}
          aria-label={t('libSearch')}
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setLimit(PAGE);
          }}
        />
      </header>

      <section class="lib-controls" aria-label={t('libFilters')}>
        <label>
          {t('libStatus')}{' '}
          <select name="status" value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as ArticleStatus | 'all')}>
            <option value="all">{t('libAll')}</option>
            <option value="unread">{t('libUnread')}</option>
            <option value="read">{t('libRead')}</option>
            <option value="archived">{t('libArchived')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" name="favourite" checked={favourite} onChange={(e) => setFavourite((e.currentTarget as HTMLInputElement).checked)} /> {t('libFavourites')}
        </label>
        <label>
          {t('libTag')}{' '}
          <select name="tag" value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('libAll')}</option>
            {tags.map((tg) => (
              <option key={tg} value={tg}>
                {tg}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libSort')}{' '}
          <select name="sort" value={sort} onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as SortChoice)}>
            <option value="saved-desc">{t('libSortNewest')}</option>
            <option value="saved-asc">{t('libSortOldest')}</option>
            <option value="updated-desc">{t('libSortUpdated')}</option>
          </select>
        </label>
      </section>

      <section class="lib-tools" aria-label={t('libExportImport')}>
        <button type="button" data-action="export-json" onClick={() => void exportAll('json')}>{t('libExportJson')}</button>
        <button type="button" data-action="export-md" onClick={() => void exportAll('md')}>{t('libExportMarkdown')}</button>
        <button type="button" data-action="export-html" onClick={() => void exportAll('html')}>{t('libExportHtml')}</button>
        <button type="button" data-action="export-epub" onClick={() => void exportAll('epub')}>{t('libExportEpub')}</button>
        <label class="lib-file">
          {t('libImport')}
          <input type="file" name="import" accept=".json,.html,.htm,.csv,application/json,text/html,text/csv" onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
        <button type="button" data-action="fetch-pending" disabled={!!progress} onClick={fetchAllPending}>{t('libFetchPending')}</button>
        <button type="button" data-action="clear" class="danger" onClick={() => void clearAll()}>{t('libClear')}</button>
        <KeepImagesToggle class="lib-keep-images" />
      </section>

      {progress && (
        <p class="lib-progress" role="status">
          <progress max={progress.total} value={progress.done} /> {t('libFetching', [String(progress.done), String(progress.total)])}
        </p>
      )}
      {notice && (
        <p class="lib-notice" role="status">
          {notice}
        </p>
      )}
      {deleted && (
        <p class="lib-undo" role="status">
          {t('libDeleted', deleted.article.title)}{' '}
          <button type="button" data-action="undo" onClick={() => void undo()}>
            {t('libUndo')}
          </button>
        </p>
      )}

      <p class="lib-count" data-total={total}>
        {t('libCount', String(total))}
        {pendingCount > 0 && ` · ${t('libPendingCount', String(pendingCount))}`}
      </p>

      {items && items.length === 0 && <p class="lib-empty">{query ? t('libNoMatches') : t('libEmpty')}</p>}
      <ul class="lib-list">
        {items?.map((a) => (
          <li key={a.id} class="lib-item" data-id={a.id} data-status={a.status}>
            <div class="lib-item-main">
              <a class="lib-title" href={a.result ? `#/read/${encodeURIComponent(a.id)}` : a.url} target={a.result ? undefined : '_blank'} rel="noopener noreferrer" lang={a.lang || undefined}>
                {a.favourite === 1 && <span aria-label={t('libFavourite')}>★ </span>}
                {a.title}
              </a>
              <p class="lib-meta">
                <bdi>{a.siteName}</bdi> · {t('libSavedOn', fmt.format(a.savedAt))}
                {a.readingMinutes > 0 && ` · ${t('minutesRead', String(a.readingMinutes))}`}
                {!a.result && ` · ${t('libPending')}`}
                {a.readingPosition > 0.02 && a.readingPosition < 0.98 && ` · ${Math.round(a.readingPosition * 100)}%`}
              </p>
              {a.summary && (
                <p class="lib-summary" lang={a.lang || undefined}>
                  {a.summary}
                </p>
              )}
              <label class="lib-tags">
                {t('libTags')}{' '}
                <input
                  type="text"
                  name="tags"
                  value={a.tags.join(', ')}
                  onChange={(e) => void patch(a, { tags: (e.currentTarget as HTMLInputElement).value.split(',') })}
                />
              </label>
            </div>
            <div class="lib-actions">
              <button type="button" data-action="toggle-read" onClick={() => void patch(a, { status: a.status === 'read' ? 'unread' : 'read' })}>
                {a.status === 'read' ? t('libMarkUnread') : t('libMarkRead')}
              </button>
              <button type="button" data-action="archive" onClick={() => void patch(a, { status: a.status === 'archived' ? 'unread' : 'archived' })}>
                {a.status === 'archived' ? t('libUnarchive') : t('libArchive')}
              </button>
              <button type="button" data-action="favourite" aria-pressed={a.favourite === 1} onClick={() => void patch(a, { favourite: a.favourite !== 1 })}>
                {t('libFavourite')}
              </button>
              <button type="button" data-action="delete" class="danger" onClick={() => void remove(a)}>
                {t('libDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {items && total > items.length && (
        <button type="button" class="lib-more" onClick={() => setLimit(limit + PAGE)}>
          {t('libShowMore')}
        </button>
      )}
    </main>
  );
}
