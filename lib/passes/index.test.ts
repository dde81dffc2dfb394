import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM } from 'jsdom';
import { NOISE_RULES, POST_PASSES, PRE_PASSES } from './index';
import { createPassContext } from './pass-context';
import { extractArticle } from '../extract/extract-article';
import { EN_PARA, HI_PARA } from './noise-test-utils';

const P1 = HI_PARA;
const P2 = 'यह कदम सीधे उपभोक्ताओं के लिए नहीं है, बल्कि कारोबारी मंच के जरिए निर्यात बढ़ाने के लिए उठाया गया है। इसके पीछे सरकार का लक्ष्य है कि भारतीय कंपनियां अपने उत्पाद अंतरराष्ट्रीय बाजार तक आसानी से पहुंचा सकें और नए खरीदार ढूंढ सकें।';
const P3 = 'विशेषज्ञों का मानना है कि सरकार संतुलित रणनीति पर काम कर रही है। एक ओर निर्यात पर फोकस है, वहीं दूसरी ओर सुरक्षा से जुड़े मुद्दों पर कोई ढील नहीं दी गई है और पुराने प्रतिबंध अब भी जारी हैं।';

/**
 * A page shaped like the seed (Amar Ujala): header with a subscribe button, breadcrumb, ad slots with
 * "विज्ञापन" labels, a summary box, the body with "Trending Videos" and "ये भी पढ़े" lines inside,
 * then the app promo, premium banner, "Next Article" and a bottom bar. Wrappers carry neutral class
 * names, so the phrase rules have to do the work.
 */
const SEED_LIKE = `<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ?</title></head><body>
<div class="top"><a class="btn-a" href="/subscription">सब्सक्राइब करें</a></div>
<div class="crumb-row"><a href="/">Hindi News</a> › <a href="/technology">Technology</a> › <a href="/technology/tech-diary">Tech Diary</a> › <span>Startup India Partners with Alibaba.com</span></div>
<div class="page"><article>
  <h1>Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ?</h1>
  <div class="by">टेक डेस्क, अमर उजाला, नई दिल्ली Published by: जागृति Updated Sun, 15 Feb 2026 06:31 PM IST</div>
  <div class="box-a"><span class="lbl">विज्ञापन</span><div class="slot-x"></div></div>
  <figure><img src="/tiktok.jpg" alt="Tiktok"><figcaption>Tiktok - फोटो : अमर उजाला</figcaption></figure>
  <p class="lbl">विज्ञापन</p>
  <div class="desc">
    <h2>विस्तार</h2>
    <p>${P1}</p>
    <div class="box-b"><span>Trending Videos</span><div class="v-list"><a href="/v/1"><img src="/v1.jpg" alt=""></a></div></div>
    <h3>एक्सपोर्ट पर फोकस, कंज्यूमर एप्स से दूरी</h3>
    <p>${P2}</p>
    <div class="box-c"><p>विज्ञापन</p></div><div class="box-c"><p>विज्ञापन</p></div>
    <p><strong>ये भी पढ़े: <a href="/tech/data-city">डाटा सिटी: एक बड़े शहर में बनेगा नया डाटा हब, कई बड़ी कंपनियां लगाएंगी पैसा</a></strong></p>
    <h3>सुरक्षा से समझौता कोई नहीं</h3>
    <p>${P3}</p>
    <p>ये भी पढ़ें - <a href="/tech/glasses">स्मार्ट चश्मा चेहरा देखकर बता देगा नाम, उठे सवाल</a></p>
    <p>${P1}</p>
    <div class="box-c"><span>विज्ञापन</span></div>
  </div>
  <div class="foot-a">
    <p>रहें हर खबर से अपडेट, डाउनलोड करें <a href="#">Android Hindi News App</a>, <a href="#">iOS Hindi News App</a> और <a href="#">Amarujala Hindi News App</a> अपने मोबाइल पे|</p>
    <p>Get all Tech News in Hindi related to live news update of latest mobile reviews apps, tablets etc. Stay updated with us for all breaking news from Tech and more Hindi News.</p>
  </div>
  <div class="box-c"><span>विज्ञापन</span></div>
  <div class="foot-b"><p>एड फ्री अनुभव के लिए अमर उजाला प्रीमियम सब्सक्राइब करें</p></div>
  <div class="foot-c"><a href="/next">Next Article</a></div>
</article></div>
<div class="bar"><a href="/election">Election</a> <a href="/app">एप में पढ़ें</a> <span class="f">Followed</span></div>
</body></html>`;

