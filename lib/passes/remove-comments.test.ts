import { describe, expect, it } from 'vitest';
import { removeComments } from './remove-comments';
import { EN_PARA, HI_PARA, mark, mutate, parse } from './noise-test-utils';
import { createPassContext } from './pass-context';
import type { PageKind } from './pass-context';
import type { Removal } from '../types';

describe('removeComments', () => {
  it('drops comment sections by class/id and their headings (English, Hindi)', () => {
    const r = mutate(
      removeComments,
      `<p>${EN_PARA}</p><div id="disqus_thread">dq</div><section class="comments-area">ca</section>
       <h3>Leave a comment</h3><h3>टिप्पणियां</h3><a href="#c">12 Comments</a><p>${HI_PARA}</p>`,
    );
    for (const s of ['dq', 'ca', 'Leave a comment', 'टिप्पणियां', '12 Comments']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('drops comment headings and counts of German, French, Spanish and Italian pages', () => {
    const labels = ['Kommentare', 'Laisser un commentaire', 'Deja un comentario', 'Lascia un commento', '3 Kommentare', '12 commentaires', '5 comentarios', '8 commenti'];
    const r = mutate(removeComments, `<p>${EN_PARA}</p>${labels.map((l) => `<h3>${l}</h3>`).join('')}`);
    for (const s of labels) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('keeps the comments of a code example (highlighter spans named "comment")', () => {
    const code = '<pre><code><span class="kw">let</span> x = 1; <span class="sp-syntax-comment">// Still one after render</span></code></pre>';
    const inline = '<p>Write <code><span class="token comment">/* a note */</span></code> above it.</p>';
    const r = mark(removeComments, `${code}${inline}<p>${EN_PARA}</p>`);
    expect(r.text).toContain('Still one after render');
    expect(r.text).toContain('a note');
  });

  it('keeps a section whose id is made from its heading ("respond-to-review-comments")', () => {
    const r = mark(removeComments, `<section id="respond-to-review-comments"><h2>Respond to review comments</h2><p>${EN_PARA}</p></section><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps prose about comments', () => {
    const p = 'Comments made by the minister on Sunday drew sharp criticism from opposition leaders, who demanded an apology before the session resumes.';
    const r = mark(removeComments, `<p>${p}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});

describe('removeComments on a discussion page', () => {
  it('keeps the posts when "comments" are most of the page, drops them under an article', () => {
    const post = (i: number) => `<div class="comment" id="c${i}"><p>${EN_PARA}</p></div>`;
    const forum = mark(removeComments, `<h1>Thread</h1><p>Short intro.</p>${[1, 2, 3, 4].map(post).join('')}`);
    expect(forum.removed).toEqual([]);
    const article = mark(removeComments, `<p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p>${post(1)}`);
    expect(article.removed.map((x) => x.reason)).toEqual(['class token "comment"']);
  });
});

describe('removeComments under a short post', () => {
  // A short blog post ("open thread") under a long comment thread: the thread outweighs the post.
  const page = `<article><p>Ask us anything about our work in the comments below.</p></article>
    <div id="comments" class="comments-area"><h3>Comments</h3><ul class="comment-list">
    ${[1, 2, 3, 4, 5].map((i) => `<li class="comment" id="c${i}"><p>${EN_PARA}</p></li>`).join('')}</ul></div>`;
  const run = (pageKind: PageKind, relaxed: string[]) => {
    const removed: Removal[] = [];
    const ctx = createPassContext('https://example.com/a', { debug: true, relaxed, removed, pageKind });
    removeComments(parse(page).body, ctx);
    return removed.map((x) => x.reason);
  };

  it('drops a named comment thread on an article page, even when it holds most of the text', () => {
    for (const relaxed of [[], ['unlikely']]) expect(run('article', relaxed)).toContain('class token "comments-area"');
  });

  it('keeps it on a page that is not an article (a forum: the posts are the content)', () => {
    expect(run('other', ['unlikely']).filter((r) => r.includes('token'))).toEqual([]);
  });
});
