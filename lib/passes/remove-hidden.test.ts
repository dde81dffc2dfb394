import { describe, expect, it } from 'vitest';
import { removeHidden } from './remove-hidden';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeHidden', () => {
  it('drops hidden, display:none, visibility:hidden and aria-hidden chrome', () => {
    const r = mark(
      removeHidden,
      `<p>${EN_PARA}</p><div hidden>h-attr</div><div style="color:red; display: none !important">h-display</div>
       <span style="visibility:hidden">h-vis</span><span aria-hidden="true">★ h-aria</span><p>${HI_PARA}</p>`,
    );
    for (const s of ['h-attr', 'h-display', 'h-vis', 'h-aria']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
    expect(r.removed.map((x) => x.reason).sort()).toEqual(['aria-hidden="true"', 'hidden attribute', 'inline display:none', 'inline visibility:hidden']);
  });

  it('keeps aria-hidden media, hidden math, and a hidden element holding much of the article', () => {
    const r = mark(
      removeHidden,
      `<p>${EN_PARA}</p><figure aria-hidden="true"><img src="a.jpg" alt="x"></figure>
       <div style="display:none"><math><mi>x</mi></math></div>
       <div style="display:none" class="rest-of-story"><p>${HI_PARA}</p><p>${HI_PARA}</p></div>`,
    );
    expect(r.removed).toEqual([]);
  });

  it('keeps collapsed prose (an FAQ answer hidden until clicked)', () => {
    const r = mark(removeHidden, `<p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p><h3>How long does it take?</h3><div style="display:none"><p>${HI_PARA}</p></div>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps code examples in hidden tab panels (the same step in another language), drops other hidden panels', () => {
    const tab = (lang: string, hidden: string) => `<div role="tabpanel" ${hidden}><pre><code>${lang} install twilio</code></pre></div>`;
    const r = mark(removeHidden, `<p>${EN_PARA}</p>${tab('pip', '')}${tab('npm', 'hidden')}${tab('gem', 'style="display:none"')}<div role="tabpanel" hidden><a href="/x">Most shared</a></div>`);
    expect(r.text).toContain('npm install');
    expect(r.text).toContain('gem install');
    expect(r.text).not.toContain('Most shared');
  });

  it('drops blocks hidden by a utility class (a shop\'s raw product fields), not those shown from some screen size up', () => {
    const r = mark(
      removeHidden,
      `<p>${EN_PARA}</p><dl class="productView-info hide"><dt>retail_price_tier3:</dt><dd>$15.00</dd></dl>
       <div class="d-none">h-dnone</div><ul class="menu hidden"><li>h-tw</li></ul><span class="is-hidden">h-is</span>
       <div class="hidden md:flex">shown-tw</div><div class="d-none d-lg-block">shown-bs</div><div class="hidden-xs">shown-xs</div>
       <div class="overflow-hidden">shown-overflow</div><div class="hide-desktop">shown-mobile</div>`,
    );
    for (const s of ['retail_price', 'h-dnone', 'h-tw', 'h-is']) expect(r.text).not.toContain(s);
    for (const s of ['shown-tw', 'shown-bs', 'shown-xs', 'shown-overflow', 'shown-mobile', 'bus network']) expect(r.text).toContain(s);
  });

  it('keeps prose behind a hidden utility class (a "read more" body the page script opens)', () => {
    const r = mark(removeHidden, `<p>${EN_PARA}</p><div class="rest hidden"><p>${HI_PARA}</p><p>${EN_PARA}</p></div>`);
    expect(r.removed).toEqual([]);
  });

  it('works in mutate mode', () => {
    const r = mutate(removeHidden, `<p>${EN_PARA}</p><div hidden>gone</div>`);
    expect(r.text).not.toContain('gone');
    expect(r.doc.querySelector('[hidden]')).toBeNull();
  });
});
