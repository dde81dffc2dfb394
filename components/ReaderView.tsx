import type { ComponentChildren } from 'preact';
import type { ExtractResult } from '../lib/types';
import type { ReadingPrefs } from '../utils/prefs';
import { t, uiLanguage } from '../utils/i18n';
import { ArticleHeader } from './ArticleHeader';
import { SummaryBox } from './SummaryBox';
import { LeadFigure } from './LeadFigure';
import { ArticleBody } from './ArticleBody';
import { ReaderToolbar } from './ReaderToolbar';

interface Props {
  result: ExtractResult;
  settings: ReadingPrefs;
  /** False when detection said "not an article" and the user opened the view anyway. */
  isArticle: boolean;
  onSettingsChange: (patch: Partial<ReadingPrefs>) => void;
  onClose: () => void;
  /** Extra toolbar buttons. */
  actions?: ComponentChildren;
  /** Off the original page (the library): "Read original" opens it instead of closing. */
  offline?: boolean;
}

/** The whole reader view. Settings become data attributes and CSS variables on the root. */
export function ReaderView({ result, settings, isArticle, onSettingsChange, onClose, actions, offline }: Props) {
  const ui = uiLanguage();
  return (
    <div
      class="saar-root"
      data-theme={settings.theme}
      data-font={settings.font}
      data-width={settings.width}
      data-align={settings.align}
      style={{ '--saar-size': `${settings.fontSize}px`, '--saar-lh': String(settings.lineHeight) }}
      lang={ui}
    >
      <ReaderToolbar settings={settings} onChange={onSettingsChange} onClose={onClose} actions={actions} />
      <main class="saar-page" tabIndex={-1} aria-label={t('readerViewLabel')}>
        {!isArticle && (
          <p class="saar-note" role="note">
            {t('notArticleNote')}
          </p>
        )}
        <article class="saar-article" lang={result.lang || undefined} dir={result.dir} aria-label={result.title || t('articleLabel')}>
          <ArticleHeader result={result} />
          <SummaryBox summary={result.summary} lang={result.lang} />
          <LeadFigure image={result.leadImage} baseUrl={result.url} />
          <ArticleBody result={result} />
          <footer class="saar-footer">
            <a
              href={result.url}
              rel="noopener noreferrer"
              target={offline ? '_blank' : undefined}
              onClick={(e) => {
                if (offline) return;
                // We are on the original already: a plain click just closes the overlay.
                if (e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) {
                  e.preventDefault();
                  onClose();
                }
              }}
            >
              {t('readOriginal')}
            </a>
          </footer>
        </article>
      </main>
    </div>
  );
}
