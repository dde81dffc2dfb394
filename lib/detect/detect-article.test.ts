import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect-article';
import { collectSignals } from './detect-signals';

const parse = (html: string, url: string): Document => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // DOMParser documents have no URL of their own; detectArticle takes it as an argument.
  return Object.defineProperty(doc, 'URL', { value: url });
};

const EN = 'The city council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade and that residents say will cut their commute in half.';
const HI = 'नगर निगम ने मंगलवार को ट्राम लाइन को उत्तरी उपनगरों तक बढ़ाने के प्रस्ताव पर मुहर लगा दी, जिस पर दस साल से ज्यादा समय से बहस चल रही थी और जिससे लोगों का सफर आधा हो जाएगा।';
const JA = '市議会は火曜日、路面電車の路線を北部の郊外まで延伸する計画を可決した。この計画は十年以上議論されてきたもので、住民は通勤時間が半分になると話している。';
const AR = 'صوّت مجلس المدينة يوم الثلاثاء على تمديد خط الترام إلى الضواحي الشمالية، وهو مشروع نوقش لأكثر من عقد ويقول السكان إنه سيختصر وقت تنقلهم إلى النصف.';

const paras = (text: string, n: number) => Array.from({ length: n }, () => `<p>${text} ${text}</p>`).join('\n');

const articlePage = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title>${head}</head><body>
  <header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/sport/">Sport</a></nav></header>
  <main><article><h1>Council approves tram extension</h1>${body}</article></main>
  <footer><a href="/about">About</a></footer></body></html>`;

const cards = (n: number, teaser = 'A short teaser line for this story.') =>
  Array.from({ length: n }, (_, i) =>
    `<div class="card"><a href="/news/2026/03/story-number-${i}-about-something"><img src="/i${i}.jpg" alt=""><h3>Headline number ${i} about something that happened today</h3></a><p>${teaser}</p></div>`,
  ).join('\n');

describe('detectArticle: says yes', () => {
  it('to a news article with NewsArticle JSON-LD', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script><meta property="og:type" content="article">';
    const res = detectArticle(parse(articlePage(paras(EN, 6), head), 'https://news.example/2026/03/04/council-approves-tram-extension'), 'https://news.example/2026/03/04/council-approves-tram-extension');
    expect(res.isArticle).toBe(true);
    expect(res.score).toBeGreaterThan(0.8);
    expect(res.reasons.join(' | ')).toMatch(/newsarticle/i);
  });

  it('to a plain article with no metadata at all, from its text alone', () => {
    const url = 'https://blog.example/posts/42';
    const res = detectArticle(parse(articlePage(paras(EN, 7)), url), url);
    expect(res.isArticle).toBe(true);
  });

  it.each([
    ['Hindi', HI, 'hi'],
    ['Japanese (no spaces)', JA, 'ja'],
    ['Arabic', AR, 'ar'],
  ])('to a %s article without metadata (script-aware counting)', (_name, text, lang) => {
    const url = 'https://news.example/story/123456';
    const res = detectArticle(parse(articlePage(paras(text, 6), '', lang), url), url);
    expect(res.isArticle).toBe(true);
  });

  it('to a documentation page (headings, code, prose; no article markup)', () => {
    const doc = `<!doctype html><html lang="en"><body>
      <nav class="sidebar"><ul>${Array.from({ length: 25 }, (_, i) => `<li><a href="/docs/page-${i}">Page ${i}</a></li>`).join('')}</ul></nav>
      <div role="main"><h1>Configuring retries</h1>${paras(EN, 3)}<pre><code>client.get(url, retry=3)</code></pre><h2>Back-off</h2>${paras(EN, 3)}</div></body></html>`;
    const url = 'https://docs.example/en/latest/guide/retries.html';
    expect(detectArticle(parse(doc, url), url).isArticle).toBe(true);
  });

  it('to an article saved before its scripts ran (body text still hidden)', () => {
    const url = 'https://news.example/world/council-approves-tram-extension-for-northern-suburbs';
    const html = `<!doctype html><html><body><div hidden id="S:0"><article><h1>Council approves the tram extension to the northern suburbs</h1>${paras(EN, 6)}</article></div></body></html>`;
    const res = detectArticle(parse(html, url), url);
    expect(res.isArticle).toBe(true);
    expect(res.reasons.join(' | ')).toMatch(/hidden until scripts run/);
  });

  it('to an article followed by a long related-stories block', () => {
    const url = 'https://news.example/india/council-approves-tram-extension-for-northern-suburbs';
    const html = articlePage(paras(EN, 6) + `<section class="related">${cards(15)}</section>`);
    expect(detectArticle(parse(html, url), url).isArticle).toBe(true);
  });
});

describe('detectArticle: says no', () => {
  it('to a home page', () => {
    const html = `<!doctype html><html><head><meta property="og:type" content="website"></head><body><main>${cards(30)}</main></body></html>`;
    const res = detectArticle(parse(html, 'https://news.example/'), 'https://news.example/');
    expect(res.isArticle).toBe(false);
    expect(res.reasons.join(' | ')).toMatch(/home page|listing/);
  });

  it('to a section listing with teasers, even long teasers', () => {
    const url = 'https://news.example/science/';
    const html = `<!doctype html><html><body><h1>Science</h1><div class="list">${cards(20, EN)}</div></body></html>`;
    const res = detectArticle(parse(html, url), url);
    expect(res.isArticle).toBe(false);
    expect(res.reasons.join(' | ')).toMatch(/listing/);
  });

  it('to a search results page', () => {
    const url = 'https://news.example/search?q=tram';
    const html = `<!doctype html><html><body><form><input name="q" value="tram"></form><ol>${Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/a/${i}">Result ${i}: tram line news from the council meeting</a></h3><p>… the <b>tram</b> line …</p></li>`).join('')}</ol></body></html>`;
    const res = detectArticle(parse(html, url), url);
    expect(res.isArticle).toBe(false);
    expect(res.reasons.join(' | ')).toMatch(/search/);
  });

  it('to a product page, even with a long description', () => {
    const url = 'https://shop.example/p/kettle-pro';
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle","offers":{"@type":"Offer","price":"19.99","priceCurrency":"USD"}}</script>';
    const html = `<!doctype html><html><head>${head}</head><body><h1>Kettle Pro</h1><p class="price">$19.99</p><button class="add-to-cart">Add to cart</button><section><h2>Description</h2>${paras(EN, 2)}</section></body></html>`;
    const res = detectArticle(parse(html, url), url);
    expect(res.isArticle).toBe(false);
    expect(res.reasons.join(' | ')).toMatch(/product|cart/i);
  });

  it('to a video gallery: many videos and captions, little text', () => {
    const url = 'https://news.example/video/';
    const html = `<!doctype html><html><body><h1>Videos</h1>${Array.from({ length: 12 }, (_, i) => `<figure><video src="/v${i}.mp4"></video><figcaption><a href="/video/clip-${i}-about-the-news">Clip ${i}: what happened at the council today</a></figcaption></figure>`).join('')}</body></html>`;
    expect(detectArticle(parse(html, url), url).isArticle).toBe(false);
  });

  it('to an empty page', () => {
    const res = detectArticle(parse('<html><body></body></html>', 'https://x.example/a'), 'https://x.example/a');
    expect(res.isArticle).toBe(false);
  });
});

