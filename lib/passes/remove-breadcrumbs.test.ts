import { describe, expect, it } from 'vitest';
import { removeBreadcrumbs } from './remove-breadcrumbs';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeBreadcrumbs', () => {
  it('drops breadcrumb trails by class, schema.org and aria-label', () => {
    const r = mark(
      removeBreadcrumbs,
      `<ol class="breadcrumb"><li><a href="/">Home</a></li></ol><div itemtype="https://schema.org/BreadcrumbList">bl</div>
       <nav aria-label="Breadcrumb">al</nav><p>${EN_PARA}</p>`,
    );
    expect(r.removed).toHaveLength(3);
    expect(r.text).toBe(EN_PARA);
  });

  it('drops a text trail with › separators (Hindi page), keeps a sentence with one ›', () => {
    const r = mutate(
      removeBreadcrumbs,
      `<div><a href="/">Hindi News</a> › <a href="/tech">Technology</a> › <a href="/tech/diary">Tech Diary</a> › Startup India Partners with Alibaba</div>
       <p>${HI_PARA}</p><p>Prices rose › and then fell, the <a href="/a">report</a> said, after the <a href="/b">bank</a> acted.</p>`,
    );
    expect(r.text).not.toContain('Tech Diary');
    expect(r.text).toContain('Prices rose');
  });

  it('keeps a short code example whose generics look like separators', () => {
    const r = mutate(
      removeBreadcrumbs,
      `<div class="docblock"><p>Returns <code>true</code> if the result is <a href="#ok"><code>Ok</code></a>.</p>
       <h5><a class="doc-anchor" href="#examples">§</a>Examples</h5>
       <div class="example-wrap"><pre><code>let x: Result&lt;i32, &amp;str&gt; = Ok(-3);\nassert_eq!(x.is_ok(), true);
let x: Result&lt;i32, &amp;str&gt; = Err("Some error message");\nassert_eq!(x.is_ok(), false);</code></pre><a class="test-arrow" href="/play"></a></div></div>
       <p>${EN_PARA}</p>`,
    );
    expect(r.text).toContain('Returns true if the result is Ok');
  });
});
