import { describe, expect, it } from 'vitest';
import { stripAttributes } from './strip-attributes';
import { articlePage, extractHtml, fragment } from './test-page';

describe('stripAttributes', () => {
  it('drops class, id, style, data-* and handlers, keeps what the reader view needs', () => {
    const { root, ctx } = fragment(`<p class="lead" id="x" style="color:red" data-track="1" onclick="go()" lang="en" dir="ltr">a</p><img src="/a.jpg" srcset="/a.jpg 1x" alt="A" title="T" width="10" height="5" loading="lazy"><table><tr><td colspan="2" rowspan="1" class="c">1</td></tr></table><time datetime="2026-11-28">today</time><blockquote cite="https://x.example/">q</blockquote><ol start="3" type="a"><li>i</li></ol><span id="saar-fn1">n</span>`);
    stripAttributes(root, ctx);
    const attrs = (sel: string) => Array.from(root.querySelector(sel)!.attributes).map((a) => a.name).sort();
    expect(attrs('p')).toEqual(['dir', 'lang']);
    expect(attrs('img')).toEqual(['alt', 'height', 'src', 'srcset', 'title', 'width']);
    expect(attrs('td')).toEqual(['colspan', 'rowspan']);
    expect(attrs('time')).toEqual(['datetime']);
    expect(attrs('blockquote')).toEqual(['cite']);
    expect(attrs('ol')).toEqual(['start', 'type']);
    expect(attrs('span')).toEqual(['id']);
  });

  it('keeps MathML presentation attributes but drops class/style there', () => {
    const { root, ctx } = fragment(`<math display="block" class="m" style="x"><mi mathvariant="bold">x</mi></math>`);
    stripAttributes(root, ctx);
    expect(root.querySelector('math')!.getAttribute('display')).toBe('block');
    expect(root.querySelector('math')!.hasAttribute('class')).toBe(false);
    expect(root.querySelector('mi')!.getAttribute('mathvariant')).toBe('bold');
  });

  it('extractArticle output carries no class, style, id (except footnotes) or data-*', () => {
    const r = extractHtml(articlePage(`<p class="story-text" style="font-size:20px" data-para="5" id="para-5">Water reached <span class="hl" data-x="1">the church steps</span> before dawn on Saturday, the caretaker said.</p>`));
    expect(r.contentHtml).toContain('Water reached the church steps before dawn');
    expect(r.contentHtml).not.toMatch(/\s(?:class|style|data-[\w-]+|id)=/);
  });
});
