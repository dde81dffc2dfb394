// Turn the bytes of a saved page into text the way a browser would: gunzip when gzip, then the
// encoding from the BOM, else the <meta charset> / http-equiv declaration in the first bytes,
// else UTF-8 when the bytes are valid UTF-8, else windows-1252 (the WHATWG fallback).
// TextDecoder (Node's full ICU) knows every WHATWG encoding label, so no extra library is needed.
import { gunzipSync } from 'node:zlib';

export class InputError extends Error {}

/** How far into the file a charset declaration is looked for (the HTML prescan uses 1024). */
const PRESCAN_BYTES = 4096;
/** Bytes checked for binary content. */
const SNIFF_BYTES = 8192;

export interface Decoded {
  text: string;
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'meta' | 'utf-8-valid' | 'fallback';
}

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG index). Node 20's TextDecoder decodes "windows-1252" as
 * ISO-8859-1 and turns these into C1 controls, so they are mapped here.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Decode with a WHATWG encoding name (as returned by resolveLabel). */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeCp1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** The canonical name of a WHATWG encoding label, or null when the label is unknown. */
export function resolveLabel(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (!l) return null;
  // A page cannot declare itself UTF-16 in a meta tag it could only read as ASCII (HTML spec).
  if (/^(?:utf-?16|utf-16[bl]e|unicodefffe|unicode|ucs-2|csunicode|iso-10646-ucs-2|unicodefeff)$/.test(l)) return 'utf-8';
  if (l === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** The charset declared in the head: <meta charset>, or <meta http-equiv=content-type content=...charset=>. */
export function prescanCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = m[1];
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attrs);
    if (!charset) continue;
    // `charset=` inside content= counts only with http-equiv=content-type; a bare charset attribute always does.
    const bare = /(?:^|\s)charset\s*=/i.test(attrs.replace(/"[^"]*"|'[^']*'/g, '""'));
    if (bare || /http-equiv\s*=\s*["']?\s*content-type/i.test(attrs)) {
      const enc = resolveLabel(charset[1]);
      if (enc) return enc;
    }
  }
  return null;
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decode a saved page (maybe gzipped) to text. Throws InputError with a message for people. */
export function decodePage(raw: Uint8Array): Decoded {
  let bytes = raw;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new InputError(`not a valid gzip file (${(e as Error).message})`);
    }
  }
  if (!bytes.length) throw new InputError('empty file');
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    if (!text.trim()) throw new InputError('empty file');
    return { text, encoding: bom.encoding, source: 'bom' };
  }
  if (looksBinary(bytes)) throw new InputError('binary file, not HTML text');
  const declared = prescanCharset(bytes);
  let result: Decoded;
  if (declared) result = { text: decodeWith(declared, bytes), encoding: declared, source: 'meta' };
  else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'utf-8-valid' };
    } catch {
      result = { text: decodeCp1252(bytes), encoding: 'windows-1252', source: 'fallback' };
    }
  }
  if (!result.text.trim()) throw new InputError('empty file');
  return result;
}
