import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ReadingPrefs } from '../utils/prefs';
import { t } from '../utils/i18n';
import { SettingsControls } from './SettingsControls';

interface Props {
  settings: ReadingPrefs;
  onChange: (patch: Partial<ReadingPrefs>) => void;
  onClose: () => void;
  /** Extra buttons (Save for later; the library's own actions). */
  actions?: ComponentChildren;
}

/** Close, print and the settings panel. */
export function ReaderToolbar({ settings, onChange, onClose, actions }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div class="saar-toolbar" role="toolbar" aria-label={t('readerViewLabel')}>
      <div class="saar-toolbar-row">
        <span class="saar-brand" aria-hidden="true">
          {t('extName')}
        </span>
        {actions}
        <button type="button" class="saar-btn" aria-expanded={open} aria-controls="saar-settings-panel" onClick={() => setOpen(!open)} title={t('readerSettings')}>
          <span aria-hidden="true">Aa</span>
          <span class="saar-sr">{t('readerSettings')}</span>
        </button>
        <button type="button" class="saar-btn" onClick={() => window.print()} title={t('printArticle')}>
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round">
            <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" />
          </svg>
          <span class="saar-sr">{t('printArticle')}</span>
        </button>
        <button type="button" class="saar-btn saar-close" onClick={onClose} title={t('closeReader')} data-action="close">
          <span aria-hidden="true">✕</span>
          <span class="saar-sr">{t('closeReader')}</span>
        </button>
      </div>
      <div id="saar-settings-panel" class="saar-panel" hidden={!open} role="group" aria-label={t('readerSettings')}>
        <SettingsControls settings={settings} onChange={onChange} idPrefix="saar-reader" />
      </div>
    </div>
  );
}
