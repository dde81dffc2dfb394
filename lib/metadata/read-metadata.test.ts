import { describe, expect, it } from 'vitest';
import { readMetadata } from './read-metadata';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const URL_ = 'https://www.amarujala.example/technology/startup-india-story';

const SEED_LIKE = `<!doctype html><html lang="hi"><head>
<title>Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ? नई बहस - Amar Ujala Hindi News Live</title>
<meta property="og:title" content="Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ? नई बहस - Amar Ujala Hindi News Live">
<meta property="og:site_name" content="Amar Ujala">
<meta property="og:image" content="https://img.example/2026/02/15/tiktok_6991a.jpeg">
<meta name="description" content="Get all Tech News in Hindi related to live news update of latest mobile reviews apps, tablets etc.">
<meta property="og:description" content="भारत सरकार ने एक्सपोर्ट को बढ़ावा देने के लिए चीन की दिग्गज कंपनी के साथ हाथ मिलाया है।">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ? नई बहस",
"datePublished":"2026-02-15T18:31:00+05:30","author":{"@type":"Person","name":"Jagriti"},"publisher":{"@type":"Organization","name":"Amar Ujala"},
"articleBody":"भारत सरकार ने स्टार्टअप्स को <b>वैश्विक</b> बाजार से जोड़ने के लिए साझेदारी की है।"}</script>
<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [ </script>
</head><body>
<nav><a href="/">Hindi News</a> › <a href="/technology">Technology</a></nav>
<article>
<h1>Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ? नई बहस</h1>
<div class="auther-row"><span>टेक डेस्क, अमर उजाला, नई दिल्ली</span> <span>Published by: <a href="/author/jagriti">जागृति</a></span>
<span>Updated Sun, 15 Feb 2026 06:31 PM IST</span></div>
<figure><img src="https://img.example/2026/02/15/750x506/tiktok_6991a.jpeg?w=414" alt="Tiktok"><figcaption>Tiktok - फोटो : अमर उजाला</figcaption></figure>
<p>भारत सरकार ने स्टार्टअप्स और छोटे कारोबारियों को वैश्विक बाजार से जोड़ने के लिए साझेदारी की है।</p>
</article></body></html>`;

describe('readMetadata', () => {
  it('reads the seed-like page: title, visible byline and desk, dates, site, lang, lead image, description', () => {
    const doc = parse(SEED_LIKE);
    const before = doc.documentElement.outerHTML;
    const meta = readMetadata(doc, URL_);
    expect(meta.title).toBe('Startup India: क्या भारत में फिर लौटेंगे टिकटॉक जैसे एप्स ? नई बहस');
    expect(meta.byline).toBe('जागृति');
    expect(meta.desk).toBe('टेक डेस्क, अमर उजाला, नई दिल्ली');
    expect(meta.published).toBe('2026-02-15T18:31:00+05:30');
    expect(meta.modified).toBe('2026-02-15T18:31:00+05:30');
    expect(meta.siteName).toBe('Amar Ujala');
    expect(meta.lang).toBe('hi');
    expect(meta.dir).toBe('ltr');
    expect(meta.leadImage).toEqual({ src: 'https://img.example/2026/02/15/tiktok_6991a.jpeg', alt: 'Tiktok', caption: 'Tiktok', credit: 'अमर उजाला' });
    // The meta description is the site slogan: the og:description is used instead.
    expect(meta.description).toBe('भारत सरकार ने एक्सपोर्ट को बढ़ावा देने के लिए चीन की दिग्गज कंपनी के साथ हाथ मिलाया है।');
    expect(meta.articleBody).toBe('भारत सरकार ने स्टार्टअप्स को वैश्विक बाजार से जोड़ने के लिए साझेदारी की है।');
    // Read-only.
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads @graph JSON-LD authors and publisher when the page shows no byline', () => {
    const doc = parse(`<html><head><title>Budget passes | Example News</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Example News"},
        {"@type":"Person","@id":"#p1","name":"Jane Doe"},
        {"@type":"BlogPosting","headline":"Budget passes","author":[{"@id":"#p1"},{"@type":"Person","name":"John Roe"},{"@type":"Organization","name":"PTI"}],
         "datePublished":"2026-02-15T13:01:00Z","dateModified":"2026-02-16","image":["https://cdn.example/bus.jpg"]}]}</script>
      </head><body><h1>Budget passes</h1><p>Text.</p></body></html>`);
    const meta = readMetadata(doc, 'https://example.com/budget');
    expect(meta.title).toBe('Budget passes');
    expect(meta.byline).toBe('Jane Doe, John Roe');
    expect(meta.desk).toBe('PTI');
    expect(meta.siteName).toBe('Example News');
    expect(meta.published).toBe('2026-02-15T13:01:00+00:00');
    expect(meta.modified).toBe('2026-02-16');
    expect(meta.leadImage?.src).toBe('https://cdn.example/bus.jpg');
    expect(meta.lang).toBe('');
  });

  it('skips a site-logo h1 and an h1 in navigation when choosing the headline', () => {
    const doc = parse(`<html><head><meta property="og:site_name" content="City Magazine"><meta property="og:title" content="Share title here">
      </head><body><header><h1>City Magazine</h1></header><nav><h1>Menu of the site</h1></nav>
      <article><h1>The hottest new restaurants this month</h1><p>Text.</p></article></body></html>`);
    expect(readMetadata(doc, 'https://city.example/a').title).toBe('The hottest new restaurants this month');
  });

  it('reads meta tags (author, article:published_time, parsely) and microdata', () => {
    const doc = parse(`<html lang="en-us"><head><title>Story - Site</title>
      <meta name="author" content="By Jane Doe"><meta name="parsely-pub-date" content="2026-03-01T08:00:00-05:00">
      <meta http-equiv="content-language" content="fr"></head>
      <body><div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Microdata headline here</h1>
      <span itemprop="dateModified" content="2026-03-02T09:00:00-05:00"></span></div></body></html>`);
    const meta = readMetadata(doc, 'https://site.example/story');
    expect(meta.byline).toBe('Jane Doe');
    expect(meta.published).toBe('2026-03-01T08:00:00-05:00');
    expect(meta.modified).toBe('2026-03-02T09:00:00-05:00');
    expect(meta.title).toBe('Microdata headline here');
    expect(meta.lang).toBe('en-US');
  });

  it('sets rtl from the language, fixes a lang="en" template on a Hindi page, and never throws on junk', () => {
    expect(readMetadata(parse('<html lang="ar"><head><title>خبر</title></head><body></body></html>'), '').dir).toBe('rtl');
    expect(readMetadata(parse('<html dir="rtl"><body></body></html>'), '').dir).toBe('rtl');
    expect(readMetadata(parse('<html lang="en"><head><title>भारत में नई योजना शुरू</title></head><body></body></html>'), '').lang).toBe('hi');
    const junk = parse('<html><head><script type="application/ld+json">{{{</script><meta property="og:image" content="::bad::"></head><body></body></html>');
    expect(() => readMetadata(junk, 'not a url')).not.toThrow();
  });
});
