// Broken charsets: bytes decoded the way the CLI does (cli/decode.ts), then extracted. Whatever
// the bytes, decoding and extraction complete; correct declarations give correct text.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { decodePage } from '../../cli/decode';
import { extractArticle } from '../../lib/index';
import { assertSafeHtml } from '../hostile/assert-safe';
import { articleParagraph, PAGE_URL } from './pages';

const HINDI = 'नगर परिषद ने मंगलवार को लंबी बहस के बाद नदी किनारे नए पुस्तकालय के लिए धन देने का फ़ैसला किया।';

function pageHtml(meta: string, extra = ''): string {
  const paras = Array.from({ length: 10 }, (_, i) => `<p>${articleParagraph(i)} ${HINDI}</p>`).join('');
  return `<!DOCTYPE html><html><head>${meta}<title>Charset test</title></head><body><article><h1>Library vote</h1>${extra}${paras}</article></body></html>`;
}

function extractBytes(bytes: Uint8Array) {
  const decoded = decodePage(bytes);
  const doc = new JSDOM(decoded.text, { url: PAGE_URL }).window.document;
  const r = extractArticle(doc);
  assertSafeHtml(r.contentHtml, decoded.encoding);
  return { decoded, r };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('broken charsets', () => {
  it('invalid UTF-8 bytes in a page that declares UTF-8: replacement characters, text intact', () => {
    const good = utf8(pageHtml('<meta charset="utf-8">'));
    const at = good.indexOf(0x50 /* P of the first "Paragraph" in the body */, good.indexOf(0x3c + 0) + 200);
    const bytes = new Uint8Array([...good.subarray(0, at), 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, ...good.subarray(at)]);
    const { decoded, r } = extractBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(r.textContent).toContain(HINDI);
    expect(r.textContent).toContain('\ufffd');
  });

  it('invalid UTF-8 and no declaration: falls back to windows-1252, completes', () => {
    const bytes = new Uint8Array([...utf8(pageHtml('')), 0x80, 0xff, 0xfe]);
    const { decoded, r } = extractBytes(bytes);
    expect(decoded.source).toBe('fallback');
    expect(r.textContent).toContain('Paragraph 3 of the report.');
  });

  it('a wrong <meta charset> (windows-1251 over UTF-8 bytes): mojibake, but no throw', () => {
    const { decoded, r } = extractBytes(utf8(pageHtml('<meta charset="windows-1251">')));
    expect(decoded.encoding).toBe('windows-1251');
    expect(r.textContent).toContain('Paragraph 3 of the report.');
    expect(r.textContent).not.toContain(HINDI);
  });

  it('an unknown charset label: ignored, UTF-8 detected', () => {
    const { decoded, r } = extractBytes(utf8(pageHtml('<meta charset="x-no-such-thing">')));
    expect(decoded.encoding).toBe('utf-8');
    expect(r.textContent).toContain(HINDI);
  });

  for (const bigEndian of [false, true]) {
    it(`UTF-16${bigEndian ? 'BE' : 'LE'} with a BOM (and a meta that says UTF-8): decoded by the BOM`, () => {
      const { decoded, r } = extractBytes(utf16(pageHtml('<meta charset="utf-8">'), bigEndian));
      expect(decoded.encoding).toBe(bigEndian ? 'utf-16be' : 'utf-16le');
      expect(r.textContent).toContain(HINDI);
    });
  }

  it('a meta that claims UTF-16 over ASCII-compatible bytes is read as UTF-8 (HTML spec)', () => {
    const { decoded, r } = extractBytes(utf8(pageHtml('<meta charset="utf-16">')));
    expect(decoded.encoding).toBe('utf-8');
    expect(r.textContent).toContain(HINDI);
  });

  it('a UTF-16 BOM followed by an odd number of bytes: completes', () => {
    const bytes = utf16(pageHtml(''), false);
    const { r } = extractBytes(bytes.subarray(0, bytes.length - 1));
    expect(r.textContent).toContain('Paragraph 3 of the report.');
  });
});
