import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { announcedItems, cleanConditionally, inKeptBox, keptBoxTest, mayBeCutOff, removeLinkOnlyParagraphs } from './clean-conditionally';
import { elementWalk } from '../dom/next-element';
import { createPassContext, type PageKind } from '../passes/pass-context';

function run(html: string, pageKind: PageKind = 'article', url = 'https://example.org/x', title = ''): string {
  const doc = new JSDOM(`<!doctype html><body><div id="root">${html}</div></body>`).window.document;
  const root = doc.getElementById('root')!;
  const ctx = createPassContext(url, { mutate: true, pageKind, title });
  cleanConditionally(root, ctx);
  removeLinkOnlyParagraphs(root, ctx);
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

/** An Elementor widget of `type` (heading, text-editor, nav-menu…) holding `inner`. */
const widget = (type: string, inner: string, extra = 'elementor-element ') =>
  `<div class="${extra}elementor-widget elementor-widget-${type}"><div class="elementor-widget-container">${inner}</div></div>`;

const PROSE = '<p>The committee met on Monday, heard from residents, and agreed to publish its findings next month.</p>';
const card = (i: number) =>
  `<div class="card"><a href="/item/${i}"><h3>Guide number ${i} to the hills</h3></a><p>A short excerpt of guide ${i}, with a few words.</p></div>`;

describe('cleanConditionally', () => {
  it('keeps blocks whose names only hide them at some screen sizes', () => {
    const text = run(
      `${PROSE}<div class="hidden md:flex"><p>Plans start at ten dollars a month for teams.</p></div>` +
        `<div class="android-hidden-mobile"><p>Good for quick prototypes.</p></div><div class="overflow-hidden"><p>Answers in one day.</p></div>` +
        `<div class="is-hidden"><p>Old banner.</p></div>`,
    );
    expect(text).toContain('ten dollars');
    expect(text).toContain('quick prototypes');
    expect(text).toContain('one day');
    expect(text).not.toContain('Old banner');
  });

  it('keeps the folded panels of an accordion: answers shown at a click', () => {
    const pane = (q: string, a: string) =>
      `<div class="accordion-pane"><button>${q}</button><div class="accordion-panel accordion-panel-hidden"><p>${a}</p></div></div>`;
    const text = run(`${PROSE}<div class="accordion">${pane('Is there an app?', 'Yes, both tools have a phone app.')}${pane('Is it free?', 'The basic plan costs nothing.')}</div>`);
    expect(text).toContain('phone app');
    expect(text).toContain('costs nothing');
  });

  it('keeps a closing paragraph that is a web address written out, and drops a linked headline there', () => {
    const url = 'https://github.com/example/usb-scanner';
    expect(run(`${PROSE}<p><a href="${url}">${url}</a></p>`)).toContain('usb-scanner');
    expect(run(`${PROSE}<p><a href="https://news.example/other">Another story you may like</a></p>`)).not.toContain('Another story');
  });

  it('keeps every item of a digest list when most items stay, and still drops a list of links', () => {
    const item = (i: number, sentence: string) =>
      `<li><strong><a href="https://news.example/story-${i}">Story number ${i} about the markets and the economy today</a></strong> ${sentence}</li>`;
    const long = 'The company said the change would take effect next year, after a review by regulators and its board of directors.';
    const short = 'Shares fell.';
    const digest = run(`${PROSE}<ol>${[1, 2, 3, 4, 5, 6, 7].map((i) => item(i, i % 3 === 0 ? short : long)).join('')}</ol>`);
    expect(digest).toContain('Story number 3 about the markets');
    expect(digest).toContain('Story number 6 about the markets');
    const links = run(`${PROSE}<ul>${[1, 2, 3, 4, 5].map((i) => `<li><a href="/s/${i}">Section ${i} of the site</a></li>`).join('')}</ul>`);
    expect(links).not.toContain('Section 3 of the site');
  });

  it("reads a page builder's word for any block as no boilerplate, but the words after it still count", () => {
    const section = (title: string, body: string) =>
      `<section class="elementor-section"><div class="elementor-column"><div class="elementor-widget-wrap elementor-element-populated">` +
      `${widget('heading', `<h3>${title}</h3>`)}${widget('text-editor', `<p>${body}</p>`)}</div></div></section>`;
    const text = run(
      `${PROSE}${section('Build an emergency fund', 'Life is unpredictable, so aim to save three months of expenses in a separate account.')}` +
        `${widget('nav-menu', '<p>Home</p>')}${widget('author-box', '<p>Jane writes here.</p>')}`,
    );
    expect(text).toContain('Build an emergency fund');
    expect(text).toContain('three months of expenses');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('Jane writes here');
  });

  it('keeps a paragraph wrapper or a page-builder text widget with a boilerplate name', () => {
    const text = run(
      `${PROSE}<div class="el__leafmedia el__leafmedia--sourced-paragraph"><p class="zn-body__paragraph"><cite>(CNN)</cite>The president made an unscheduled trip to the hospital on Saturday.</p></div>` +
        widget('text-editor', '<p>Busuu is a language app with lessons written by teachers, and it costs less than a course.</p>', '') +
        widget('posts', '<a href="/1">One story</a> <a href="/2">Two stories</a>', '') +
        `<div class="media-credit"><p>Photo by staff.</p></div>`,
    );
    expect(text).toContain('unscheduled trip');
    expect(text).toContain('lessons written by teachers');
    expect(text).not.toContain('Two stories');
    expect(text).not.toContain('Photo by staff');
  });

  it('keeps a text card whose name says it has no media', () => {
    const text = run(
      `${PROSE}<div class="landing-row-item landing-row-item-no-media"><h3>Target the latest version</h3><p>The platform handles backwards compatibility for you.</p></div>` +
        `<div class="media-gallery"><p>Photo 1 of 12.</p></div>`,
    );
    expect(text).toContain('backwards compatibility');
    expect(text).not.toContain('Photo 1 of 12');
  });

  it('drops teaser cards and link-only runs from an article', () => {
    const text = run(`${PROSE}${card(1)}${card(2)}<p><a href="/a">Another story</a></p><p><a href="/b">And another</a></p>`);
    expect(text).not.toContain('Guide number 1');
    expect(text).not.toContain('Another story');
  });

  it('drops a card of a teaser widget whose excerpt is too long for a teaser, when its like siblings went as teasers', () => {
    const item = (i: number, words: number) => `<div class="post-item"><div class="copy"><h3><a href="/story/${i}">Story number ${i}</a></h3><p>${'Along the river path '.repeat(words / 4)}</p></div></div>`;
    const text = run(`${PROSE.repeat(3)}<div class="post-list">${item(1, 12)}${item(2, 12)}${item(3, 12)}${item(4, 120)}</div>`);
    expect(text).toContain('The committee met');
    expect(text).not.toContain('Story number 1');
    expect(text).not.toContain('Story number 4');
    // One long item beside one teaser: no widget.
    const two = run(`${PROSE.repeat(3)}<div class="post-list">${item(1, 12)}${item(4, 120)}<div class="note">${PROSE}</div></div>`);
    expect(two).toContain('Story number 4');
  });

  it("keeps a listicle's cards when the title announces as many, and drops them otherwise", () => {
    // Per-item class names (`pick-7`) do not make the cards unlike.
    const pick = (i: number) => card(i).replace('class="card"', `class="card pick-${i}"`);
    const cards = [1, 2, 3, 4, 5, 6].map(pick).join('');
    expect(run(`${PROSE}${cards}`, 'article', 'https://example.org/x', '6 Hill Guides for Beginners')).toContain('Guide number 6');
    expect(run(`${PROSE}${cards}`, 'article', 'https://example.org/x', 'Top 5 hill guides this year')).toContain('Guide number 6');
    expect(run(`${PROSE}${cards}`, 'article', 'https://example.org/x', '12 of the best hill guides')).not.toContain('Guide number 1');
    expect(run(`${PROSE}${cards}`, 'article', 'https://example.org/x', 'Hill guides for beginners')).not.toContain('Guide number 1');
  });

  it('keeps a list of twenty or more alike cards (the page\'s own list), and drops a related list of ten', () => {
    const item = (i: number) => `<li><a href="/event/${i}"><h3>Conference number ${i} on cloud tools</h3></a><p>Three days of talks on cloud tools, in city ${i}.</p></li>`;
    const many = Array.from({ length: 24 }, (_, i) => item(i + 1)).join('');
    const few = Array.from({ length: 10 }, (_, i) => item(i + 1)).join('');
    expect(run(`${PROSE}<ul>${many}</ul>`)).toContain('Conference number 24');
    expect(run(`${PROSE}<ul>${few}</ul>`)).not.toContain('Conference number 1 ');
  });

  it('reads the count a title announces, not a year, a time or a price', () => {
    expect(announcedItems('12 of the Best Sewing Machines for Beginners')).toBe(12);
    expect(announcedItems('The 25 Best Albums of the Year')).toBe(25);
    expect(announcedItems('Our top 10 hikes')).toBe(10);
    expect(announcedItems('To Find the 5 Best French Presses, I Put 17 to the Test')).toBe(5);
    expect(announcedItems('2025 in review')).toBe(0);
    expect(announcedItems('9:30 meeting moved')).toBe(0);
    expect(announcedItems('2 ways to save')).toBe(0);
    expect(announcedItems('Markets close higher')).toBe(0);
  });

  it('drops list items that are a linked headline and a cut-off excerpt', () => {
    const item = (i: number) =>
      `<li><a href="/news/${i}">Deportees return home from abroad, story ${i}</a><span>NEW DELHI: Their dream shattered and savings wasted, many returned home broke on Wednesday after...</span></li>`;
    const text = run(`${PROSE}<ul>${item(1)}${item(2)}${item(3)}</ul><ul><li><a href="/guide">The full guide</a> explains, step by step, how to apply for the grant.</li>` +
        `<li>When you hire a vendor, <a href="/contracts">get all the details in writing</a>! Then start dreaming up your honeymoon…</li></ul>`);
    expect(text).not.toContain('Deportees');
    expect(text).toContain('how to apply');
    expect(text).toContain('dreaming up your honeymoon');
  });


  it('drops a cut-off teaser whose headline sits in a box of its own (judged before the card)', () => {
    // The headline box alone is "mostly links": taken first, it would leave the label and the excerpt.
    const item = (i: number) =>
      `<article class="post"><div class="pre"><div class="cat">Front Page</div><div class="title"><a href="/news/${i}">Clerk recalled to the House, story ${i}</a></div>` +
      `<div class="body">A NOTICE dated this week says the former clerk has been called out of retirement for active servi...</div></div></article>`;
    const text = run(`${PROSE}<section>${item(1)}${item(2)}${item(3)}</section>`);
    expect(text).toContain('committee met');
    expect(text).not.toContain('Front Page');
    expect(text).not.toContain('called out of retirement');
    // A link box that no cut-off card holds still goes on its own, and the prose around it stays.
    const alone = run(`${PROSE}<div class="box"><div class="title"><a href="/x">Read the full minutes of the meeting</a></div><p>The minutes run to forty pages, with an annex...</p><p>They cover the budget.</p><p>And the roads.</p></div>`);
    expect(alone).not.toContain('full minutes');
    expect(alone).toContain('forty pages');
    // On a forum a post that trails off under its linked date and number stays.
    const post = `<article class="message"><header><a href="/t/1/post-2">Dec 30, 2023</a><ul><li><a href="/t/1/post-2">#2</a></li></ul></header><div class="bbWrapper">I set myself a limit this year and will stick to it, mostly...</div></article>`;
    expect(run(`${PROSE}${post}${post}`, 'forum')).toContain('stick to it');
  });
  it('keeps linked pictures, in-page links and paragraphs with unlinked words among link-only runs', () => {
    const text = run(
      `${PROSE}<p><a href="/x"><img src="/i.jpg" alt="">Photo story</a></p><p><a href="/y">Picture after</a> <span><picture></picture></span></p>` +
        `<p><a href="#notes">See the notes</a></p><p><a href="/w">Half a link</a> and a good many words that are not linked at all.</p>` +
        `<p><a name="top">Anchor</a> <a href="/z">Target after an anchor without href</a></p><p><a href="/v">Only link here</a></p><p><a href="/u">And here</a></p>`,
    );
    expect(text).toContain('Photo story');
    expect(text).toContain('Picture after');
    expect(text).toContain('See the notes');
    expect(text).toContain('not linked at all');
    // A run of paragraphs that are all link text (the first link with an href decides where to) goes.
    expect(text).not.toContain('Target after an anchor');
    expect(text).not.toContain('Only link here');
    expect(text).not.toContain('And here');
  });

  /** A list of `count` links named "<word> one", "<word> two"… */
  const linkList = (word: string, count: number) =>
    `<ul>${['one', 'two', 'three'].slice(0, count).map((n, i) => `<li><a href="/${word}/${i + 1}">${word} ${n}</a></li>`).join('')}</ul>`;

  it('keeps a list of links that a lead-in sentence announces, not one under a heading', () => {
    const text = run(`${PROSE}<div><p>Two families:</p>${linkList('Centroid', 3)}</div>${PROSE}<h3>More stories</h3>${linkList('Teaser', 3)}`);
    expect(text).toContain('Two families');
    expect(text).toContain('Centroid one');
    expect(text).toContain('Centroid three');
    expect(text).not.toContain('Teaser one');
  });

  it('keeps a list of linked headlines that a heading ending in a colon announces in the text, not one under a box title', () => {
    const picks = `<ul>${['Fluke 117', 'Klein MM400', 'Irwin Vise'].map((n, i) => `<li><h2><a href="https://shop.example.com/p/${i}">${n}</a></h2></li>`).join('')}</ul>`;
    const text = run(`${PROSE}<p>Choose a meter with auto-ranging.</p><h4>Top Expert Recommendations:</h4>${picks}<p>${'A clamp meter reads current without breaking the circuit. '.repeat(2)}</p>${PROSE}` +
      `<h3>More stories:</h3><ul>${['Wire strippers compared', 'Best headlamps'].map((n, i) => `<li><h3><a href="/s/${i}">${n}</a></h3></li>`).join('')}</ul>`);
    expect(text).toContain('Fluke 117');
    expect(text).toContain('Irwin Vise');
    expect(text).not.toContain('Best headlamps');
  });

  it('keeps a list of links announced by a lead-in when each sits in a box of its own (AsciiDoc), not one under a heading', () => {
    const text = run(
      `<div class="sect"><div class="paragraph"><p>${'Progress was good this month. '.repeat(3)}</p></div><div class="paragraph"><p>Many patches were sent for review:</p></div>` +
        `<div class="ulist">${linkList('Patch', 3)}</div><div class="paragraph"><p>Most of them were merged.</p></div></div>` +
        `<div class="sect"><h3>More stories</h3><div class="ulist">${linkList('Teaser', 3)}</div></div>`,
    );
    expect(text).toContain('Patch one');
    expect(text).toContain('Patch three');
    expect(text).not.toContain('Teaser one');
  });

  it("keeps a list of links that ends a section of the text, not one that ends the article", () => {
    const text = run(`<h2>Linear models</h2>${PROSE}${linkList('Regression', 2)}<h2>Decision trees</h2>${PROSE}${linkList('Recommended', 2)}`);
    expect(text).toContain('Regression one');
    expect(text).not.toContain('Recommended one');
  });

  it('keeps a code sample in a box with a boilerplate-looking name', () => {
    const text = run(`${PROSE}<div class="group scroll-mt-2 rounded"><pre><code>services:\n  web:\n    build: .</code></pre></div><div class="share-tools"><p>Share this page</p></div>`);
    expect(text).toContain('services:');
    expect(text).not.toContain('Share this page');
  });

  it("keeps a table of contents of other pages, not one of the page's own sections", () => {
    const entry = (href: string, t: string) => `<dt><a href="${href}">${t}</a></dt>`;
    // The chapter's own introduction, beside the contents in one box, stays too.
    const text = run(
      `<div class="chapter"><div class="toc"><p>Table of Contents</p><dl class="toc">${entry('indexes-intro.html', '11.1. Introduction')}${entry('indexes-types.html', '11.2. Index Types')}` +
        `<dd><dl>${entry('indexes-types.html#BTREE', '11.2.1. B-Tree')}${entry('indexes-types.html#HASH', '11.2.2. Hash')}${entry('indexes-types.html#GIST', '11.2.3. GiST')}</dl></dd></dl></div>` +
        `<p>Indexes speed up queries, but cost writes.</p></div>${PROSE}` +
        `<div class="post-toc"><ul><li><a href="#intro">Section intro</a></li><li><a href="https://example.org/docs/x#more">Section more</a></li></ul></div>` +
        `<div class="bg-background-toc"><div><ul><li><a href="/guides/">Guides</a></li><li><a href="/manuals/">Manuals</a></li></ul></div></div>`,
      'article',
      'https://example.org/docs/x',
    );
    expect(text).toContain('11.1. Introduction');
    expect(text).toContain('11.2.2. Hash');
    expect(text).toContain('cost writes');
    expect(text).not.toContain('Section intro');
    expect(text).not.toContain('Section more');
    expect(text).not.toContain('Manuals');
  });

  it('keeps the cards and links a listing page is made of', () => {
    const text = run(`${PROSE}${card(1)}${card(2)}<p><a href="/a">Another story</a></p><p><a href="/b">And another</a></p>`, 'other');
    expect(text).toContain('Guide number 1');
    expect(text).toContain('excerpt of guide 2');
    expect(text).toContain('Another story');
  });

  it("keeps on a listing the boilerplate-named box every item repeats (each paper's meta), not a lone one", () => {
    const paper = (i: number) =>
      `<dt><a href="/abs/${i}">arXiv:2603.0${i}</a></dt><dd><div class="meta"><div class="list-title">Title: Sparse attention number ${i}</div><div class="list-authors">Author ${i}, Second Author</div></div></dd>`;
    const text = run(`<dl>${[1, 2, 3, 4].map(paper).join('')}</dl><div class="sidebar-box">Follow us elsewhere</div>`, 'other');
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`Sparse attention number ${i}`);
    expect(text).not.toContain('Follow us');
  });
});

