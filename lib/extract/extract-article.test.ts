import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, ATTEMPTS, PRE_PASS_RELAXATIONS } from './extract-article';
import { createPassContext, describePath } from '../passes/pass-context';
import { PRE_PASSES } from '../passes/index';
import { listFixtures, loadFixture } from '../../tests/helpers/fixtures';
import { copySubtree } from './copy-subtree';

const para = (n: number, word = 'river'): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about the ${word}, with enough words, commas, and clauses to read as prose in any article body.</p>`).join('');

const load = (body: string, head = '<title>Floods in the valley</title>'): Document =>
  new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.org/a/1' }).window.document;

describe('extractArticle recipe', () => {
  it('never changes the document it reads', () => {
    const doc = load(`<nav><a href="/">Home</a></nav><article><h1>Floods in the valley</h1>${para(8)}<div class="ad-slot">Advertisement</div></article>`);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { debug: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the questions of an FAQ accordion (toggle buttons) and drops other buttons', () => {
    const faq = [1, 2, 3]
      .map((i) => `<div class="faq-item"><h3><button type="button" aria-expanded="false" aria-controls="a${i}">Question ${i} about renting a kayak</button></h3><div id="a${i}"><p>Answer ${i}: boats are rented by the day, with paddles, vests, and a map of the river included.</p></div></div>`)
      .join('');
    const doc = load(`<article><h1>Floods in the valley</h1>${para(5)}<button type="button">Load more stories</button><section class="faq">${faq}</section></article>`);
    const text = extractArticle(doc).textContent;
    for (const i of [1, 2, 3]) expect(text).toContain(`Question ${i} about renting a kayak`);
    expect(text).toContain('Answer 3');
    expect(text).not.toContain('Load more stories');
  });

  it('reads a thread of posts wrapped in a <form>, and still skips a search form', () => {
    const post = (i: number): string =>
      `<article class="entry"><aside class="author">member${i}</aside><div class="post">${para(2, `kayak ${i}`)}</div></article>`;
    const doc = load(
      `<form class="search"><input name="q"><p>Search the forum for older threads about boats.</p></form>` +
        `<div class="topic"><h1>Which kayak for a beginner</h1><form action="/mod">${[1, 2, 3, 4].map(post).join('')}</form></div>` +
        `<div class="side"><p>Forum rules: be kind to other members, and keep to the topic of the board.</p></div>`,
    );
    const text = extractArticle(doc).textContent;
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`kayak ${i}`);
    expect(text).not.toContain('Search the forum');
  });

  it('keeps embedded posts in boxes named for social media, and drops the share bar', () => {
    const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">While we focus on the state's new ad campaign, we should not forget the failed one from 2014.</p>— Cooper Lund (@cooperlund) November 18, 2019</blockquote></div>`;
    const doc = load(`<article><h1>Floods in the valley</h1>${para(4)}${tweet}${para(3)}<div class="social-share"><a href="#">Facebook</a><a href="#">Twitter</a></div></article>`);
    const text = extractArticle(doc).textContent;
    expect(text).toContain('the failed one from 2014');
    expect(text).not.toContain('Facebook');
  });

  it('counts loose text between blocks as article text', () => {
    const loose = 'A crew registered the break-in this morning, and the police came to look at the damage. '.repeat(6);
    const doc = load(`<div class="menu">${'<a href="/x">Link</a>'.repeat(30)}</div><div class="col"><p class="titulo">Break-in at the depot</p><small>05/10/2018</small><br>${loose}</div><div class="rodape"><p>Company address, phone and postal box, city and state of the municipality.</p></div>`);
    const r = extractArticle(doc);
    expect(r.textContent).toContain('registered the break-in');
    expect(r.textContent).not.toContain('postal box');
  });

  it('climbs from one section of a long guide to the whole guide', () => {
    const sections = Array.from({ length: 6 }, (_, i) => `<div class="zone"><div class="item"><h3>Program ${i}</h3><div class="desc">${para(2, `course${i}`)}</div></div></div>`).join('<div class="ad">Advertising</div>');
    const doc = load(`<main><div class="intro content"><p>Our guide to the best programs in the city, ranked and reviewed, with prices and schedules.</p></div><section class="list">${sections}</section></main>`);
    const r = extractArticle(doc);
    for (let i = 0; i < 6; i++) expect(r.textContent).toContain(`course${i}`);
  });

  it('takes one copy of a body the page prints twice (desktop and mobile layouts)', () => {
    const body = `<div class="rte">${para(8, 'harbour')}</div>`;
    const doc = load(`<nav><a href="/">Home</a></nav><div class="page"><div class="layout-desktop">${body}</div><div class="layout-mobile">${body}</div></div>`);
    const text = extractArticle(doc).textContent;
    expect(text).toContain('Paragraph 7 about the harbour');
    expect(text.split('Paragraph 7 about the harbour').length - 1).toBe(1);
  });

  it('climbs to take sections written as bullet points of prose', () => {
    const bullets = (i: number): string =>
      `<div class="row"><div class="module"><h3>Step ${i}</h3><ul>${Array.from({ length: 4 }, (_, j) => `<li>Tip ${i}-${j}: plan the meals of the week ahead, and keep beans, grains, and greens at hand.</li>`).join('')}</ul></div></div>`;
    const doc = load(
      `<nav>${'<a href="/x">Section</a>'.repeat(20)}</nav><div class="builder"><div class="row"><div class="module">${para(4, 'diet')}</div></div>` +
        `${[1, 2, 3, 4, 5].map(bullets).join('')}</div><footer><p>Copyright and the terms of use of this site, all rights reserved.</p></footer>`,
    );
    const r = extractArticle(doc);
    expect(r.textContent).toContain('Paragraph 3 about the diet');
    for (const i of [1, 3, 5]) expect(r.textContent).toContain(`Tip ${i}-2`);
    expect(r.textContent).not.toContain('Copyright');
  });

  it('drops teaser cards and runs of link-only paragraphs after the body', () => {
    const doc = load(
      `<article>${para(6)}<p>You may also like...</p><p><a href="/b/2">Who will win the cup in 2020?</a></p><p><a href="/b/3">Ten worst inductees ever</a></p>` +
        `<div class="row next"><a href="/c/4"><h5>Mini hatch is a monster</h5></a><p>The most powerful hatch to come out of Oxford.</p></div></article>`,
    );
    const r = extractArticle(doc);
    expect(r.textContent).toContain('Paragraph 5');
    expect(r.textContent).not.toContain('Who will win the cup');
    expect(r.textContent).not.toContain('Ten worst inductees');
    expect(r.textContent).not.toContain('Mini hatch');
  });

  it('keeps headings whose class calls them a header (API reference entries)', () => {
    const entries = Array.from({ length: 5 }, (_, i) => `<section class="method"><h4 class="code-header">pub fn method_${i}(self) -> bool</h4></section><div class="docblock"><p>Returns true when item ${i} is ready, which callers check before reading, waiting, or retrying the request.</p></div>`).join('');
    const doc = load(`<main><h2 class="section-header">Implementations</h2>${entries}${para(3)}</main>`);
    const r = extractArticle(doc);
    expect(r.textContent).toContain('Implementations');
    expect(r.textContent).toContain('pub fn method_3(self)');
  });

  it('keeps a layout wrapper named for its sidebars when it holds <main>', () => {
    const doc = load(`<div class="layout__2-sidebars-inline"><div class="left-sidebar"><ul><li><a href="/a">Guide to rivers</a></li><li><a href="/b">Guide to lakes</a></li></ul></div><main>${para(6)}</main></div>`);
    const r = extractArticle(doc);
    expect(r.textContent).toContain('Paragraph 3');
    expect(r.attempt).toBe('strict');
  });

  it('keeps a layout wrapper named for its sidebar when it holds the headline <article>, and still drops the comments', () => {
    const comments = `<div id="comments" class="post-comments"><div class="comment"><p>I made this at home and it turned out really well, thank you for the steps, the photos and the tips.</p><a class="comment-reply-link" href="#c1">Reply</a></div></div>`;
    const doc = load(`<div class="container container-single theme_sidebar"><div class="theme-main"><article class="post"><h1>Floods in the valley</h1><div class="entry-content">${para(6)}</div>${comments}</article></div><div id="sidebar" class="widget-area"><p>About me: a blogger from the valley, writing about rivers, lakes and canning since many years.</p></div></div>`);
    const r = extractArticle(doc);
    expect(r.textContent).toContain('Paragraph 5');
    expect(r.attempt).toBe('strict');
    expect(r.textContent).not.toContain('turned out really well');
    expect(r.textContent).not.toContain('About me');
  });

  it("keeps the article's own header: the title with the lede under it", () => {
    const lede = 'The river rose four metres overnight, and the valley towns were told to leave their homes before noon on Sunday.';
    const doc = load(`<header class="site-header"><a href="/">Daily</a></header><main><div class="layout__header"><h1>Floods in the valley</h1><p>${lede}</p></div><div class="layout__body">${para(5)}</div></main>`);
    const r = extractArticle(doc);
    expect(r.textContent).toContain('rose four metres');
    expect(r.textContent).not.toContain('Daily');
  });

  it('keeps a section whose id is made from its heading words ("explicit-in-reply-to-headers")', () => {
    const doc = load(`<main>${para(6)}<section id="explicit-in-reply-to-headers"><h2>Explicit In-Reply-To headers</h2><p>It can be helpful to add the header by hand, so that the thread stays together for reviewers.</p></section>${para(2, 'lake')}</main>`);
    expect(extractArticle(doc).textContent).toContain('add the header by hand');
  });

  it('keeps a paragraph that only holds a link when it stands alone mid-body', () => {
    const doc = load(`<article>${para(3)}<p><a href="https://example.org/report.pdf">The full report of the commission</a></p>${para(3, 'lake')}</article>`);
    expect(extractArticle(doc).textContent).toContain('The full report of the commission');
  });

  it('does not repeat the title or the byline line in the body', () => {
    const doc = load(`<article><h1>Floods in the valley</h1><div class="byline">By Asha Rao</div>${para(6)}</article>`, '<title>Floods in the valley | Daily</title><meta property="og:title" content="Floods in the valley">');
    const r = extractArticle(doc);
    expect(r.title).toBe('Floods in the valley');
    expect(r.textContent).not.toContain('Floods in the valley');
    expect(r.textContent).not.toContain('Asha Rao');
  });

  it('shows the summary box once: its copy printed again as the first paragraph goes', () => {
    const dek = 'The valley towns will get new flood walls by spring, the council decided after a long night of debate.';
    const doc = load(`<article><h1>Floods in the valley</h1><p class="dek">${dek}</p><p>${dek.replace(',', ' —')}</p>${para(6)}</article>`);
    const r = extractArticle(doc);
    expect(r.summary).toEqual({ text: dek, source: 'page' });
    expect(r.textContent).not.toContain('new flood walls');
    expect(r.textContent).toContain('Paragraph 5 about the river');
  });

  it('does not print the lede twice when the lead caption repeats it', () => {
    const lede = 'The valley towns will get new flood walls by spring, the council decided after a long night of debate.';
    const doc = load(`<article><h1>Floods in the valley</h1><figure><img src="/w.jpg"><figcaption>${lede}</figcaption></figure><p>${lede}</p>${para(6)}</article>`);
    const r = extractArticle(doc);
    expect(r.textContent.split('new flood walls')).toHaveLength(2);
    expect(r.contentHtml).toContain('<img');
  });

  it('keeps the replies of a page that declares itself a discussion thread', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Which kayak for slow rivers?"}</script>';
    const reply = (i: number): string => `<div class="post"><span class="author">member${i}</span>${para(2, `paddle ${i}`)}</div>`;
    const thread = `<main><h1>Which kayak should a beginner buy for slow rivers?</h1><div class="post">${para(6, 'kayak')}</div>` +
      `<div class="replies">${[1, 2, 3, 4, 5].map(reply).join('')}</div></main>`;
    const r = extractArticle(load(thread, `<title>Which kayak for slow rivers?</title>${ld}`));
    expect(r.textContent).toContain('Paragraph 1 about the kayak');
    expect(r.textContent).toContain('Paragraph 1 about the paddle 4');
    // The same page without the declaration is read as an article with a comment section.
    const plain = extractArticle(load(thread));
    expect(plain.textContent).not.toContain('Paragraph 1 about the paddle 4');
  });

  it('reads <noscript> markup as the last retry when nothing else holds text', () => {
    const doc = load(`<section id="splash"><div class="dots"></div></section><noscript><div id="main-outlet">${para(6, 'forum')}</div></noscript>`);
    const r = extractArticle(doc);
    expect(r.attempt).toBe(ATTEMPTS[ATTEMPTS.length - 1].name);
    expect(r.textContent).toContain('Paragraph 3 about the forum');
  });

  it('keeps the strict attempt when it has enough text', () => {
    const doc = load(`<article>${para(10)}</article><div class="comments">${para(20, 'comment')}</div>`);
    const r = extractArticle(doc);
    expect(r.attempt).toBe('strict');
    expect(r.textContent).not.toContain('about the comment');
  });

  it('counts CJK characters as words for the retry threshold', () => {
    const ja = '<p>' + '東京の空は今日も晴れています。'.repeat(12) + '</p>';
    const doc = load(`<article>${ja}</article>`);
    const r = extractArticle(doc);
    expect(r.attempt).toBe('strict');
    expect(r.wordCount).toBeGreaterThan(80);
  });
});

