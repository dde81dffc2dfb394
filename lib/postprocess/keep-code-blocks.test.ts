import { describe, expect, it } from 'vitest';
import { keepCodeBlocks } from './keep-code-blocks';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('keepCodeBlocks', () => {
  it('turns <br> and per-line elements inside <pre> into newlines, drops gutters', () => {
    const { root, ctx } = fragment(`<pre><code>if (a) {<br>  go();<br>}</code></pre><pre><span class="line-numbers-rows"><span></span></span><div class="line">a = 1</div><div class="line">b = 2</div></pre>`);
    keepCodeBlocks(root, ctx);
    const pres = root.querySelectorAll('pre');
    expect(pres[0].textContent).toBe('if (a) {\n  go();\n}');
    expect(pres[1].textContent).toBe('a = 1\nb = 2');
  });

  it('keeps the code column of a line-number table', () => {
    const { root, ctx } = fragment(`<table class="highlighttable"><tr><td class="linenos"><pre>1\n2</pre></td><td class="code"><pre>x = 1\ny = 2</pre></td></tr></table>`);
    keepCodeBlocks(root, ctx);
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('pre')!.textContent).toBe('x = 1\ny = 2');
  });

  it('wraps a lone multi-line <code> in <pre>', () => {
    const { root, ctx } = fragment(`<p><code>line one<br>line two</code></p>`);
    keepCodeBlocks(root, ctx);
    expect(root.querySelector('p')).toBeNull();
    expect(root.querySelector('pre > code')!.textContent).toBe('line one\nline two');
  });

  it('code keeps its line breaks and indentation through extractArticle', () => {
    const r = extractHtml(articlePage(`<pre class="language-py"><code><span class="kw">def</span> level(x):<br>    return x * 2<br></code></pre>`));
    const pre = parseContent(r.contentHtml).querySelector('pre');
    expect(pre?.textContent).toContain('def level(x):\n    return x * 2');
    expect(r.textContent).toContain('def level(x):\n    return x * 2');
  });
});
