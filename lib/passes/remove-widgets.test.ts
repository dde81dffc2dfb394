import { describe, expect, it } from 'vitest';
import { removeWidgets } from './remove-widgets';
import { EN_PARA, HI_PARA, mark, mutate, parse } from './noise-test-utils';
import { createPassContext } from './pass-context';
import { rulePass } from './noise-engine';
import { NOISE_RULES } from './index';

describe('removeWidgets', () => {
  it('drops widgets by class token', () => {
    const r = mark(
      removeWidgets,
      `<p>${EN_PARA}</p><div class="trending-news">tr</div><aside class="mostRead">mr</aside><div class="related-stories">rs</div>`,
    );
    expect(r.removed.map((x) => x.reason).sort()).toEqual(['class token "most-read"', 'class token "related"', 'class token "trending"']);
  });

  it('drops a tweet feed widget but keeps a single embedded tweet', () => {
    const r = mutate(
      removeWidgets,
      `<p>${EN_PARA}</p><blockquote class="twitter-tweet"><p>The mayor said the buses will run all night.</p></blockquote>` +
        `<div class="aptf-tweets-wrapper aptf-template-1"><div class="aptf-single-tweet-wrapper"><div class="aptf-tweet-box">UN regrets new US position https://t.co/k3</div>` +
        `<a href="https://twitter.com/@News">@News</a></div></div>`,
    );
    expect(r.text).not.toContain('UN regrets');
    expect(r.text).not.toContain('@News');
    expect(r.text).toContain('buses will run all night');
    expect(r.text).toContain('bus network');
  });

  it('drops author bio boxes by class token', () => {
    const r = mutate(
      removeWidgets,
      `<p>${EN_PARA}</p><div class="contributor-bio contributors__contributor-bio"><div class="contributor-bio__bio"><a href="/c/mw">Molly Wood</a> is an Ideas contributor and the host of a radio show.</div></div>` +
        `<div class="post-author"><div class="author-content"><h5><a href="/author/r">Regan</a></h5><p>Regan is a native of the coast, now living inland with her two sons.</p></div></div>`,
    );
    expect(r.text).not.toContain('Ideas contributor');
    expect(r.text).not.toContain('two sons');
    expect(r.text).toContain('bus network');
  });

  it('drops a short bio box by class on a page whose body is written in <div>s (its <p> is most of the <p> text)', () => {
    const body = `<div class="post-body"><div>${EN_PARA}</div><div>${EN_PARA}</div><div>${EN_PARA}</div></div>`;
    const bio = '<div class="about-author-sec"><h3>Jane Roe</h3><div><p>Jane Roe is the founder of a college advice firm and the author of two books about admissions, ' +
      'which she wrote after years as a dean of admissions at two universities. She speaks at schools across the country.</p></div></div>';
    const r = mark(removeWidgets, `${body}${bio}<p>Tags: college</p>`);
    expect(r.text).not.toContain('founder of a college');
    expect(r.text).toContain('bus network');
    const summary = mutate(removeWidgets, `<p>${EN_PARA}</p><div class="card author"><p class="card-author-summary">Jane Roe is a winemaker.</p></div>`);
    expect(summary.text).not.toContain('winemaker');
  });

  it('keeps an article wrapper that carries an author name when it is longer than a bio', () => {
    const r = mark(removeWidgets, `<div class="post-author-wrap">${`<p>${EN_PARA}</p>`.repeat(6)}</div><p>Short note.</p>`);
    expect(r.text).toContain('bus network');
  });

  it('drops a bio box under an "About the author" heading (no class names to go by), and only the box', () => {
    const bio = '<p>Maureen Salamon is the executive editor of a health newsletter and writes about fitness.</p><a href="/authors/ms">View all posts by Maureen Salamon</a>';
    const r = mutate(
      removeWidgets,
      `<article><p>${EN_PARA}</p><p>${EN_PARA.replace('bus', 'tram')}</p>` +
        `<div class="bg-blue-50 px-4"><h2 class="text-xl">About the Author</h2><div class="flex"><div><h3>Maureen Salamon</h3>${bio}</div></div></div>` +
        `<section class="my-12"><div><h3>लेखक के बारे में</h3></div><p>लेखक बीस साल से पत्रकार हैं।</p></section></article>`,
    );
    expect(r.text).not.toContain('About the Author');
    expect(r.text).not.toContain('executive editor');
    expect(r.text).not.toContain('बीस साल');
    expect(r.text).toContain('bus network');
    expect(r.text).toContain('tram network');
  });

  it('keeps a short article that closes with an "About the author" heading, and bios on pages that are not articles', () => {
    const short = mutate(removeWidgets, `<article><p>${EN_PARA}</p><h3>About the author</h3><p>Jane writes about cities.</p></article>`);
    expect(short.text).toContain('bus network');
    const doc = parse(`<div class="book"><p>${EN_PARA}</p><div><h3>About the author</h3><p>Jane writes about cities.</p></div></div>`);
    removeWidgets(doc.body, createPassContext('https://shop.example.com/p/1', { mutate: true, pageKind: 'other' }));
    expect(doc.body.textContent).toContain('Jane writes');
  });

  it('keeps post author columns on pages that are not articles (forums)', () => {
    const doc = parse(`<div class="cPost"><div class="cPost-author"><a href="/u/1">JGD</a> April 2, 2024</div><p>${EN_PARA}</p></div>`);
    const ctx = createPassContext('https://forum.example.org/t/1', { mutate: true, pageKind: 'other' });
    removeWidgets(doc.body, ctx);
    expect(doc.body.textContent).toContain('JGD');
  });

  it("drops a page builder's posts grid on articles (teasers with excerpts), and keeps it on listing pages", () => {
    const post = (n: number) =>
      `<article class="elementor-post elementor-grid-item post-${n}"><div class="elementor-post__text"><p class="elementor-post__title"><a href="/p/${n}">Story ${n}</a></p>` +
      `<div class="elementor-post__excerpt"><p>Excerpt ${n}: a few sentences from another post on the site, long enough to read as a paragraph of prose.</p></div></div></article>`;
    const grid = `<div class="elementor-element elementor-grid-3 elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts">${post(1)}${post(2)}${post(3)}</div></div></div>`;
    const html = `<div class="entry-content"><p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p></div>${grid}`;
    const article = mutate(removeWidgets, html);
    expect(article.text).not.toContain('Excerpt 2');
    expect(article.text).toContain('bus network');
    const doc = parse(html);
    removeWidgets(doc.body, createPassContext('https://example.org/blog/', { mutate: true, pageKind: 'other' }));
    expect(doc.body.textContent).toContain('Excerpt 2');
  });

  it('drops shopper review sections on pages that are not articles, and keeps them on articles', () => {
    const html = `<div class="product"><h1>Trail pack</h1><p>${EN_PARA}</p></div><section class="product-reviews"><h2>Reviews</h2><p>Great bag, gets the job done on long hikes.</p></section><div id="user_reviews">Fits well, a little small for winter.</div>`;
    const doc = parse(html);
    const ctx = createPassContext('https://shop.example.com/p/1', { mutate: true, pageKind: 'other' });
    removeWidgets(doc.body, ctx);
    expect(doc.body.textContent).toContain('Trail pack');
    expect(doc.body.textContent).not.toContain('Great bag');
    expect(doc.body.textContent).not.toContain('Fits well');
    const art = parse(html);
    removeWidgets(art.body, createPassContext('https://news.example.com/a/1', { mutate: true, pageKind: 'article' }));
    expect(art.body.textContent).toContain('Great bag');
  });

  it('drops a shop heading with the carousel of product cards after it on pages that are not articles', () => {
    const card = (n: number) => `<div class="slide product-${n}"><a href="/p/${n}"><img src="${n}.jpg"></a><h3>Linen dress ${n}</h3><span>€95.25</span><span>USD: $107.71</span><button>Quick view</button></div>`;
    const box = `<div class="slider"><div class="track">${card(1)}${card(2)}${card(3)}</div></div>`;
    const html = `<div class="main"><h1>Iris rust hemp dress</h1><p>${EN_PARA}</p></div>` +
      `<section class="upsells"><div class="block"><h2>You may also like</h2>${box}</div></section>` +
      `<section class="x"><div class="block"><h2>Related products</h2></div>${box}</section>`;
    const doc = parse(html);
    removeWidgets(doc.body, createPassContext('https://shop.example.com/p/1', { mutate: true, pageKind: 'other' }));
    expect(doc.body.textContent).toContain('Iris rust hemp dress');
    expect(doc.body.textContent).not.toContain('Linen dress');
    expect(doc.body.textContent).not.toContain('Related products');
  });

  it('finds the carousel of a deeply wrapped shop heading past an empty "See all" slot, its first slide marked apart', () => {
    const card = (n: number, cls: string) => `<li${cls}><a href="/itm/${n}">Gold chain 520 with ${n} links</a><span>$15${n}.43</span><span>+ $72.02 delivery</span></li>`;
    const heading = `<div class="t1"><div class="t2"><div class="t3"><div class="t4"><div class="t5"><h2>People who viewed this item also viewed</h2></div></div></div><div class="see-all"></div></div></div>`;
    const carousel = `<div class="recs"><div class="carousel"><ul>${card(1, ' class="carousel__snap-point"')}${card(2, '')}${card(3, '')}${card(4, '')}</ul></div></div>`;
    const doc = parse(`<div class="main"><h1>Gold chain 520, 104 links</h1><p>${EN_PARA}</p></div><section><div class="box">${heading}${carousel}</div></section>`);
    removeWidgets(doc.body, createPassContext('https://shop.example.com/itm/9', { mutate: true, pageKind: 'other' }));
    expect(doc.body.textContent).toContain('Gold chain 520, 104 links');
    expect(doc.body.textContent).not.toContain('People who viewed');
    expect(doc.body.textContent).not.toContain('delivery');
  });

  it('drops "Trending Videos" with its box, "सबसे ज्यादा पढ़ी गई" with its list, "Next Article" and "Election" links', () => {
    const r = mutate(
      removeWidgets,
      `<div class="body"><p>${HI_PARA}</p>
        <div class="x1"><h3>Trending Videos</h3><div class="x2"><a href="/v1"><img src="v1.jpg"></a><a href="/v2">Video two title</a></div></div>
        <p>${EN_PARA}</p>
        <h4>सबसे ज्यादा पढ़ी गई</h4><ul><li><a href="/a">पहली खबर का शीर्षक</a></li><li><a href="/b">दूसरी खबर</a></li></ul>
        <p>${HI_PARA}</p>
        <div><a href="/next">Next Article</a></div><ul><li><a href="/e">Election</a></li><li><a href="/l">Live TV</a></li></ul></div>`,
    );
    for (const s of ['Trending Videos', 'Video two', 'सबसे ज्यादा', 'पहली खबर', 'Next Article', 'Election', 'Live TV']) expect(r.text).not.toContain(s);
    expect(r.doc.querySelector('.x1')).toBeNull();
    expect(r.text).toContain('bus network');
    expect(r.text.split('स्टार्टअप्स')).toHaveLength(3);
  });

  it('drops a paragraph of headline links after "Don\'t miss" and keeps a linked sentence after a heading', () => {
    const r = mutate(
      removeWidgets,
      `<div class="text"><p>${EN_PARA}</p><p></p><p><strong>DON'T MISS</strong></p>` +
        `<p><a href="/n/1">China furious at Macron for protest jibe</a> [<strong>INSIGHT]|<br></strong><a href="/s/2">Lakers vs Nets: NBA make final decision on game</a> [<strong>VIDEO]<br></strong>` +
        `<a href="/n/3">Hong Kong 'threatened with military intervention'</a><strong> [REACTION]</strong></p><p>${EN_PARA}</p>` +
        `<h3>Related</h3><p>The mayor told <a href="/p/m">reporters</a> that the plan was final and that the first buses would run in May.</p></div>`,
    );
    expect(r.text).not.toContain('INSIGHT');
    expect(r.text).not.toContain('Lakers');
    expect(r.text).toContain('the plan was final');
    expect(r.text.split('bus network')).toHaveLength(3);
  });

  it('drops "Popular posts" and "Read this next" headings with their lists of links', () => {
    const r = mutate(
      removeWidgets,
      `<p>${EN_PARA}</p><h3>Popular posts</h3><ul><li><a href="/a">The cheapest places to fly</a></li><li><a href="/b">Jamaica sees travelers return</a></li></ul>` +
        `<h4>Read This Next</h4><div><a href="/c">Three river cruises for the family</a><a href="/d">A new contender in the West</a></div>`,
    );
    for (const s of ['Popular', 'cheapest', 'Read This', 'river cruises']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('drops Japanese blog labels (all noise rules): sponsored link, tags, related articles, feed line', () => {
    const r = mutate(
      rulePass(...NOISE_RULES),
      `<div class="entry"><p>${EN_PARA}</p><p><span>スポンサードリンク</span></p><div>タグ: <a href="/t/1">Kindle</a></div>` +
        `<h3>関連記事</h3><ul><li><a href="/a">KeePassの使い方</a></li><li><a href="/b">ショートカットキーの設定</a></li></ul><p>このブログの更新情報を配信しています！</p></div>`,
    );
    for (const s of ['スポンサードリンク', 'タグ', '関連記事', 'KeePass', '配信']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('drops a table of contents: its heading and the list of links to the sections', () => {
    const r = mutate(
      removeWidgets,
      `<div class="body"><p>${EN_PARA}</p><div class="toc"><p class="toc-title">Table of Contents</p><ul><li><a href="#a">Routes</a></li><li><a href="#b">Fares</a></li></ul></div>` +
        `<h2 id="a">Routes</h2><p>${EN_PARA}</p></div>`,
    );
    expect(r.text).not.toContain('Table of Contents');
    expect(r.text).not.toContain('Fares');
    expect(r.text.split('Routes')).toHaveLength(2);
  });

  it('drops a table of contents whose links are full addresses of this page with a #section', () => {
    const doc = parse(
      `<div class="body"><p>${EN_PARA}</p><div id="ez-toc-container"><div><p>Table of Contents</p> <span><a href="#">Toggle</a></span></div><nav><ul><li><a href="https://example.com/guide/#Routes">Routes</a></li><li><a href="https://example.com/guide/#Fares">Fares</a></li></ul></nav></div>` +
        `<h2 id="Routes">Routes</h2><p>${EN_PARA}</p></div>`,
    );
    const ctx = createPassContext('https://example.com/guide/', { mutate: true, pageKind: 'article' });
    removeWidgets(doc.body, ctx);
    expect(doc.body.textContent).not.toContain('Table of Contents');
    expect(doc.body.textContent).not.toContain('Fares');
  });

  it('drops a contents heading over an empty list (filled by the page script)', () => {
    const r = mutate(removeWidgets, `<p>${EN_PARA}</p><div id="toc-container"><div id="toc-title">Table of Contents <span>▼</span></div><ul id="dynamic-toc"></ul></div><p>${EN_PARA}</p>`);
    expect(r.text).not.toContain('Table of Contents');
  });

  it('keeps a table of contents of other pages (the chapters below this one)', () => {
    const r = mutate(
      removeWidgets,
      `<div class="body"><p>${EN_PARA}</p><div class="toc"><b>Table of Contents</b><dl><dt><a href="indexes-intro.html">11.1. Introduction</a></dt><dt><a href="indexes-types.html">11.2. Index Types</a></dt></dl></div>` +
        `<p>${EN_PARA}</p></div>`,
    );
    expect(r.text).toContain('Table of Contents');
    expect(r.text).toContain('Index Types');
  });

  it('drops a contents heading left alone (its list dropped as navigation before)', () => {
    const r = mutate(removeWidgets, `<p>${EN_PARA}</p><div class="toc"><div><p>Table of Contents</p></div></div><h2>Routes</h2><p>${EN_PARA}</p>`);
    expect(r.text).not.toContain('Table of Contents');
    expect(r.text).toContain('Routes');
  });

  it('drops post navigation and recent-post headings with their links', () => {
    const r = mutate(
      removeWidgets,
      `<p>${EN_PARA}</p><div><a href="/p/1">Previous post</a></div><div><a href="/p/3">Next post</a></div>` +
        `<h3>Recent articles</h3><ul><li><a href="/r/1">Spiced pear jam</a></li><li><a href="/r/2">Apple butter</a></li></ul>`,
    );
    for (const s of ['Previous post', 'Next post', 'Recent articles', 'pear jam']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('drops skip links, quote expand/shrink toggles, and a related-questions box', () => {
    const r = mutate(
      removeWidgets,
      `<a href="#main" class="skip">Skip to main content</a><p>${EN_PARA}</p>` +
        `<blockquote><p>The night buses stop at midnight.</p><div class="expand"><a role="button" tabindex="0">Click to expand...</a></div><div><a>Click to shrink...</a></div></blockquote>` +
        `<div><p>Explore related questions</p><ul><li><a href="/t/buses">buses</a></li><li><a href="/t/night">night</a></li></ul></div>`,
    );
    for (const s of ['Skip to main content', 'Click to expand', 'Click to shrink', 'Explore related questions']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('stop at midnight');
    expect(r.text).toContain('bus network');
  });

  it('drops "Back to top" links between sections (English, German, French) and keeps a heading that says it', () => {
    const r = mutate(
      removeWidgets,
      `<p>${EN_PARA}</p><p><a href="#main-content">Back to Top</a></p><hr><h2>Wiring</h2><p>${EN_PARA}</p>` +
        `<p class="end"><a href="#top">↑ Nach oben</a></p><div><a href="#">Haut de page</a></div><h3>Back to top</h3><p>${EN_PARA}</p>`,
    );
    for (const s of ['Back to Top', 'Nach oben', 'Haut de page']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('Back to top');
    expect(r.text.split('bus network')).toHaveLength(4);
  });

  it('keeps a sub-heading that is a navigation word but not a link, and a paragraph after a heading', () => {
    const r = mutate(removeWidgets, `<p>${EN_PARA}</p><h2>Election</h2><p>${EN_PARA}</p><h2>Trending</h2><p>${EN_PARA}</p>`);
    expect(r.text).toContain('Election');
    expect(r.text.split('bus network')).toHaveLength(4);
  });
});

describe('removeWidgets on layout names', () => {
  it('keeps containers whose name is a layout flag or a content name holding prose', () => {
    const r = mark(
      removeWidgets,
      `<div class="blog-article__main sidebar-enabled--false"><p>${EN_PARA}</p></div><div class="has-sidebar"><p>${HI_PARA}</p></div>
       <div class="grid-toc-content-sidebar"><p>${EN_PARA}</p></div><div class="article-related">links</div>`,
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['class token "related"']);
  });

  it('drops a box named for related entries or posts even when its teasers are prose', () => {
    const teaser = (n: number) => `<article class="entry loop-entry"><h3><a href="/p/${n}">Story ${n}</a></h3><p>Teaser ${n}: a short excerpt of another story on the site, long enough to read as a paragraph of prose here.</p></article>`;
    const r = mutate(
      removeWidgets,
      `<div class="entry-content"><p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p></div><div class="entry-related"><h2>You might like</h2>${teaser(1)}${teaser(2)}${teaser(3)}${teaser(4)}</div>`,
    );
    expect(r.text).not.toContain('Teaser 2');
    expect(r.text).toContain('bus network');
  });
});

describe('removeWidgets: teaser cards after a widget heading', () => {
  const card = (n: number, cls = 'card post-' + n) =>
    `<article class="${cls}"><a href="/story-${n}"><img src="/${n}.jpg"></a><p>Teaser number ${n}: a short excerpt of another story on the site, a sentence or two long.</p></article>`;

  it('drops a run of alike cards under "You may like" (English, Hindi, Portuguese), even <article> cards', () => {
    for (const label of ['You may also like', 'आपको यह भी पसंद आ सकता है', 'Você pode gostar...']) {
      const r = mutate(removeWidgets, `<article><p>${EN_PARA}</p></article><article><h3>${label}</h3>${card(1)}${card(2)}${card(3)}</article>`);
      expect(r.text).not.toContain('Teaser number');
      expect(r.text).toContain('bus network');
    }
  });

  it('keeps what follows when it is not a run of alike cards', () => {
    const r = mutate(removeWidgets, `<article><p>${EN_PARA}</p><h3>Related</h3>${card(1)}<div class="other"><a href="/x">x</a><p>${EN_PARA}</p></div></article>`);
    expect(r.text).toContain('Teaser number 1');
  });
});
