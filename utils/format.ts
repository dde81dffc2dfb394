// Small display helpers shared by the reader view and the popup.

/** A date the page gave (ISO or free text) in the reader's language; unparseable text is shown as is. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !/\d{4}/.test(value)) return value;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: /T\d|:\d/.test(value) ? 'short' : undefined }).format(d);
  } catch {
    return d.toDateString();
  }
}

/** Only http(s) images from the page are shown (no javascript:/data: surprises). */
export function safeImageUrl(src: string | null | undefined, base: string): string {
  if (!src) return '';
  try {
    const u = new URL(src, base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

export function siteOrigin(url: string | undefined): string {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : '';
  } catch {
    return '';
  }
}

/** The host-permission pattern of a site. Match patterns carry no port (Firefox rejects one; any port matches). */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
