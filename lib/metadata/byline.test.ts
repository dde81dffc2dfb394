import { describe, expect, it } from 'vitest';
import { brandSkeleton, findBylineRow, findVisibleByline, isDeskName, isSiteBrand, splitByline } from './byline';

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
  it('reads "By" opening a sentence as no byline ("By logging into your account, you agree to … Privacy Policy")', () => {
    expect(splitByline('By logging into your account, you agree to our Terms of Use and Privacy Policy, and the use of cookies.').byline).toBe('');
    expect(splitByline('By signing up you accept the Cookie Policy').byline).toBe('');
    expect(splitByline('By Jane Doe and John Roe').byline).toBe('Jane Doe, John Roe');
  });

  it('ends a name at an unlabelled date and ignores share buttons', () => {
    expect(splitByline('Jane Doe Sun, 15 Feb 2026 | Share')).toMatchObject({ byline: 'Jane Doe', published: '2026-02-15' });
  });
  it('treats the site name and team names as desks', () => {
    expect(splitByline('Amar Ujala Digital Team')).toMatchObject({ byline: '', desk: 'Amar Ujala Digital Team' });
    expect(splitByline('Example Times', 'Example Times')).toMatchObject({ byline: '', desk: 'Example Times' });
  });
});

describe('splitByline: labels, domains and the site name in another script', () => {
  it('reads what follows "पदनाम" (designation) as a job title, never as a person', () => {
    const parts = splitByline('लेखक, सलमान रावी | पदनाम, बीबीसी संवाददाता, उत्तराखंड से 9 जनवरी 2026');
    expect(parts.byline).toBe('सलमान रावी');
    expect(parts.desk).toBe('बीबीसी संवाददाता, उत्तराखंड से');
    // A title that names no desk is dropped, not taken for a second author.
    expect(splitByline('By Jane Doe | Designation: Senior Fellow')).toMatchObject({ byline: 'Jane Doe', desk: '' });
  });
  it('moves the site name written in Hindi, glued after the person, and the place after it to the desk', () => {
    const parts = splitByline('दीपिका शर्मा लाइव हिन्दुस्तान, नई दिल्ली Tue, 20 Jan 2026 01:10 PM', 'Live Hindustan');
    expect(parts.byline).toBe('दीपिका शर्मा');
    expect(parts.desk).toBe('लाइव हिन्दुस्तान, नई दिल्ली');
    // Without a matching site name, nothing is split off.
    expect(splitByline('दीपिका शर्मा लाइव हिन्दुस्तान', 'Dainik Jagran').desk).toBe('');
  });
  it('treats a domain name as a desk', () => {
    expect(splitByline('Curated by राहुल आनंद | नवभारतटाइम्स.कॉम | Updated: 2 Feb 2026')).toMatchObject({
      byline: 'राहुल आनंद',
      desk: 'नवभारतटाइम्स.कॉम',
    });
    expect(splitByline('By Jane Doe, Example.com')).toMatchObject({ byline: 'Jane Doe', desk: 'Example.com' });
  });
});

describe('isSiteBrand', () => {
  it('matches a brand across Devanagari and Latin by consonant skeleton', () => {
    expect(brandSkeleton('लाइव हिन्दुस्तान')).toBe(brandSkeleton('Live Hindustan'));
    expect(isSiteBrand('नवभारतटाइम्स.कॉम', 'Navbharat Times')).toBe(true);
    expect(isSiteBrand('दैनिक जागरण', 'Dainik Jagran')).toBe(true);
    expect(isSiteBrand('राहुल आनंद', 'Navbharat Times')).toBe(false);
    // Short skeletons collide with people's names: never a match.
    expect(isSiteBrand('आज तक', 'Aaj Tak')).toBe(false);
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
  it("reads a name from its own element, not the row's place and title beside it", () => {
    const doc = page(`<article><h1>नई व्यवस्था में कितना टैक्स लगेगा</h1><div class="story-author"><span class="author-name"><a href="/author/r">रवि के. वर्मा</a></span> <span class="place">नई दिल्ली,</span> <span class="date">05 फरवरी 2026</span></div><p>Body.</p></article>`);
    expect(findVisibleByline(doc, doc.querySelector('h1'))).toMatchObject({ byline: 'रवि के. वर्मा', published: '2026-02-05' });
    const en = page(`<article><h1>Six book clubs we tested</h1><div class="author-box"><span class="author-name">Jane Doe</span>, <span class="author-title">Junior Content Editor</span></div><p>Body.</p></article>`);
    expect(findVisibleByline(en, en.querySelector('h1'))).toMatchObject({ byline: 'Jane Doe' });
  });
  it('returns null when there is nothing like a byline', () => {
    const doc = page(`<article><h1>Budget passes</h1><p>Body text only.</p></article>`);
    expect(findVisibleByline(doc, doc.querySelector('h1'))).toBeNull();
  });
});