/** The noise the seed README lists. */
const NOISE = [
  'विज्ञापन', 'सब्सक्राइब करें', 'एड फ्री अनुभव', 'Trending Videos', 'ये भी पढ़े', 'ये भी पढ़ें', 'रहें हर खबर से अपडेट',
  'डाउनलोड करें', 'Get all Tech News', 'Next Article', 'Election', 'एप में पढ़ें', 'Followed', 'Tech Diary',
];

describe('noise passes registration', () => {
  it('registers one structure walk before scoring and one phrase walk after', () => {
    expect(PRE_PASSES).toHaveLength(1);
    expect(POST_PASSES).toHaveLength(1);
    expect(PRE_PASSES[0].name).toContain('removeAds');
    expect(POST_PASSES[0].name).toContain('removeInlineRelated');
    expect(new Set(NOISE_RULES.map((r) => r.pass)).size).toBe(NOISE_RULES.length);
  });

  it('mark mode never changes the document', () => {
    const doc = new JSDOM(SEED_LIKE).window.document;
    const before = doc.documentElement.outerHTML;
    const ctx = createPassContext('', { debug: true });
    for (const p of [...PRE_PASSES, ...POST_PASSES]) p.run(doc.body, ctx);
    expect(ctx.excluded.size).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('seed-like page (Amar Ujala shape)', () => {
  it('extractArticle keeps the body and drops every noise phrase of the seed README', () => {
    const doc = new JSDOM(SEED_LIKE, { url: 'https://www.amarujala.com/technology/tech-diary/x' }).window.document;
    const r = extractArticle(doc, { debug: true });
    for (const p of [P1, P2, P3]) expect(r.textContent).toContain(p.slice(0, 40));
    expect(r.textContent).toContain('एक्सपोर्ट पर फोकस');
    expect(r.textContent).toContain('सुरक्षा से समझौता कोई नहीं');
    for (const n of NOISE) expect(r.textContent, n).not.toContain(n);
  });

  it('the same page in English drops the English equivalents', () => {
    const html = `<!doctype html><html><body><article><h1>Council expands buses</h1>
      <p>${EN_PARA}</p><div class="b1"><span>ADVERTISEMENT</span></div>
      <p><strong>ALSO READ:</strong> <a href="/x">Fares to rise next year</a></p>
      <p>${EN_PARA}</p><p>Advertisement</p><p>READ MORE: <a href="/y">Drivers strike ends</a></p>
      <div class="b2"><h4>Trending</h4><ul><li><a href="/t1">Story one</a></li><li><a href="/t2">Story two</a></li></ul></div>
      <p>${EN_PARA}</p><div class="b3"><a href="/app">Read in app</a> <a href="/sub">Subscribe</a></div></article></body></html>`;
    const r = extractArticle(new JSDOM(html).window.document);
    for (const n of ['ADVERTISEMENT', 'Advertisement', 'ALSO READ', 'Fares to rise', 'READ MORE', 'Drivers strike', 'Trending', 'Story one', 'Read in app', 'Subscribe']) {
      expect(r.textContent, n).not.toContain(n);
    }
    expect(r.textContent.split('bus network')).toHaveLength(4);
  });
});

describe('benchmark pages', () => {
  const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'bench', 'wcxb-dev', 'html');
  const ids = ['0001', '0005', '0100'];
  const have = fs.existsSync(dir);
  it.skipIf(!have)('run in mark mode without changing the page, in a few ms per page (logged)', () => {
    if (!have) return console.warn(`skipped: ${dir} is absent`);
    for (const id of ids) {
      const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, `${id}.html.gz`))).toString('utf8');
      const doc = new JSDOM(html).window.document;
      const before = doc.documentElement.outerHTML;
      const ctx = createPassContext('');
      const t0 = performance.now();
      for (const p of PRE_PASSES) p.run(doc.body, ctx);
      const t1 = performance.now();
      const copy = doc.body.cloneNode(true) as Element;
      const edit = createPassContext('', { mutate: true });
      const t2 = performance.now();
      for (const p of POST_PASSES) p.run(copy, edit);
      const t3 = performance.now();
      expect(doc.documentElement.outerHTML).toBe(before);
      console.log(`${id}: ${doc.getElementsByTagName('*').length} elements, pre ${(t1 - t0).toFixed(1)} ms, post on whole body ${(t3 - t2).toFixed(1)} ms, ${ctx.excluded.size} marked`);
    }
  }, 120_000);
});
