// Reading settings, shared by the reader toolbar and the popup. Stateless: shows `settings`, reports patches.
import { ALIGNS, FONTS, FONT_SIZE, LINE_HEIGHT, THEMES, WIDTHS, type ReadingPrefs } from '../utils/prefs';
import { t, type MessageKey } from '../utils/i18n';

const THEME_LABEL: Record<ReadingPrefs['theme'], MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia' };
const FONT_LABEL: Record<ReadingPrefs['font'], MessageKey> = { serif: 'fontSerif', sans: 'fontSans', 'deva-serif': 'fontDevaSerif', 'deva-sans': 'fontDevaSans' };
const WIDTH_LABEL: Record<ReadingPrefs['width'], MessageKey> = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' };
const ALIGN_LABEL: Record<ReadingPrefs['align'], MessageKey> = { start: 'alignStart', justify: 'alignJustify' };

interface Props {
  settings: ReadingPrefs;
  onChange: (patch: Partial<ReadingPrefs>) => void;
  /** Distinguishes ids when two copies are on one page. */
  idPrefix?: string;
}

function Choice<T extends string>(props: { name: string; legend: string; options: T[]; value: T; label: (v: T) => string; onPick: (v: T) => void }) {
  return (
    <fieldset class="saar-choice">
      <legend>{props.legend}</legend>
      <div class="saar-choice-row">
        {props.options.map((opt) => (
          <label key={opt} class={opt === props.value ? 'is-on' : ''} data-value={opt}>
            <input type="radio" name={props.name} value={opt} checked={opt === props.value} onChange={() => props.onPick(opt)} />
            <span>{props.label(opt)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Range(props: { id: string; label: string; shown: string; limits: { min: number; max: number; step: number }; value: number; onPick: (v: number) => void }) {
  return (
    <div class="saar-field">
      <label for={props.id}>
        {props.label} <output>{props.shown}</output>
      </label>
      <input
        id={props.id}
        type="range"
        min={props.limits.min}
        max={props.limits.max}
        step={props.limits.step}
        value={props.value}
        onInput={(e) => props.onPick(Number((e.currentTarget as HTMLInputElement).value))}
      />
    </div>
  );
}

export function SettingsControls({ settings, onChange, idPrefix = 'saar' }: Props) {
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <div class="saar-settings">
      <Choice name={id('theme')} legend={t('theme')} options={THEMES} value={settings.theme} label={(v) => t(THEME_LABEL[v])} onPick={(theme) => onChange({ theme })} />
      <div class="saar-field">
        <label for={id('font')}>{t('font')}</label>
        <select id={id('font')} value={settings.font} onChange={(e) => onChange({ font: (e.currentTarget as HTMLSelectElement).value as ReadingPrefs['font'] })}>
          {FONTS.map((f) => (
            <option key={f} value={f}>
              {t(FONT_LABEL[f])}
            </option>
          ))}
        </select>
      </div>
      <Range id={id('size')} label={t('fontSize')} shown={`${settings.fontSize}px`} limits={FONT_SIZE} value={settings.fontSize} onPick={(fontSize) => onChange({ fontSize })} />
      <Range id={id('lh')} label={t('lineHeight')} shown={settings.lineHeight.toFixed(1)} limits={LINE_HEIGHT} value={settings.lineHeight} onPick={(lineHeight) => onChange({ lineHeight })} />
      <Choice name={id('width')} legend={t('width')} options={WIDTHS} value={settings.width} label={(v) => t(WIDTH_LABEL[v])} onPick={(width) => onChange({ width })} />
      <Choice name={id('align')} legend={t('align')} options={ALIGNS} value={settings.align} label={(v) => t(ALIGN_LABEL[v])} onPick={(align) => onChange({ align })} />
    </div>
  );
}
