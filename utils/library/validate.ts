// Shape checks for what reaches the background's library writes. Messages come only from our own
// content scripts and pages (runtime messaging is closed to web pages), but the content script
// runs beside untrusted page code, so sizes and types are checked before anything is stored.
import type { ExtractResult } from '../../lib/types';

const MAX_HTML = 8 * 1024 * 1024;
const MAX_TEXT = 4 * 1024 * 1024;
const MAX_SHORT = 4096;

const isStr = (v: unknown, max = MAX_SHORT): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);

export function isHttpUrl(v: unknown): v is string {
  if (!isStr(v)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True when `v` has every ExtractResult field with the right type and sane sizes. */
export function isExtractResult(v: unknown): v is ExtractResult {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const lead = r.leadImage as Record<string, unknown> | null;
  const summary = r.summary as Record<string, unknown> | null;
  return (
    isHttpUrl(r.url) &&
    isStr(r.title) && isStr(r.byline) && isStr(r.desk) && isStr(r.siteName) && isStr(r.lang, 64) &&
    isStrOrNull(r.published) && isStrOrNull(r.modified) &&
    (r.dir === 'ltr' || r.dir === 'rtl') &&
    (lead === null || (typeof lead === 'object' && isStr(lead.src, 16384) && isStr(lead.alt) && isStr(lead.caption) && isStr(lead.credit))) &&
    (summary === null || (typeof summary === 'object' && isStr(summary.text, 65536) && ['page', 'meta', 'generated'].includes(summary.source as string))) &&
    isStr(r.contentHtml, MAX_HTML) && isStr(r.textContent, MAX_TEXT) &&
    Number.isFinite(r.wordCount) && Number.isFinite(r.readingMinutes) &&
    isStr(r.attempt) && Array.isArray(r.warnings) && r.warnings.every((w) => isStr(w))
  );
}

/** Same origin (scheme + host + port) for two URLs; false when either does not parse. */
export function sameOrigin(a: string | undefined, b: string | undefined): boolean {
  try {
    return !!a && !!b && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