describe('copySubtree', () => {
  it('copies into the target document without excluded subtrees, styles or handlers', () => {
    const doc = load('<div id="a"><p style="position:fixed" onclick="x()">keep</p><aside id="x"><p>drop</p></aside><span>tail</span></div>');
    const inert = doc.implementation.createHTMLDocument('');
    const root = doc.getElementById('a')!;
    const copy = copySubtree(root, inert, new Set([doc.getElementById('x')!]));
    expect(copy.ownerDocument).toBe(inert);
    expect(copy.textContent).toBe('keeptail');
    const p = copy.querySelector('p')!;
    expect(p.hasAttribute('style')).toBe(false);
    expect(p.hasAttribute('onclick')).toBe(false);
  });

  it('survives deep nesting (2,000 levels; jsdom itself is slow to build deeper) and parser-made names createElement refuses', () => {
    const doc = load('<div id="deep"></div><p<p>odd</p<p>');
    let node = doc.getElementById('deep')!;
    for (let i = 0; i < 2000; i++) node = node.appendChild(doc.createElement('div'));
    node.textContent = 'bottom';
    const inert = doc.implementation.createHTMLDocument('');
    expect(copySubtree(doc.getElementById('deep')!, inert, new Set()).textContent).toBe('bottom');
    expect(copySubtree(doc.body, inert, new Set()).textContent).toContain('odd');
  });
});

