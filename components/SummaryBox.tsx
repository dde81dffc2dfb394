import type { Summary } from '../lib/types';
import { t } from '../utils/i18n';

/** The summary in its own labelled box; a generated one says so. */
export function SummaryBox({ summary, lang }: { summary: Summary | null; lang: string }) {
  if (!summary?.text) return null;
  const generated = summary.source === 'generated';
  return (
    <section class="saar-summary" aria-labelledby="saar-summary-heading" data-source={summary.source}>
      <h2 id="saar-summary-heading" class="saar-summary-heading">
        {t('summary')}
        {generated && (
          <span class="saar-generated" title={t('summaryGeneratedNote')}>
            {t('summaryGenerated')}
          </span>
        )}
      </h2>
      <p lang={lang || undefined}>{summary.text}</p>
    </section>
  );
}
