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

  it('breaks lines between inline per-line elements (highlighters that style spans as blocks)', () => {
    const { root, ctx } = fragment(
      `<pre><code><span class="line"><span>npm</span> create app</span><span class="line"><span>cd</span> app</span></code></pre>` +
        `<pre><code>a = 1;\n<span class="highlight-code-line">b = 2;</span><span class="highlight-code-line">c = 3;</span>\nd = 4;</code></pre>` +
        `<pre><code><span class="token keyword">let</span> <span class="inline-tag">x</span> = 1;</code></pre>`,
    );
    keepCodeBlocks(root, ctx);
    const pres = root.querySelectorAll('pre');
    expect(pres[0].textContent).toBe('npm create app\ncd app');
    expect(pres[1].textContent).toBe('a = 1;\nb = 2;\nc = 3;\nd = 4;');
    expect(pres[2].textContent).toBe('let x = 1;');
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