describe('page kind', () => {
  it('keeps teaser cards on pages that are not articles, drops them from articles', () => {
    const cards = Array.from({ length: 4 }, (_, i) => `<div class="card"><a href="/s/${i}"><h3>Story number ${i} about the river</h3></a><p>Short excerpt ${i} of the story.</p></div>`).join('');
    const html = `<article>${para(6)}${cards}</article>`;
    expect(extractArticle(load(html), { pageKind: 'article' }).textContent).not.toContain('Story number 2');
    expect(extractArticle(load(html), { pageKind: 'other' }).textContent).toContain('Story number 2');
  });
});

describe('pre-pass reuse between attempts', () => {
  it('marks depend on no relaxation outside PRE_PASS_RELAXATIONS', () => {
    const others = [...new Set(ATTEMPTS.flatMap((a) => a.relax))].filter((r) => !PRE_PASS_RELAXATIONS.includes(r));
    expect(others.length).toBeGreaterThan(0);
    for (const name of listFixtures()) {
      const { doc } = loadFixture(name);
      const marks = (relax: string[]): string[] => {
        const ctx = createPassContext(doc.URL, { relaxed: relax });
        for (const pass of PRE_PASSES) pass.run(doc.body, ctx);
        return [...ctx.excluded].map((el) => describePath(el));
      };
      for (const base of [[], ['unlikely'], ['noscript']]) {
        expect(marks([...base, ...others]), `${name} with ${base.join(',') || 'nothing'} relaxed`).toEqual(marks(base));
      }
    }
  });
});

