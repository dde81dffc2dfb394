import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isHeadingAnchor } from './heading-anchor';

const el = (html: string): Element => new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;

describe('isHeadingAnchor', () => {
  it('knows an id made from the words of the heading the element opens with', () => {
    expect(isHeadingAnchor(el('<section id="respond-to-review-comments"><h2>Respond to review comments<a href="#x">¶</a></h2></section>'), 'respond-to-review-comments')).toBe(true);
    expect(isHeadingAnchor(el('<h5 id="recommended-message-style">§Recommended Message Style</h5>'), 'recommended-message-style')).toBe(true);
  });

  it('looks past empty anchor elements before the heading (Sphinx)', () => {
    const html = '<section id="use-trimmed-interleaved-replies"><span id="interleaved-replies"></span><h2>Use trimmed interleaved replies<a href="#x">¶</a></h2><p>Text.</p></section>';
    expect(isHeadingAnchor(el(html), 'use-trimmed-interleaved-replies')).toBe(true);
    expect(isHeadingAnchor(el('<section id="use-trimmed-interleaved-replies"><span>Posted</span><h2>Use trimmed interleaved replies</h2></section>'), 'use-trimmed-interleaved-replies')).toBe(false);
  });

  it('does not take role names or ids that differ from the heading', () => {
    expect(isHeadingAnchor(el('<section id="comments"><h2>Comments</h2></section>'), 'comments')).toBe(false);
    expect(isHeadingAnchor(el('<div id="related-posts-widget"><h3>You may also like</h3></div>'), 'related-posts-widget')).toBe(false);
    expect(isHeadingAnchor(el('<div id="respond-to-review-comments"><p>Respond to review comments</p></div>'), 'respond-to-review-comments')).toBe(false);
  });
});
