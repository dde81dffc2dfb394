import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePage, InputError, looksBinary, prescanCharset, resolveLabel } from './decode';

const ascii = (s: string) => Buffer.from(s, 'latin1');
const cat = (...parts: Buffer[]) => Buffer.concat(parts);

describe('decodePage', () => {
  it('honours <meta charset> (windows-1251)', () => {
    const bytes = cat(ascii('<html><head><meta charset="windows-1251"></head><body><p>'), Buffer.from('cff0e8e2e5f2', 'hex'), ascii('</p></body></html>'));
    const d = decodePage(bytes);
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toContain('Привет');
  });

  it('honours http-equiv content-type (Shift_JIS)', () => {
    const bytes = cat(ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>'), Buffer.from('93fa967b8cea', 'hex'), ascii('</p></body></html>'));
    expect(decodePage(bytes).text).toContain('日本語');
  });

  it('a BOM wins over the declaration', () => {
    const bytes = cat(Buffer.from('efbbbf', 'hex'), Buffer.from('<meta charset="windows-1252"><p>café “q”</p>', 'utf8'));
    const d = decodePage(bytes);
    expect(d.source).toBe('bom');
    expect(d.text).toContain('café “q”');
    const le = cat(Buffer.from('fffe', 'hex'), Buffer.from('<p>नदी</p>', 'utf16le'));
    expect(decodePage(le).text).toBe('<p>नदी</p>');
  });

  it('undeclared: UTF-8 when valid, windows-1252 otherwise', () => {
    expect(decodePage(Buffer.from('<p>नदी café</p>', 'utf8')).text).toBe('<p>नदी café</p>');
    const d = decodePage(cat(ascii('<p>'), Buffer.from('93636166e994', 'hex'), ascii('</p>')));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('<p>“café”</p>');
  });

  it('gunzips, and rejects empty, binary and broken gzip input', () => {
    expect(decodePage(gzipSync(Buffer.from('<p>x</p>'))).text).toBe('<p>x</p>');
    expect(() => decodePage(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => decodePage(Buffer.from('   \n  '))).toThrow(/empty/);
    expect(() => decodePage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toThrow(InputError);
    expect(() => decodePage(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]))).toThrow(/gzip/);
  });

  it('labels resolve per WHATWG; unknown ones are ignored', () => {
    expect(resolveLabel('latin1')).toBe('windows-1252');
    expect(resolveLabel('x-sjis')).toBe('shift_jis');
    expect(resolveLabel('utf-16')).toBe('utf-8');
    expect(resolveLabel('no-such-charset')).toBeNull();
    expect(prescanCharset(ascii('<!-- <meta charset="koi8-r"> --><meta charset="bogus"><meta name="x" content="charset=gbk">'))).toBeNull();
    expect(looksBinary(ascii('<p>plain text\n\tindented</p>'))).toBe(false);
  });
});

describe('windows-1252', () => {
  it('maps 0x80–0x9F to the WHATWG characters (euro, smart quotes, dashes)', () => {
    const bytes = cat(ascii('<meta charset="windows-1252"><p>'), Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x99]), ascii('</p>'));
    expect(decodePage(bytes).text).toBe('<meta charset="windows-1252"><p>€ “q” – ™</p>');
  });
});