describe('extractArticle element budget', () => {
  // 31 elements under <body>: an <article> and 30 paragraphs. The budget counts them exactly,
  // whether the count comes from metadata's scan or from a walk of its own.
  const page = (): Document => new JSDOM(`<!DOCTYPE html><body><article>${Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the report, long enough to read as running text.</p>`).join('')}</article></body>`).window.document;

  it('is not exceeded by a body of exactly maxElements elements', () => {
    expect(extractArticle(page(), { maxElements: 31 }).warnings).toEqual([]);
  });

  it('is exceeded by one element more', () => {
    expect(extractArticle(page(), { maxElements: 30 }).warnings.some((w) => w.startsWith('budget:elements:'))).toBe(true);
  });
});

describe('sections of one article body', () => {
  // A paper's body split into <section>s, each opened by an <h2>: the longest one wins the vote, and
  // a reference list of linked entries beside them stops the climb to their shared parent.
  const refs = Array.from({ length: 30 }, (_, i) => `<li><a href="/ref/${i}">Author ${i}. A cited study of river floods. Journal of Water. 2020;${i}:1-9.</a></li>`).join('');
  const paper = (sections: string): Document =>
    load(
      `<header><nav><a href="/">Home</a> <a href="/journals">Journals</a></nav></header><main><div class="paper-body">` +
        sections +
        `<section id="refs"><h2>References</h2><ol>${refs}</ol></section></div></main><footer><a href="/about">About</a></footer>`,
    );
  const abstract = `<section class="abstract"><h2>Abstract</h2><p>Floods in the valley were measured over ten years, at four stations, with the same gauges; the results, summarized here, show a steady rise in peak flow.</p><p>Peaks came earlier in spring, and lasted longer, than in the decade before the survey began.</p></section>`;
  const intro = `<section id="s1"><h2>Introduction</h2><p>Rivers in narrow valleys rise fast, and the towns along them have little warning, which is why the gauges were placed upstream, near the springs.</p><p>This paper reports what they recorded, station by station, and what the towns did with the warnings.</p></section>`;
  const review = `<section id="s2"><h2>Results</h2>${para(14)}</section>`;

  it('keeps sister sections of sentences (an abstract, an introduction) beside the longest one', () => {
    const text = extractArticle(paper(abstract + intro + review)).textContent;
    expect(text).toContain('Floods in the valley were measured over ten years');
    expect(text).toContain('Rivers in narrow valleys rise fast');
    expect(text).toContain('Paragraph 13 about the river');
  });

  it('does not take a sibling box of sentences that is not built like the body (a promo)', () => {
    const promo = `<div class="promo"><p>Our partner programme gives teams, agencies, and resellers the tools, training, and support they need to grow with us, in every country we serve.</p></div>`;
    const text = extractArticle(paper(abstract + review + promo)).textContent;
    expect(text).toContain('Paragraph 13 about the river');
    expect(text).not.toContain('partner programme');
  });
});
