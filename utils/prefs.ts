// Reading preferences: types, defaults and validation. Pure (no extension APIs), so UI code and
// tests can import it; storage lives in settings.ts.

export type Theme = 'light' | 'dark' | 'sepia' | 'system';
export type FontFamily = 'serif' | 'sans' | 'deva-serif' | 'deva-sans';
export type Width = 'narrow' | 'medium' | 'wide';
export type Align = 'start' | 'justify';

export interface ReadingPrefs {
  theme: Theme;
  font: FontFamily;
  /** CSS pixels. */
  fontSize: number;
  lineHeight: number;
  width: Width;
  align: Align;
}

export const THEMES: Theme[] = ['system', 'light', 'dark', 'sepia'];
export const FONTS: FontFamily[] = ['serif', 'sans', 'deva-serif', 'deva-sans'];
export const WIDTHS: Width[] = ['narrow', 'medium', 'wide'];
export const ALIGNS: Align[] = ['start', 'justify'];
export const FONT_SIZE = { min: 14, max: 32, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2.2, step: 0.1 } as const;

export const DEFAULT_PREFS: ReadingPrefs = {
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.7,
  width: 'medium',
  align: 'start',
};

/** Clamp and fill stored prefs so a hand-edited or partial value never breaks the UI. */
export function normalizePrefs(p: Partial<ReadingPrefs> | null | undefined): ReadingPrefs {
  const v = { ...DEFAULT_PREFS, ...(p ?? {}) };
  const clamp = (n: number, lo: number, hi: number, d: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : d);
  return {
    theme: THEMES.includes(v.theme) ? v.theme : DEFAULT_PREFS.theme,
    font: FONTS.includes(v.font) ? v.font : DEFAULT_PREFS.font,
    fontSize: clamp(Number(v.fontSize), FONT_SIZE.min, FONT_SIZE.max, DEFAULT_PREFS.fontSize),
    lineHeight: Math.round(clamp(Number(v.lineHeight), LINE_HEIGHT.min, LINE_HEIGHT.max, DEFAULT_PREFS.lineHeight) * 10) / 10,
    width: WIDTHS.includes(v.width) ? v.width : DEFAULT_PREFS.width,
    align: ALIGNS.includes(v.align) ? v.align : DEFAULT_PREFS.align,
  };
}

