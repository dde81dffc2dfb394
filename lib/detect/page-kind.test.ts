import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from './detect-article';

const load = (body: string, url: string): Document =>
  new JSDOM(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, { url }).window.document;

/** What extraction cleans the page as: detection's `pageKind`. */
const pageKindOf = (doc: Document, url: string) => detectArticle(doc, url).pageKind;

describe('detectArticle: pageKind', () => {
  it('reads an article page as an article', () => {
    const paras = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the report, in which the council explains, at some length and with figures, why the bridge closed.</p>`).join('');
    const doc = load(`<article><h1>Why the old bridge over the river closed for a year</h1>${paras}</article>`, 'https://news.example.org/2026/11/28/why-the-old-bridge-closed');
    expect(pageKindOf(doc, doc.URL)).toBe('article');
  });

  it('reads a section front of headline cards as another kind of page', () => {
    const cards = Array.from({ length: 24 }, (_, i) => `<div class="card"><a href="/story/${i}"><h3>Headline of story number ${i} today</h3></a><p>Short teaser ${i}.</p></div>`).join('');
    const doc = load(`<h1>World</h1><section>${cards}</section>`, 'https://news.example.org/world/');
    expect(pageKindOf(doc, doc.URL)).toBe('other');
  });

  it('reads a page that declares a discussion thread or a Q&A page as a forum, not one with a FAQ', () => {
    const posts = Array.from({ length: 6 }, (_, i) => `<div class="post"><p>Reply ${i}: I paddled that river last spring, and the current was slow enough for a beginner in a sit-on-top kayak.</p></div>`).join('');
    const ld = (type: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}"}</script>`;
    const forum = load(`${ld('DiscussionForumPosting')}<h1>Which kayak should a beginner buy for slow rivers?</h1>${posts}`, 'https://boards.example.org/threads/which-kayak-for-slow-rivers.123/');
    expect(pageKindOf(forum, forum.URL)).toBe('forum');
    const qa = load(`${ld('QAPage')}<h1>How do I patch a small hole in a kayak hull?</h1>${posts}`, 'https://qa.example.org/questions/42/patch-a-kayak-hull');
    expect(pageKindOf(qa, qa.URL)).toBe('forum');
    const faq = load(`${ld('Question')}<h1>Kayak rental</h1>${posts}`, 'https://rent.example.org/kayaks');
    expect(pageKindOf(faq, faq.URL)).not.toBe('forum');
  });

  it('reads a thread whose microdata nests the discussion inside a WebPage item as a forum', () => {
    const reply = (i: number) => `<article itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p itemprop="text">Reply ${i}: we took the train from Tokyo to Kyoto, and booking a week ahead was plenty.</p></article>`;
    const doc = load(
      `<div itemscope itemtype="http://schema.org/WebPage"><div itemscope itemtype="http://schema.org/DiscussionForumPosting">` +
        `<h1 itemprop="headline">First trip to Japan</h1><div itemprop="articleBody"><p>Tour or plan it ourselves?</p></div>` +
        `<section id="replies">${[1, 2, 3, 4].map(reply).join('')}</section></div></div>`,
      'https://community.example.org/travel-forum/first-trip-to-japan',
    );
    expect(pageKindOf(doc, doc.URL)).toBe('forum');
  });
});
