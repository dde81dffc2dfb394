import { describe, expect, it } from 'vitest';
import { removeTagLists } from './remove-tag-lists';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeTagLists', () => {
  it('drops tag lists by class, rel="tag" and "Tags:" lines in English and Hindi', () => {
    const r = mutate(
      removeTagLists,
      `<p>${EN_PARA}</p><ul class="post-tags"><li><a href="/t/a">alpha</a></li></ul>
       <div class="meta-x"><a rel="tag" href="/t/b">beta</a>, <a rel="tag" href="/t/c">gamma</a></div>
       <p>Tags: <a href="/t/d">delta</a>, <a href="/t/e">epsilon</a></p>
       <p>टैग्स: <a href="/t/f">टिकटॉक</a> <a href="/t/g">स्टार्टअप</a></p><p>${HI_PARA}</p>`,
    );
    for (const s of ['alpha', 'beta', 'gamma', 'delta', 'टिकटॉक']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('keeps a paragraph that starts with "Tags" as prose', () => {
    const p = 'Tags on the luggage showed the bags had passed through three airports, investigators said, though none of the staff remembered seeing them.';
    const r = mark(removeTagLists, `<p>${p}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});
