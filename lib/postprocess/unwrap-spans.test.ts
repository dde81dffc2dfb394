import { describe, expect, it } from 'vitest';
import { unwrapSpans } from './unwrap-spans';
import { fragment } from './test-page';

describe('unwrapSpans', () => {
  it('unwraps styling spans and fonts, keeps language spans', () => {
    const { root, ctx } = fragment(`<p><span class="x">The</span> <font color="red">river</font> <span lang="hi">नदी</span></p>`);
    unwrapSpans(root, ctx);
    expect(root.innerHTML).toBe('<p>The river <span lang="hi">नदी</span></p>');
    expect(root.querySelector('p')!.childNodes[0].nodeValue).toBe('The river ');
  });

  it('joins a span of plain text to the text before or after it, as unwrapping and normalizing did', () => {
    const { root, ctx } = fragment(`<p><span>The</span> river <span class="a">rose</span><b>!</b><span>x</span><span>y</span> z<span>w</span></p>`);
    unwrapSpans(root, ctx);
    const p = root.querySelector('p')!;
    expect(p.innerHTML).toBe('The river rose<b>!</b>xy zw');
    expect(Array.from(p.childNodes).map((n) => n.nodeValue)).toEqual(['The river rose', null, 'xy zw']);
  });
});
