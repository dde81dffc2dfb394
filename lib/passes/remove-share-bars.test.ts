import { describe, expect, it } from 'vitest';
import { removeShareBars } from './remove-share-bars';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeShareBars', () => {
  it('drops share/follow bars by class and by label (English, Hindi, "Followed")', () => {
    const r = mutate(
      removeShareBars,
      `<div class="share-buttons"><a href="#">fb</a><a href="#">tw</a></div><p>${EN_PARA}</p>
       <div><span>शेयर करें</span><a href="#">f</a> <a href="#">w</a></div><button-like>x</button-like>
       <div><a href="#">Follow us on Google News</a></div><p>${HI_PARA}</p><span>Followed</span>`,
    );
    for (const s of ['fb', 'शेयर करें', 'Follow us', 'Followed']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('keeps an embedded post in a box named for social media', () => {
    const r = mark(
      removeShareBars,
      `<p>${EN_PARA}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>While we focus on the state's ad campaign, we should not forget the last one.</p>— Cooper Lund</blockquote></div>`,
    );
    expect(r.text).toContain('we should not forget the last one');
  });

  it('drops the "Sharing is caring!" label of a share bar', () => {
    const r = mutate(removeShareBars, `<p>${EN_PARA}</p><div><span>Sharing is caring!</span></div><p>${EN_PARA}</p>`);
    expect(r.text).not.toContain('Sharing is caring');
  });

  it('drops a "Share This Post" heading over its buttons', () => {
    const r = mutate(removeShareBars, `<p>${EN_PARA}</p><div><h2>Share This Post</h2></div><div><a href="https://facebook.com/sharer">f</a> <a href="https://x.com/share">x</a></div>`);
    expect(r.text).not.toContain('Share This Post');
    expect(r.text).toContain('bus network');
  });

  it('keeps prose about sharing', () => {
    const p = 'Shareholders will vote next week on whether to share the profits with employees, a plan the board said would follow the example of several rivals.';
    const r = mark(removeShareBars, `<p>${p}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});
