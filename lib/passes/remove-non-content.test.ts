import { describe, expect, it } from 'vitest';
import { removeNonContent } from './remove-non-content';
import { EN_PARA, mark, mutate } from './noise-test-utils';

describe('removeNonContent', () => {
  it('drops scripts, styles, templates, controls, short forms, buttons and svg icons', () => {
    const r = mutate(
      removeNonContent,
      `<p>${EN_PARA}</p><script>var x = "script-text";</script><style>.a{}</style><template><p>tpl</p></template>
       <form><input name="q"><label>Search-form</label></form><button>Click-me</button>
       <a href="/x">link <svg viewBox="0 0 24 24"><path d="M0 0"/></svg></a><select><option>opt</option></select>
       <iframe></iframe>`,
    );
    for (const s of ['script-text', 'tpl', 'Search-form', 'Click-me', 'opt']) expect(r.text).not.toContain(s);
    for (const sel of ['script', 'style', 'template', 'form', 'button', 'svg', 'select', 'iframe']) expect(r.doc.querySelector(sel)).toBeNull();
    expect(r.text).toContain('link');
  });

  it('keeps <noscript> with an image (parsed or as raw text), math, figures, video and embeds', () => {
    const r = mutate(
      removeNonContent,
      `<p>${EN_PARA}</p><noscript><img src="real.jpg"></noscript><noscript>&lt;img src="raw.jpg"&gt;</noscript>
       <noscript>Please enable JavaScript</noscript>
       <figure><svg width="600" height="400"><rect width="10" height="10"/></svg><figcaption>Chart</figcaption></figure>
       <svg viewBox="0 0 800 600"><circle r="4"/></svg>
       <math><mi>x</mi></math><video src="v.mp4"></video><iframe src="https://www.youtube.com/embed/x"></iframe>
       <button><img src="zoom.jpg"></button>`,
    );
    expect(r.doc.querySelectorAll('noscript')).toHaveLength(2);
    expect(r.text).not.toContain('enable JavaScript');
    expect(r.doc.querySelectorAll('svg')).toHaveLength(2);
    for (const sel of ['math', 'video', 'iframe', 'button']) expect(r.doc.querySelector(sel)).not.toBeNull();
  });

  it('drops gallery controls and count badges but keeps the photo and its caption', () => {
    const r = mutate(
      removeNonContent,
      `<p>${EN_PARA}</p><figure><div><img src="/a.jpg"><div class="article__gallery-count"><span>6</span></div></div>` +
        `<figcaption>Beijing health workers at the hospital</figcaption></figure>` +
        `<div class="control-bar-right"><div class="nav-stats">Image 1 of 8</div><div class="captionlink fade"><p class="open">Caption</p><p class="close">Close</p></div></div>`,
    );
    expect(r.text).not.toMatch(/\b6\b/);
    expect(r.text).not.toContain('Caption');
    expect(r.text).not.toContain('Image 1 of 8');
    expect(r.text).toContain('Beijing health workers');
    expect(r.doc.querySelector('img')).not.toBeNull();
    expect(r.text).toContain('bus network');
  });

  it('drops hover cards inside a sentence (name, photo, recent headlines) and keeps the linked name', () => {
    const r = mark(
      removeNonContent,
      `<p>A man pleaded guilty to threatening Rep. <span class="rollover-people"><a class="rollover-people-link" href="/people/o">Ilhan Omar</a>` +
        `<span class="rollover-people-block"><span class="rollover-block"><span><img src="/o.jpg"><a class="name" href="/people/o">Ilhan Omar</a>` +
        `<a class="people-articles" href="/x">Progressives oppose funding bill over surveillance authority</a> <a class="more" href="/people/o">MORE</a></span></span></span></span>` +
        ` (D-Minn.), prosecutors said.</p><p>${EN_PARA}</p><div class="hovercard"><a href="/u/1">Jane Doe</a> Staff writer, 1,204 stories</div>` +
        `<div class="icon-tooltip"><img src="/b.svg"><span class="icon-tooltip-text">Recycled materials</span></div>` +
        `<span class="av-structured-data" itemprop="image"><span itemprop="url">https://example.com/photo.jpg</span><span itemprop="height">540</span></span>`,
    );
    expect(r.text).not.toContain('photo.jpg');
    expect(r.text).toContain('Recycled materials');
    expect(r.text).toContain('Rep. Ilhan Omar (D-Minn.), prosecutors said');
    expect(r.text).not.toContain('Progressives oppose');
    expect(r.text).not.toContain('1,204 stories');
    expect(r.text).toContain('bus network');
  });

  it("drops a form builder's status messages, which show only once the form is sent", () => {
    const r = mark(
      removeNonContent,
      `<p>${EN_PARA}</p><div class="w-form"><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>` +
        `<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>`,
    );
    expect(r.text).not.toContain('submission has been received');
    expect(r.text).not.toContain('Something went wrong');
    expect(r.text).toContain('bus network');
  });

  it('drops the vote tally beside a post, marked with schema.org vote properties', () => {
    const r = mark(removeNonContent, `<div itemscope><div class="votes" itemprop="upvoteCount" data-value="6">6</div><div itemprop="text"><p>${EN_PARA}</p></div></div>`);
    expect(r.removed.map((x) => x.reason)).toContain('vote count');
    expect(r.text).toContain('bus network');
    const likes = mark(
      removeNonContent,
      `<div itemprop="text"><p>${EN_PARA}</p></div><div itemprop="interactionStatistic" itemscope><meta itemprop="userInteractionCount" content="2"><span class="post-likes">2 Likes</span></div>`,
    );
    expect(likes.text).not.toContain('2 Likes');
  });

  it('drops the menus, header and footer a page marks with schema.org types, and keeps its article', () => {
    const r = mark(
      removeNonContent,
      `<header itemscope itemtype="https://schema.org/WPHeader"><a href="/">Site name</a></header>` +
        `<nav><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/guidelines">Guidelines</a></li></ul></nav>` +
        `<article itemscope itemtype="https://schema.org/Article"><p>${EN_PARA}</p></article>` +
        `<footer itemscope itemtype="https://schema.org/WPFooter"><p>Powered by a forum engine</p></footer>`,
    );
    for (const s of ['Site name', 'Guidelines', 'Powered by']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('keeps a page wrapped whole in a form (ASP.NET)', () => {
    const r = mark(removeNonContent, `<form id="aspnetForm"><p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p></form>`);
    expect(r.text).toContain('bus network');
  });
});
