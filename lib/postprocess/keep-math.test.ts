import { describe, expect, it } from 'vitest';
import { ANY_MATH_MARKUP, keepMath, mayHoldMath } from './keep-math';
import { texToMathml } from './tex-to-mathml';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('keepMath', () => {
  it('converts simple TeX to MathML and leaves complex TeX as code', () => {
    const { root, ctx } = fragment(`<p>a <script type="math/tex">x_i^2 + \\alpha</script></p><script type="math/tex; mode=display">\\begin{matrix}1\\end{matrix}</script>`);
    keepMath(root, ctx);
    const math = root.querySelector('math')!;
    expect(math.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(math.querySelector('msubsup')).not.toBeNull();
    expect(math.textContent).toContain('α');
    expect(root.querySelector('code')!.textContent).toBe('\\[\\begin{matrix}1\\end{matrix}\\]');
    expect(root.querySelector('script')).toBeNull();
  });

  it('drops a TeX script that swallowed the page (an unclosed script holding HTML), keeps x<y', () => {
    const { root, ctx } = fragment(`<p>a <script type="math/tex">x<y</script></p><script type="math/tex">\\(</p><footer><p>© 2026 <a href="/about">About us</a></p></footer></script>`);
    keepMath(root, ctx);
    expect(root.textContent).toContain('x<y');
    expect(root.textContent).not.toContain('About us');
    expect(root.querySelector('script')).toBeNull();
  });

  it('mayHoldMath is false only where the query finds no math markup; ordinary scripts are not maths', () => {
    const cases = [
      '<p>a</p><script>var x = 1;</script><script type="application/ld+json">{}</script>',
      '<script type="math/tex">x</script>', '<script type="MATH/TeX">x</script>', '<script type=" math/tex">x</script>',
      '<script type="text/math">x</script>', '<mjx-container></mjx-container>', '<span class="katex">k</span>',
      '<span class="x KaTeX-display">k</span>', '<div class="MathJax_SVG"></div>', '<div class="mathjax-ish"></div>',
      '<div class="MathJax_Preview"></div>', '<span class="notkatex"></span>',
    ];
    for (const html of cases) {
      const { root } = fragment(`<div>${html}</div>`);
      if (root.querySelector(ANY_MATH_MARKUP)) expect(mayHoldMath(root), html).toBe(true);
    }
    expect(mayHoldMath(fragment(cases[0]).root)).toBe(false);
    expect(mayHoldMath(fragment(cases[1]).root)).toBe(true);
  });

  it('texToMathml refuses what it does not know', () => {
    const doc = fragment('').root.ownerDocument;
    expect(texToMathml('\\frac{1}{2}', doc)?.querySelector('mfrac')).not.toBeNull();
    expect(texToMathml('\\unknowncommand{x}', doc)).toBeNull();
    expect(texToMathml('{x', doc)).toBeNull();
  });

  it('replaces KaTeX and MathJax 3 renderings with their MathML', () => {
    const { root, ctx } = fragment(`<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>E</mi></mrow><annotation encoding="application/x-tex">E</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">E</span></span></span>
<mjx-container display="true"><mjx-math>junk</mjx-math><mjx-assistive-mml><math><mi>y</mi></math></mjx-assistive-mml></mjx-container>`);
    keepMath(root, ctx);
    const maths = root.querySelectorAll('math');
    expect(maths).toHaveLength(2);
    expect(root.querySelector('.katex-html, mjx-container')).toBeNull();
    expect(maths[1].getAttribute('display')).toBe('block');
  });

  // MathJax 2 keeps TeX in <script type="math/tex">; that path is unit-tested above. End to end it
  // needs the pre-pass to spare math scripts (reported to the noise-passes owner).
  it('MathML and KaTeX survive extractArticle', () => {
    const r = extractHtml(articlePage(`<p>The flow rate <math><msup><mi>r</mi><mn>2</mn></msup></math> grew, as did <span class="katex"><span class="katex-mathml"><math><semantics><msub><mi>q</mi><mi>max</mi></msub><annotation encoding="application/x-tex">q_{max}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">q</span></span></span>.</p>`));
    const doc = parseContent(r.contentHtml);
    const maths = doc.querySelectorAll('math');
    expect(maths.length).toBe(2);
    expect(maths[0].querySelector('msup')).not.toBeNull();
    expect(maths[1].querySelector('msub')).not.toBeNull();
    expect(r.contentHtml).not.toContain('katex-html');
  });
});
