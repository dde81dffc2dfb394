import { describe, expect, it } from 'vitest';
import { findBylineRow, findVisibleByline, isDeskName, splitByline } from './byline';

const page = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('splitByline', () => {
  it('splits the seed byline row into desk, person and update date', () => {
    expect(splitByline('टेक डेस्क, अमर उजाला, नई दिल्ली Published by: जागृति Updated Sun, 15 Feb 2026 06:31 PM IST')).toEqual({
      desk: 'टेक डेस्क, अमर उजाला, नई दिल्ली',
      byline: 'जागृति',
      published: null,
      modified: '2026-02-15T18:31:00+05:30',
    });
  });
  it('drops "By" and separates an agency after the names', () => {
    expect(splitByline('By Jane Doe and John Roe, Reuters')).toMatchObject({ byline: 'Jane Doe, John Roe', desk: 'Reuters' });
    expect(splitByline('By PTI')).toMatchObject({ byline: '', desk: 'PTI' });
  });
  it('reads Hindi markers: लेखक, द्वारा, प्रकाशित, अपडेटेड', () => {
    expect(splitByline('लेखक: राहुल शर्मा | प्रकाशित: 15 फ़रवरी 2026')).toMatchObject({ byline: 'राहुल शर्मा', published: '2026-02-15' });
    expect(splitByline('जागृति द्वारा प्रकाशित, अपडेटेड 15 फरवरी 2026 06:31 PM IST')).toMatchObject({
      byline: 'जागृति',
      modified: '2026-02-15T18:31:00+05:30',
    });
    expect(splitByline('द्वारा: सीमा')).toMatchObject({ byline: 'सीमा' });
  });
  it('ends a name at an unlabelled date and ignores share buttons', () => {
    expect(splitByline('Jane Doe Sun, 15 Feb 2026 | Share')).toMatchObject({ byline: 'Jane Doe', published: '2026-02-15' });
  });
  it('treats the site name and team names as desks', () => {
    expect(splitByline('Amar Ujala Digital Team')).toMatchObject({ byline: '', desk: 'Amar Ujala Digital Team' });
    expect(splitByline('Example Times', 'Example Times')).toMatchObject({ byline: '', desk: 'Example Times' });
  });
});

describe('isDeskName', () => {
  it('knows desks, bureaus, agencies and people', () => {
    expect(isDeskName('टेक डेस्क')).toBe(true);
    expect(isDeskName('एजेंसी')).toBe(true);
    expect(isDeskName('ब्यूरो रिपोर्ट')).toBe(true);
    expect(isDeskName('Express News Service')).toBe(true);
    expect(isDeskName('PTI')).toBe(true);
    expect(isDeskName('जागृति')).toBe(false);
    expect(isDeskName('Jane Webb')).toBe(false);
  });
});

describe('findVisibleByline', () => {
  it('finds the row under the headline through the "Published by" text, with desk and date beside it', () => {
    const doc = page(`<header><a class="author-link" href="/login">Sign in as author</a></header>
      <article><h1>Startup India: क्या भारत में फिर लौटेंगे ऐसे एप्स</h1>
      <div class="row"><span>टेक डेस्क, अमर उजाला, नई दिल्ली</span> <span>Published by: <a href="/u/j">जागृति</a></span>
      <span>Updated Sun, 15 Feb 2026 06:31 PM IST</span></div><p>Body.</p></article>`);
    expect(findVisibleByline(doc, doc.querySelector('h1'))).toEqual({
      byline: 'जागृति',
      desk: 'टेक डेस्क, अमर उजाला, नई दिल्ली',
      published: null,
      modified: '2026-02-15T18:31:00+05:30',
    });
  });
  it('returns the whole row element when the desk and date come from beside the name', () => {
    const doc = page(`<article><h1>खबर का शीर्षक यहां है</h1><div class="row"><span>टेक डेस्क</span> <span>Published by: <a href="/a">जागृति</a></span></div><p>Body.</p></article>`);
    const row = findBylineRow(doc, doc.querySelector('h1'))!;
    expect(row.el.classList.contains('row')).toBe(true);
    expect(row.parts).toMatchObject({ byline: 'जागृति', desk: 'टेक डेस्क' });
  });
  it('finds rel=author / byline classes and ignores comment authors and author bios far away', () => {
    const doc = page(`<article><h1>Budget passes</h1><p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>
      <p>Body text.</p><div class="comments"><span class="comment-author">Troll</span></div></article>`);
    expect(findVisibleByline(doc, doc.querySelector('h1'))).toMatchObject({ byline: 'Jane Doe' });
  });
  it('returns null when there is nothing like a byline', () => {
    const doc = page(`<article><h1>Budget passes</h1><p>Body text only.</p></article>`);
    expect(findVisibleByline(doc, doc.querySelector('h1'))).toBeNull();
  });
});
