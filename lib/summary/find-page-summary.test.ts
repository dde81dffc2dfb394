import { describe, expect, it } from 'vitest';
import { createPassContext } from '../passes/pass-context';
import { findPageSummary } from './find-page-summary';

const page = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const ctx = () => createPassContext('https://example.com/a');

const HINDI_SUMMARY =
  'भारत सरकार ने एक्सपोर्ट को बढ़ावा देने के लिए एक विदेशी कंपनी के साथ हाथ मिलाया है। इससे लोगों के मन में सवाल उठ रहा है कि आगे क्या होगा? जानिए विस्तार से....';
const BODY_P = '<p>' + 'यह लेख का मुख्य भाग है जिसमें बहुत सारी जानकारी दी गई है। '.repeat(12) + '</p>';

describe('findPageSummary', () => {
  it('finds the seed-like "सार" box, drops the label from the text and covers it in the element', () => {
    const doc = page(`
      <nav><a href="/">Hindi News</a> › <a href="/tech">Technology</a></nav>
      <article>
        <h1>Startup India: क्या भारत में फिर लौटेंगे ऐसे एप्स ? नई बहस</h1>
        <div class="auther"><span>टेक डेस्क, अमर उजाला, नई दिल्ली</span> <span>Published by: <a href="/a">जागृति</a></span>
          <span>Updated Sun, 15 Feb 2026 06:31 PM IST</span></div>
        <div class="ad-slot">विज्ञापन</div>
        <div class="desc-box"><h2>सार</h2><span class="adlabel">विज्ञापन</span><p>${HINDI_SUMMARY}</p></div>
        <figure><img src="/t.jpg" alt=""><figcaption>Tiktok - फोटो : अमर उजाला</figcaption></figure>
        <h2>विस्तार</h2>${BODY_P}
      </article>`);
    const found = findPageSummary(doc.body, ctx());
    expect(found).not.toBeNull();
    expect(found!.text).toBe(HINDI_SUMMARY);
    expect(found!.el.classList.contains('desc-box')).toBe(true);
    expect(found!.el.textContent).toContain('सार');
    expect(found!.el.contains(doc.querySelector('figure'))).toBe(false);
    expect(found!.el.textContent).not.toContain('मुख्य भाग');
  });

  it('returns label and text as separate parts when their container also holds the body', () => {
    const doc = page(`<article><h1>शीर्षक यहां है और लंबा है</h1><h3>सार :</h3><p>${HINDI_SUMMARY}</p><h3>विस्तार</h3>${BODY_P}${BODY_P}</article>`);
    const found = findPageSummary(doc.body, ctx())!;
    expect(found.text).toBe(HINDI_SUMMARY);
    expect(found.el.localName).toBe('p');
    expect(found.parts.map((e) => e.localName)).toEqual(['h3', 'p']);
  });

  it('reads an inline label: <p><b>Summary:</b> text</p>', () => {
    const doc = page(`<main><h1>A headline about the budget</h1><p><b>Summary:</b> The council approved a new transport budget with forty buses.</p>${BODY_P}</main>`);
    const found = findPageSummary(doc.body, ctx())!;
    expect(found.text).toBe('The council approved a new transport budget with forty buses.');
    expect(found.el.localName).toBe('p');
  });

  it('reads a label that opens its paragraph as plain text, and leaves the next paragraph to the body', () => {
    const text = 'Salina South diver Keetan Munsell won the state championship in the event with a score of 409.30.';
    const doc = page(`<article><h1>2018 Boys State Swim Results</h1><p>Summary: <strong>5-1A:</strong> ${text}</p><p>Trinity Academy junior Ben Patton added to his collection of state titles.</p>${'<p>More results of the meet followed in every event of the day.</p>'.repeat(6)}</article>`);
    const found = findPageSummary(doc.body, ctx())!;
    expect(found.text).toBe(`5-1A: ${text}`);
    expect(found.parts.map((e) => e.textContent)).toEqual([`Summary: 5-1A: ${text}`]);
  });

  it('reads a label however it is cased and spaced: "  IN\n SHORT :"', () => {
    const text = 'The council approved a new transport budget with forty buses.';
    for (const label of ['  IN\n SHORT :', 'In\tshort:', 'TL;DR:']) {
      const doc = page(`<main><h1>A headline about the budget</h1><p><b>${label}</b> ${text}</p>${BODY_P}</main>`);
      expect(findPageSummary(doc.body, ctx())?.text, JSON.stringify(label)).toBe(text);
    }
    const doc = page(`<main><h1>A headline about the budget</h1><p><b>I n short</b> ${text}</p>${BODY_P}</main>`);
    expect(findPageSummary(doc.body, ctx())).toBeNull();
  });

  it('keeps highlight items on their own lines (मुख्य बातें)', () => {
    const doc = page(`<article><h1>खबर का शीर्षक</h1><div class="box"><strong>मुख्य बातें</strong><ul>
      <li>पहली बात यहां लिखी गई है</li><li>दूसरी बात भी यहां लिखी गई है</li></ul></div>${BODY_P}</article>`);
    const found = findPageSummary(doc.body, ctx())!;
    expect(found.text).toBe('पहली बात यहां लिखी गई है\nदूसरी बात भी यहां लिखी गई है');
    expect(found.el.classList.contains('box')).toBe(true);
  });

  it('finds a standfirst under the headline and skips removed ones', () => {
    const html = `<article><h1>Budget passes</h1><p class="byline">By Jane Doe</p>
      <p class="standfirst">The council approved forty electric buses and two longer tram lines on Monday.</p>${BODY_P}</article>`;
    const doc = page(html);
    expect(findPageSummary(doc.body, ctx())!.text).toBe('The council approved forty electric buses and two longer tram lines on Monday.');
    const c = ctx();
    c.remove(doc.querySelector('.standfirst')!, 'test', 'removed');
    expect(findPageSummary(doc.body, c)).toBeNull();
  });

  it('knows a summary class as one whole token of the class list, in any case', () => {
    const text = 'The council approved forty electric buses and two longer tram lines on Monday.';
    const at = (cls: string) => findPageSummary(page(`<article><h1>Budget passes</h1><p class="${cls}">${text}</p>${BODY_P}</article>`).body, ctx());
    expect(at('lead Article-Dek\tbig')?.text).toBe(text);
    expect(at('article-dekko')).toBeNull();
    expect(at('my-dek')).toBeNull();
  });

  it('knows a summary box by its data-testid, data-component or data-role, among other attributes', () => {
    const text = 'The council approved forty electric buses and two longer tram lines on Monday.';
    for (const attrs of ['id="x" data-testid="standfirst"', 'data-component="standfirst" class="c"', 'lang="en" data-role="summary"']) {
      const doc = page(`<article><h1>Budget passes</h1><div ${attrs}>${text}</div>${BODY_P}</article>`);
      expect(findPageSummary(doc.body, ctx())?.text, attrs).toBe(text);
    }
    const doc = page(`<article><h1>Budget passes</h1><div data-role="summary-x" data-testid="standfirst2">${text}</div>${BODY_P}</article>`);
    expect(findPageSummary(doc.body, ctx())).toBeNull();
  });

  it('takes an h2 subtitle right under the h1 and itemprop=description', () => {
    const sub = 'The council approved forty electric buses and two longer tram lines after a long debate';
    expect(findPageSummary(page(`<article><h1>Budget passes</h1><h2>${sub}</h2>${BODY_P}</article>`).body, ctx())!.text).toBe(sub);
    expect(findPageSummary(page(`<article><h1>Budget passes</h1><h2>Background</h2>${BODY_P}</article>`).body, ctx())).toBeNull();
    const doc = page(`<article><h1>Budget passes</h1><div itemprop="description">${sub}.</div>${BODY_P}</article>`);
    expect(findPageSummary(doc.body, ctx())!.text).toBe(sub + '.');
  });

  it('does not pick listing teasers', () => {
    const teaser = (i: number) =>
      `<li><h3><a href="/s${i}">Story ${i}</a></h3><p class="summary">A short teaser for story number ${i} with enough words.</p></li>`;
    const doc = page(`<main><h1>Latest news</h1><ul>${[1, 2, 3, 4].map(teaser).join('')}</ul></main>`);
    expect(findPageSummary(doc.body, ctx())).toBeNull();
  });

  it('does not pick a .summary far below the headline or a long one', () => {
    const far = page(`<article><h1>Budget passes</h1>${BODY_P}${BODY_P}${BODY_P}<div class="summary">Some summary text that is far away from the top.</div></article>`);
    expect(findPageSummary(far.body, ctx())).toBeNull();
    const long = page(`<article><h1>Budget passes</h1><div class="summary">${'word '.repeat(150)}</div></article>`);
    expect(findPageSummary(long.body, ctx())).toBeNull();
  });

  it('does not take "सार" inside a word or a navigation link', () => {
    const doc = page(`<nav><a href="/saar">सार</a></nav><article><h1>शीर्षक</h1><h2>विस्तार</h2>${BODY_P}</article>`);
    expect(findPageSummary(doc.body, ctx())).toBeNull();
  });
  it('reads Hindi "संक्षेप:" inside the paragraph and a "स्टोरी हाइलाइट्स" list under its heading', () => {
    const inline = page(`<article><h1>सोना फिर रिकॉर्ड ऊंचाई पर पहुंचा</h1><div class="box"><p><b>संक्षेप:</b> ${HINDI_SUMMARY}</p></div>${BODY_P}</article>`);
    expect(findPageSummary(inline.body, ctx())!.text).toBe(HINDI_SUMMARY);
    const list = page(`<article><h1>नई टैक्स व्यवस्था में कितना टैक्स</h1><div class="x"><h2>स्टोरी हाइलाइट्स</h2>
      <ul><li>12 लाख तक की आय पर रिबेट के बाद टैक्स शून्य</li><li>नौकरीपेशा को 75 हजार का स्टैंडर्ड डिडक्शन अलग से</li></ul></div>${BODY_P}</article>`);
    const found = findPageSummary(list.body, ctx())!;
    expect(found.text).toContain('12 लाख तक की आय पर रिबेट के बाद टैक्स शून्य');
    expect(found.text).not.toContain('हाइलाइट्स');
  });

  it('prefers the box right under the headline when a labelled box comes later', () => {
    const doc = page(`<article><h1>गंगा पथ के दूसरे हिस्से पर अप्रैल से दौड़ेंगी गाड़ियां</h1>
      <div class="summary"><p>${HINDI_SUMMARY}</p></div><figure><img src="/a.jpg" alt=""></figure>
      <div class="hl"><h2>HighLights</h2><ul><li>अप्रैल से पीएमसीएच से दीदारगंज तक खुलेगा रास्ता</li><li>अशोक राजपथ पर रोज लगता है घंटों जाम</li></ul></div>${BODY_P}</article>`);
    expect(findPageSummary(doc.body, ctx())!.text).toBe(HINDI_SUMMARY);
    // The other order: the labelled box first still wins.
    const swapped = page(`<article><h1>गंगा पथ के दूसरे हिस्से पर अप्रैल से दौड़ेंगी गाड़ियां</h1>
      <div class="hl"><h2>सार</h2><p>${HINDI_SUMMARY}</p></div><figure><img src="/a.jpg" alt=""></figure>
      <div class="summary"><p>अप्रैल से पीएमसीएच से दीदारगंज तक खुलेगा रास्ता और जाम से राहत मिलेगी</p></div>${BODY_P}</article>`);
    expect(findPageSummary(swapped.body, ctx())!.text).toBe(HINDI_SUMMARY);
  });
});
