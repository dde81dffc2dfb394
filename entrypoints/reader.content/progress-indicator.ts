// A small "reading this page…" card for huge pages. It appears only when extraction has run longer
// than SHOW_AFTER_MS (small pages never flash it), lives in its own closed shadow root appended to
// <html> (outside <body>, so extraction never reads it), and is removed before the reader opens.
import type { ExtractStep } from '../../lib/index';
import { t } from '../../utils/i18n';

export const PROGRESS_TAG = 'saar-progress';
const SHOW_AFTER_MS = 300;

/** Rough share of the work done when each phase ends, for the bar. */
const PHASE_SHARE: Record<ExtractStep['phase'], number> = {
  metadata: 0.15,
  clean: 0.45,
  grab: 0.7,
  'post-process': 0.85,
  sanitize: 0.97,
};

const CSS = `
:host { all: initial; position: fixed; inset-block-start: 16px; inset-inline-end: 16px; z-index: 2147483647; }
.card { font: 14px/1.4 system-ui, 'Noto Sans Devanagari', sans-serif; background: #fbfbf8; color: #1d1d1b;
  border: 1px solid #d9d7d0; border-radius: 10px; padding: 12px 16px; min-width: 220px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); }
.bar { margin-top: 8px; height: 4px; background: #e4e2dc; border-radius: 2px; overflow: hidden; }
.fill { height: 100%; width: 0; background: #0f766e; transition: width 120ms linear; }
@media (prefers-color-scheme: dark) {
  .card { background: #17181a; color: #e6e4df; border-color: #34363a; }
  .bar { background: #34363a; }
  .fill { background: #6cc7c0; }
}
@media (prefers-reduced-motion: reduce) { .fill { transition: none; } }
`;

export interface ProgressIndicator {
  /** Report a finished phase; shows the card once the work has taken long enough. */
  update(step: ExtractStep, elapsedMs: number): void;
  remove(): void;
}

export function createProgressIndicator(doc: Document = document): ProgressIndicator {
  let host: HTMLElement | null = null;
  let fill: HTMLElement | null = null;

  const show = () => {
    host = doc.createElement(PROGRESS_TAG);
    host.setAttribute('role', 'status');
    host.setAttribute('aria-live', 'polite');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const card = doc.createElement('div');
    card.className = 'card';
    const label = doc.createElement('div');
    label.textContent = t('readingPage');
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'progressbar');
    bar.setAttribute('aria-label', label.textContent);
    fill = doc.createElement('div');
    fill.className = 'fill';
    bar.append(fill);
    card.append(label, bar);
    shadow.append(style, card);
    doc.documentElement.append(host);
  };

  return {
    update(step, elapsedMs) {
      if (!host && elapsedMs >= SHOW_AFTER_MS) show();
      if (fill) {
        const share = PHASE_SHARE[step.phase];
        fill.style.width = `${Math.round(share * 100)}%`;
        fill.parentElement?.setAttribute('aria-valuenow', String(Math.round(share * 100)));
      }
    },
    remove() {
      host?.remove();
      host = null;
      fill = null;
    },
  };
}
