import { describe, expect, it } from 'vitest';
import { removeRepeatedBlocks } from './remove-repeated-blocks';
import { fragment } from './test-page';
import { createPassContext, type PageKind } from '../passes/pass-context';

const POST = 'I always use whatever version of the toolkit comes with the distribution, through the package manager.';
const REPLY = 'Then you will get whatever the distribution packages, which for this release is the older version.';

function run(html: string, pageKind: PageKind) {
  const { root } = fragment(html);
  removeRepeatedBlocks(root, createPassContext('https://forum.example.org/t/1', { mutate: true, debug: true, pageKind }));
  return root;
}

describe('removeRepeatedBlocks', () => {
  it('reads a post once on a forum thread when a reply quotes it whole', () => {
    const html = `<div class="post"><p>${POST}</p></div><div class="post"><blockquote><p>${POST}</p></blockquote><p>${REPLY}</p></div>`;
    const text = run(html, 'forum').textContent ?? '';
    expect(text.split(POST).length - 1).toBe(1);
    expect(text).toContain(REPLY);
  });

  it('reads a block once on a shop or listing page (mobile and desktop copies)', () => {
    const blurb = 'A sit-on-top kayak for slow rivers and lakes, stable enough for a first paddle.';
    const html = `<div class="mobile"><div>${blurb}</div></div><div class="desktop"><div>${blurb}</div><p>Weight: 21 kg, length 3.1 m.</p></div>`;
    const text = run(html, 'other').textContent ?? '';
    expect(text.split(blurb).length - 1).toBe(1);
    expect(text).toContain('Weight: 21 kg');
  });

  it('keeps a line held twice only by nesting (a <p> in a <div> through a <span>)', () => {
    const text = run(`<div class="panel"><span class="body"><p>${POST}</p></span></div><p>${REPLY}</p>`, 'other').textContent ?? '';
    expect(text).toContain(POST);
  });

  it('keeps repeats in an article, in code, and short repeated lines', () => {
    const question = 'What did you think when the water reached the market square that night?';
    const html = `<p>${question}</p><p>It was frightening.</p><p>${question}</p><p>We went upstairs.</p>`;
    expect((run(html, 'article').textContent ?? '').split(question).length - 1).toBe(2);
    const code = 'console.log("the same line printed in two listings of the tutorial");';
    const listing = `<pre><code>${code}</code></pre><p>Then again:</p><pre><code>${code}</code></pre><p>Reply</p><p>Reply</p>`;
    const text = run(listing, 'forum').textContent ?? '';
    expect(text.split(code).length - 1).toBe(2);
    expect(text.split('Reply').length - 1).toBe(2);
  });
});
