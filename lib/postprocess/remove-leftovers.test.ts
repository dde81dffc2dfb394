import { describe, expect, it } from 'vitest';
import { removeLeftovers } from './remove-leftovers';
import { fragment } from './test-page';

describe('removeLeftovers', () => {
  it('removes scripts, styles, templates and controls so their text never reaches textContent', () => {
    const { root, ctx } = fragment(`<p>Text</p><script>var a = "<b>";</script><style>p{}</style><template><p>t</p></template><textarea>&lt;i&gt;</textarea><button>Share</button><select><option>A</option></select>`);
    removeLeftovers(root, ctx);
    expect(root.textContent).toBe('Text');
  });

  it('unwraps a page-wide <form>, keeping its content, and keeps SVG titles', () => {
    const { root, ctx } = fragment(`<form action="/x"><p>Body text</p><input name="q"></form><svg><title>Chart</title></svg>`);
    removeLeftovers(root, ctx);
    expect(root.querySelector('form, input')).toBeNull();
    expect(root.querySelector('p')!.textContent).toBe('Body text');
    expect(root.querySelector('svg title')).not.toBeNull();
  });
});
