import type { ExtractResult } from '../lib/types';
import { t, uiLanguage } from '../utils/i18n';
import { formatDate } from '../utils/format';

/** Site name, title, byline/desk, dates and reading time. */
export function ArticleHeader({ result }: { result: ExtractResult }) {
  // Dates follow the UI language, like the labels around them.
  const locale = uiLanguage();
  const published = formatDate(result.published, locale);
  const modified = formatDate(result.modified, locale);
  const people = [result.byline, result.desk].filter((s, i, all) => s && all.indexOf(s) === i).join(' · ');
  return (
    <header class="saar-header">
      {result.siteName && <p class="saar-site">{result.siteName}</p>}
      <h1 class="saar-title">{result.title}</h1>
      <p class="saar-meta">
        {people && <span class="saar-byline">{people}</span>}
        {published && (
          <time class="saar-date" dateTime={result.published ?? undefined}>
            {t('publishedOn', published)}
          </time>
        )}
        {modified && modified !== published && (
          <time class="saar-date" dateTime={result.modified ?? undefined}>
            {t('updatedOn', modified)}
          </time>
        )}
        {result.readingMinutes > 0 && <span class="saar-time">{t('minutesRead', String(result.readingMinutes))}</span>}
      </p>
    </header>
  );
}