describe('detectArticle: contract', () => {
  it('never changes the document', () => {
    const url = 'https://news.example/2026/03/04/story';
    const doc = parse(articlePage(paras(EN, 5) + cards(5)), url);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives a score in 0..1 and at least one reason', () => {
    for (const html of [articlePage(paras(EN, 6)), '<html><body></body></html>', `<html><body>${cards(40)}</body></html>`]) {
      const res = detectArticle(parse(html, 'https://x.example/'), 'https://x.example/');
      expect(res.score).toBeGreaterThanOrEqual(0);
      expect(res.score).toBeLessThanOrEqual(1);
      expect(res.reasons.length).toBeGreaterThan(0);
    }
  });

  it('ignores script and style text', () => {
    const big = 'var x = "lorem ipsum dolor sit amet consectetur";'.repeat(400);
    const html = `<html><body><script>${big}</script><style>.a{color:red}</style><p>Short.</p></body></html>`;
    const s = collectSignals(parse(html, 'https://x.example/a'), 'https://x.example/a');
    expect(s.bodyChars).toBeLessThan(20);
  });

  it('stays bounded on a huge page: the walk stops at its node budget', () => {
    // 40,000 paragraphs of 3 nodes each (div, p, text): a walk of the whole page would count them all.
    const huge = `<html><body>${'<div><p>word</p></div>'.repeat(40000)}</body></html>`;
    const doc = parse(huge, 'https://x.example/a');
    const s = collectSignals(doc, 'https://x.example/a');
    expect(s.truncated).toBe(true);
    expect(s.counts.p).toBeGreaterThan(1000);
    expect(s.counts.p).toBeLessThan(25000);
  });

  it('reads declared types from @graph and microdata', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["BlogPosting"]}]}</script>';
    const s = collectSignals(parse(`<html><head>${head}</head><body><div itemscope itemtype="https://schema.org/Recipe"></div></body></html>`, 'https://x.example/a'), 'https://x.example/a');
    expect(s.ldTypes).toEqual(expect.arrayContaining(['webpage', 'blogposting', 'recipe']));
    expect(s.declaredArticle).toBe(true);
  });

  it('reads URL shapes', () => {
    const doc = parse('<html><body></body></html>', 'https://x.example/');
    expect(collectSignals(doc, 'https://x.example/').urlHome).toBe(true);
    expect(collectSignals(doc, 'https://x.example/tag/climate/').urlListing).toBe('tag');
    expect(collectSignals(doc, 'https://x.example/search?q=rain').urlSearch).toBe(true);
    expect(collectSignals(doc, 'https://x.example/2026/03/04/rain-floods-the-old-city').urlDate).toBe(true);
    expect(collectSignals(doc, 'https://x.example/news/rain-floods-the-old-city-again').urlSlugWords).toBe(6);
  });
});
