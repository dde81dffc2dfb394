// Opens and closes the reader overlay. The overlay is one host element appended to <html>; the
// page's DOM is otherwise untouched, except a scroll-lock class on <html> that close() removes
// (restoring the `class` attribute exactly, absent if it was absent).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractResult } from '../../lib/types';
import { browser } from 'wxt/browser';
import { ReaderView } from '../../components/ReaderView';
import { SaveButton } from '../../components/SaveButton';
import type { BackgroundRequest, SaveReply } from '../../utils/messages';
import { getPrefs, setPrefs, watchPrefs, type ReadingPrefs } from '../../utils/settings';
import readerCss from '../../assets/reader.css?inline';

export const HOST_TAG = 'saar-reader';
export const LOCK_CLASS = 'saar-reader-open';

/**
 * Document-level rules, carried by a <style> inside the host so removing the host removes them.
 * While open, the page's CSS on <html> (the host's parent) may not move, shrink, clip or fade the
 * overlay: a transform, filter, zoom or containment there would make <html> the fixed host's
 * containing block (the reader no longer covers the viewport, the page shows and takes clicks
 * beside it). Two :not(#…) outrank page rules on html/:root, !important or not.
 */
const DOCUMENT_CSS = `
@media screen { html.${LOCK_CLASS}, html.${LOCK_CLASS} > body { overflow: hidden !important; } }
@media print { html.${LOCK_CLASS} > body { display: none !important; } }
html.${LOCK_CLASS}:not(#saar-none):not(#saar-none) {
  transform: none !important; translate: none !important; rotate: none !important; scale: none !important;
  perspective: none !important; filter: none !important; backdrop-filter: none !important; zoom: 1 !important;
  contain: none !important; container-type: normal !important; content-visibility: visible !important;
  will-change: auto !important; opacity: 1 !important; clip-path: none !important; mask: none !important;
}
`;

function ReaderApp(props: { result: ExtractResult; initial: ReadingPrefs; isArticle: boolean; onClose: () => void }) {
  const [settings, setSettings] = useState(props.initial);
  // Changes from the popup (or another tab) apply at once.
  useEffect(() => watchPrefs(setSettings), []);
  const change = (patch: Partial<ReadingPrefs>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void setPrefs(patch);
  };
  // The background validates and writes it: IndexedDB of the extension's origin is not reachable here.
  const save = () => browser.runtime.sendMessage({ type: 'saar:library-save', result: props.result } satisfies BackgroundRequest) as Promise<SaveReply>;
  return (
    <ReaderView
      result={props.result}
      settings={settings}
      isArticle={props.isArticle}
      onSettingsChange={change}
      onClose={props.onClose}
      actions={<SaveButton onSave={save} />}
    />
  );
}

export interface ReaderHandle {
  close(): void;
}

export async function openReader(ctx: ContentScriptContext, result: ExtractResult, isArticle: boolean, onClosed: () => void): Promise<ReaderHandle> {
  const html = document.documentElement;
  const classBefore = html.getAttribute('class');
  const scroll = { x: window.scrollX, y: window.scrollY };
  const focusBefore = document.activeElement as HTMLElement | null;
  const prefs = await getPrefs();
  let closed = false;
  let ui: ShadowRootContentScriptUi<void> | null = null;

  const onKey = (e: KeyboardEvent) => {
    // Only a real key press: a page script's synthetic Escape does not close the reader.
    if (e.isTrusted && e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  // aria-modal: keyboard focus stays in the overlay instead of wandering to the page behind it.
  const onFocusIn = (e: FocusEvent) => {
    if (ui && e.target !== ui.shadowHost) ui.shadow.querySelector<HTMLElement>('.saar-page')?.focus({ preventScroll: true });
  };

  const close = () => {
    if (closed) return;
    closed = true;
    window.removeEventListener('keydown', onKey, true);
    document.removeEventListener('focusin', onFocusIn, true);
    ui?.remove();
    html.classList.remove(LOCK_CLASS);
    if (classBefore === null && html.classList.length === 0) html.removeAttribute('class');
    else if (classBefore !== null && html.getAttribute('class') !== classBefore && html.className.trim() === classBefore.trim()) html.setAttribute('class', classBefore);
    window.scrollTo(scroll.x, scroll.y);
    if (focusBefore && focusBefore.isConnected && typeof focusBefore.focus === 'function') focusBefore.focus({ preventScroll: true });
    onClosed();
  };

  ui = await createShadowRootUi<void>(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'open',
    css: readerCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow, host) {
      const docStyle = document.createElement('style');
      docStyle.textContent = DOCUMENT_CSS;
      host.append(docStyle);
      host.setAttribute('role', 'dialog');
      host.setAttribute('aria-modal', 'true');
      host.setAttribute('aria-label', result.title || 'Saar');
      container.addEventListener('keydown', onKey);
      render(<ReaderApp result={result} initial={prefs} isArticle={isArticle} onClose={close} />, container);
      queueMicrotask(() => shadow.querySelector<HTMLElement>('.saar-page')?.focus({ preventScroll: true }));
    },
    onRemove() {
      if (ui) render(null, ui.uiContainer);
    },
  });
  ui.mount();
  html.classList.add(LOCK_CLASS);
  window.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocusIn, true);
  return { close };
}
