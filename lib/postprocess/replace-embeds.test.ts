import { describe, expect, it } from 'vitest';
import { replaceEmbeds } from './replace-embeds';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('replaceEmbeds', () => {
  it('turns a YouTube iframe into a linked poster and "Watch video"', () => {
    const { root, ctx } = fragment(`<iframe src="//www.youtube-nocookie.com/embed/abcDEF12345?rel=0" title="Flood"></iframe>`);
    replaceEmbeds(root, ctx);
    const a = root.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abcDEF12345');
    expect(a.querySelector('img')!.getAttribute('src')).toBe('https://i.ytimg.com/vi/abcDEF12345/hqdefault.jpg');
    expect(a.textContent).toContain('Watch video');
    expect(root.querySelector('iframe')).toBeNull();
  });

  it('turns Vimeo into a link, other iframes into a link to their address, srcdoc frames away', () => {
    const { root, ctx } = fragment(`<iframe src="https://player.vimeo.com/video/76979871"></iframe><iframe src="https://maps.example.com/embed?q=x"></iframe><iframe srcdoc="<p>hi</p>"></iframe>`);
    replaceEmbeds(root, ctx);
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://vimeo.com/76979871', 'https://maps.example.com/embed?q=x']);
    expect(root.querySelector('iframe')).toBeNull();
  });

  it('labels a frame by its title, unless the title holds markup', () => {
    const { root, ctx } = fragment(
      `<iframe src="https://maps.example.com/embed?q=x" title="Flood map"></iframe><object title="data:text/html,<script>alert(1)</script>" data="https://x.example/p"></object>`,
    );
    replaceEmbeds(root, ctx);
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.textContent)).toEqual(['Flood map (maps.example.com)', 'Open embedded content (x.example)']);
  });

  it('keeps a tweet as a blockquote with its status link', () => {
    const { root, ctx } = fragment(`<blockquote class="twitter-tweet" data-theme="dark"><p lang="en">Water everywhere</p>&mdash; Someone (@someone) <a href="https://twitter.com/someone/status/123?ref_src=x">November 28, 2026</a></blockquote>`);
    replaceEmbeds(root, ctx);
    const bq = root.querySelector('blockquote')!;
    expect(bq.getAttribute('cite')).toBe('https://twitter.com/someone/status/123?ref_src=x');
    expect(bq.hasAttribute('class')).toBe(false);
    expect(bq.textContent).toContain('Water everywhere');
  });

  it('turns Instagram and Facebook embeds into links', () => {
    const { root, ctx } = fragment(`<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/"><div></div></blockquote><div class="fb-post" data-href="https://www.facebook.com/page/posts/1"></div><iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpage%2Fposts%2F2"></iframe>`);
    replaceEmbeds(root, ctx);
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.instagram.com/p/XYZ/', 'https://www.facebook.com/page/posts/1', 'https://www.facebook.com/page/posts/2']);
  });

  it('video and tweet survive extractArticle', () => {
    const r = extractHtml(articlePage(`<iframe width="560" height="315" src="https://www.youtube.com/embed/abcDEF12345"></iframe>
<blockquote class="twitter-tweet"><p>The bridge held tonight</p>&mdash; Mayor <a href="https://twitter.com/mayor/status/42">Nov 28</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`));
    const doc = parseContent(r.contentHtml);
    expect(doc.querySelector('a[href="https://www.youtube.com/watch?v=abcDEF12345"]')).not.toBeNull();
    expect(doc.querySelector('blockquote')?.textContent).toContain('The bridge held tonight');
    expect(doc.querySelector('blockquote a')?.getAttribute('href')).toBe('https://twitter.com/mayor/status/42');
    expect(r.contentHtml).not.toMatch(/<iframe|<script/i);
  });

  it('never nests a link inside a link', () => {
    const { root, ctx } = fragment(`<a href="/story"><iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe></a>`);
    replaceEmbeds(root, ctx);
    expect(root.querySelector('a a')).toBeNull();
    expect(root.querySelector('a > img')!.getAttribute('src')).toBe('https://i.ytimg.com/vi/abcDEF12345/hqdefault.jpg');
  });
});