describe('keptBoxTest', () => {
  it('answers as inKeptBox for every element of generated trees, also below a kept box', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const tags = ['div', 'p', 'pre', 'code', 'figure', 'blockquote', 'span', 'ul', 'li', 'section'];
    for (let i = 0; i < 200; i++) {
      const doc = new JSDOM('<!doctype html><body></body>').window.document;
      const top = doc.createElement(rand(5) ? 'div' : tags[rand(tags.length)]);
      doc.body.append(top);
      const root = doc.createElement('div');
      top.append(root);
      const els: Element[] = [root];
      for (let n = rand(60); n > 0; n--) {
        const el = doc.createElement(tags[rand(tags.length)]);
        els[rand(els.length)].append(el);
        els.push(el);
      }
      const elements: Element[] = [];
      const next = elementWalk(root);
      for (let el = next(); el; el = next()) elements.push(el);
      const test = keptBoxTest(root, elements);
      for (const el of [root, ...elements]) expect(test(el)).toBe(inKeptBox(el));
    }
  });
});

describe('mayBeCutOff', () => {
  it('is true whenever the collapsed text ends cut off', () => {
    const CUT_OFF = /(\.\.\.|…)\s*(\[?(read more|more|continue reading)\]?)?$/i;
    let seed = 5;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const parts = ['.', '..', '…', ' ', '\n', '\t', 'read', 'more', '[', ']', 'word', 'continue reading'];
    for (let i = 0; i < 5000; i++) {
      let raw = '';
      for (let n = rand(8); n > 0; n--) raw += parts[rand(parts.length)];
      if (CUT_OFF.test(raw.replace(/\s+/g, ' ').trim())) expect(mayBeCutOff(raw), JSON.stringify(raw)).toBe(true);
      if (!mayBeCutOff(raw)) expect(raw.replace(/\s+/g, ' ')).not.toMatch(/\.\.\.|…/);
    }
  });
});
