// Popup: reader toggle, clean page, detection verdict and reasons, reading settings, per-site
// choices (each asks for that one origin's permission) and the keyboard shortcut.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SettingsControls } from '../../components/SettingsControls';
import { t } from '../../utils/i18n';
import { originPattern, siteOrigin } from '../../utils/format';
import type { BackgroundRequest, SaveReply, TabAction, TabStatus } from '../../utils/messages';
import { SaveButton } from '../../components/SaveButton';
import { runInTab } from '../../utils/tab-actions';
import { getPrefs, getSiteChoice, setPrefs, setSiteChoice, watchPrefs, type ReadingPrefs, type SiteChoice } from '../../utils/settings';
import { KeepImagesToggle } from '../library/KeepImagesToggle';

interface TabInfo {
  id: number;
  url: string;
}

/** The tab the popup acts on: the active one, or `?tab=ID` when opened as a page (tests). */
async function targetTab(): Promise<TabInfo | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id != null ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url ?? '' } : null;
}

export function PopupApp() {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [prefs, setPrefsState] = useState<ReadingPrefs | null>(null);
  const [site, setSite] = useState<SiteChoice>({});
  const [shortcut, setShortcut] = useState('');
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void getPrefs().then(setPrefsState);
    const unwatch = watchPrefs(setPrefsState);
    void browser.commands.getAll().then((cmds) => setShortcut(cmds.find((c) => c.name === 'toggle-reader')?.shortcut ?? ''));
    void (async () => {
      const info = await targetTab();
      setTab(info);
      if (!info) return setUnavailable(true);
      const origin = siteOrigin(info.url || (await statusUrl(info.id)));
      if (origin) setSite(await getSiteChoice(origin));
      try {
        setStatus(await runInTab(info.id, 'status'));
      } catch {
        setUnavailable(true);
      }
    })();
    return unwatch;
  }, []);

  const act = async (action: TabAction) => {
    if (!tab) return;
    try {
      setStatus(await runInTab(tab.id, action));
      if (action === 'toggle-reader' && !new URLSearchParams(location.search).get('tab')) window.close();
    } catch {
      setUnavailable(true);
    }
  };

  const origin = siteOrigin(status?.url || tab?.url);
  const chooseSite = (key: keyof SiteChoice, on: boolean) => {
    if (!origin) return;
    const pattern = originPattern(origin);
    // The permission request must be the first thing in the click handler (user gesture).
    const granted = on ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(true);
    void granted.then(async (ok) => {
      if (!ok) return setNotice(t('popupPermissionDenied'));
      setNotice('');
      const next = await setSiteChoice(origin, { [key]: on });
      setSite(next);
      if (!next.autoReader && !next.autoClean) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    });
  };

  const changePrefs = (patch: Partial<ReadingPrefs>) => {
    setPrefsState((p) => (p ? { ...p, ...patch } : p));
    void setPrefs(patch);
  };

  const detect = status?.detect;
  return (
    <main class="popup">
      <header class="popup-head">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{t('extName')}</h1>
      </header>

      {unavailable ? (
        <p class="popup-state" role="status">
          {t('popupUnavailable')}
        </p>
      ) : (
        <>
          <section class="popup-actions" aria-label={t('readerViewLabel')}>
            <button type="button" class="primary" data-action="toggle-reader" disabled={!status} onClick={() => act('toggle-reader')}>
              {status?.readerOpen ? t('popupCloseReader') : t('popupToggleReader')}
            </button>
            <button type="button" data-action="toggle-clean" aria-pressed={!!status?.cleanOn} disabled={!status} onClick={() => act('toggle-clean')}>
              {status?.cleanOn ? t('popupUndoClean') : t('popupCleanPage')}
            </button>
            {status?.cleanOn && <p class="popup-small">{t('popupCleanedCount', String(status.cleanChanges))}</p>}
            {tab && <SaveButton class="popup-save" onSave={() => browser.runtime.sendMessage({ type: 'saar:save-tab', tabId: tab.id } satisfies BackgroundRequest) as Promise<SaveReply>} />}
            <button type="button" data-action="open-library" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
              {t('popupOpenLibrary')}
            </button>
          </section>

          <section class="popup-detect" role="status" data-article={detect ? String(detect.isArticle) : 'unknown'}>
            {!detect ? (
              <p>{t('popupChecking')}</p>
            ) : (
              <details>
                <summary>
                  <span class={detect.isArticle ? 'dot yes' : 'dot no'} aria-hidden="true" />
                  {detect.isArticle ? t('popupLooksArticle') : t('popupNotArticle')} ({Math.round(detect.score * 100)}%)
                </summary>
                <ul aria-label={t('popupReasons')}>
                  {detect.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>

          {origin && (
            <fieldset class="popup-site">
              <legend>
                {t('popupThisSite')}: <bdi>{new URL(origin).host}</bdi>
              </legend>
              <label>
                <input type="checkbox" name="autoReader" checked={!!site.autoReader} onChange={(e) => chooseSite('autoReader', (e.currentTarget as HTMLInputElement).checked)} />
                {t('popupAutoReader')}
              </label>
              <label>
                <input type="checkbox" name="autoClean" checked={!!site.autoClean} onChange={(e) => chooseSite('autoClean', (e.currentTarget as HTMLInputElement).checked)} />
                {t('popupAutoClean')}
              </label>
              {notice && <p class="popup-small" role="alert">{notice}</p>}
            </fieldset>
          )}
        </>
      )}

      <section class="popup-settings" aria-labelledby="popup-settings-h">
        <h2 id="popup-settings-h">{t('popupSettings')}</h2>
        {prefs && <SettingsControls settings={prefs} onChange={changePrefs} idPrefix="popup" />}
        <KeepImagesToggle class="popup-keep-images" />
      </section>

      <footer class="popup-small popup-shortcut">{shortcut ? t('popupShortcut', shortcut) : t('popupNoShortcut')}</footer>
    </main>
  );
}

async function statusUrl(tabId: number): Promise<string> {
  try {
    return (await runInTab(tabId, 'status')).url;
  } catch {
    return '';
  }
}
