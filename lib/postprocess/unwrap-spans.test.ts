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
});
