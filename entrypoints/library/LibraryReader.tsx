// A saved article, offline, in the same reader view and settings; remembers the reading position.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReaderView } from '../../components/ReaderView';
import { t } from '../../utils/i18n';
import { getPrefs, setPrefs, watchPrefs, type ReadingPrefs } from '../../utils/settings';
import { libraryDb } from '../../utils/library/db';
import { updateArticle } from '../../utils/library/store';
import { exportJson, serializeImages } from '../../utils/library/export-json';
import { articleImages } from '../../utils/library/offline-images';
import { offlineResult, swapInStoredImages } from '../../utils/library/offline-display';
import { articleToMarkdown } from '../../utils/library/export-markdown';
import { articlesToHtml } from '../../utils/library/export-html';
import { downloadBytes, downloadText, fileName } from '../../utils/library/download';
import { articlesToEpub } from '../../utils/library/export-epub';
import type { LibraryArticle, LibraryImage } from '../../utils/library/types';

export function LibraryReader({ id, onClose }: { id: string; onClose: () => void }) {
  const [article, setArticle] = useState<LibraryArticle | null | undefined>(undefined);
  const [images, setImages] = useState<LibraryImage[]>([]);
  const [prefs, setPrefsState] = useState<ReadingPrefs | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Article and pictures together, so the body renders once with its stored pictures.
    void Promise.all([libraryDb().articles.get(id), articleImages(libraryDb(), id)]).then(([a, imgs]) => {
      setImages(imgs);
      setArticle(a ?? null);
    });
    void getPrefs().then(setPrefsState);
    return watchPrefs(setPrefsState);
  }, [id]);

  useEffect(() => {
    if (article?.result) document.title = article.title;
  }, [article]);

  // Stored pictures: placeholders in the body (no network request), swapped for object URLs when
  // the body is inserted (watched, since the body component inserts it in its own effect), and
  // revoked when the article closes.
  const view = useMemo(() => (article?.result ? offlineResult(article.result, images) : null), [article?.id, images]);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !view?.used.length) return;
    const urls = new Map<number, string>();
    const swap = () => swapInStoredImages(el, view.used, urls);
    swap();
    const watch = new MutationObserver(swap);
    watch.observe(el, { childList: true, subtree: true });
    return () => {
      watch.disconnect();
      for (const u of urls.values()) URL.revokeObjectURL(u);
    };
  }, [view, !!prefs]);
  const withImages = async () => serializeImages(images);

  // Restore the position once the body is in place, then remember it while reading.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !article?.result || !prefs) return;
    const max = () => Math.max(1, el.scrollHeight - el.clientHeight);
    requestAnimationFrame(() => {
      el.scrollTop = article.readingPosition * max();
    });
    let timer = 0;
    const onScroll = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const pos = el.scrollTop / max();
        const patch: Parameters<typeof updateArticle>[2] = { readingPosition: pos };
        if (pos > 0.95 && article.status === 'unread') patch.status = 'read';
        void updateArticle(libraryDb(), article.id, patch);
      }, 300);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      el.removeEventListener('scroll', onScroll);
    };
  }, [article?.id, !!prefs]);

  if (article === undefined || !prefs) return null;
  if (!article?.result) {
    return (
      <main class="lib">
        <p class="lib-empty">{t('libNotFound')}</p>
        <button type="button" onClick={onClose}>
          {t('libraryTitle')}
        </button>
      </main>
    );
  }
  const change = (patch: Partial<ReadingPrefs>) => {
    setPrefsState((s) => (s ? { ...s, ...patch } : s));
    void setPrefs(patch);
  };
  const a = article;
  return (
    <div class="lib-reader" ref={scroller} data-id={a.id}>
      <ReaderView
        result={view?.result ?? a.result!}
        settings={prefs}
        isArticle
        offline
        onSettingsChange={change}
        onClose={onClose}
        actions={
          <>
            <button type="button" class="saar-btn" data-action="export-md" onClick={() => downloadText(fileName(a.title, 'md'), articleToMarkdown(a), 'text/markdown')}>
              MD
            </button>
            <button type="button" class="saar-btn" data-action="export-html" onClick={() => void withImages().then((imgs) => downloadText(fileName(a.title, 'html'), articlesToHtml([a], undefined, imgs), 'text/html'))}>
              HTML
            </button>
            <button type="button" class="saar-btn" data-action="export-json" onClick={() => void withImages().then((imgs) => downloadText(fileName(a.title, 'json'), exportJson([a], new Date(), imgs), 'application/json'))}>
              JSON
            </button>
            <button type="button" class="saar-btn" data-action="export-epub" onClick={() => void withImages().then((imgs) => downloadBytes(fileName(a.title, 'epub'), articlesToEpub([a], { images: imgs }), 'application/epub+zip'))}>
              EPUB
            </button>
          </>
        }
      />
    </div>
  );
}
