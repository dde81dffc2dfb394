import { describe, expect, it } from 'vitest';
import { removeOrphanCaptions } from './remove-orphan-captions';
import { articlePage, extractHtml, fragment } from './test-page';

const CAPTION = 'The prime minister passes a new passenger aircraft during the air show on Monday.';
const CREDIT = 'Jane Roe | Agency Images';
const TEXT = '<p>The carrier finalized a deal to buy thirty jets, executives announced on Wednesday at the show.</p>';

describe('removeOrphanCaptions', () => {
  it('drops a figure whose picture is gone, with its caption and credit', () => {
    const { root, ctx } = fragment(`${TEXT}<figure><div class="lazyload-placeholder"></div><figcaption>${CAPTION} <small>${CREDIT}</small></figcaption></figure>${TEXT}`);
    removeOrphanCaptions(root, ctx);
    expect(root.textContent).not.toContain(CAPTION);
    expect(root.textContent).not.toContain(CREDIT);
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('drops a picture box (not a figure) holding only a caption and a credit', () => {
    const box = `<div class="InlineImage-imageEmbed"><div class="InlineImage-wrapper"><div class="InlineImage-imagePlaceholder"><div class="lazyload-placeholder"></div></div><div><div class="InlineImage-imageEmbedCaption">${CAPTION}</div><div class="InlineImage-imageEmbedCredit">${CREDIT}</div></div></div></div>`;
    const { root, ctx } = fragment(`${box}${TEXT}`);
    removeOrphanCaptions(root, ctx);
    expect(root.textContent).not.toContain(CAPTION);
    expect(root.textContent).not.toContain(CREDIT);
    expect(root.textContent).toContain('thirty jets');
  });

  it('keeps a caption whose picture is there (an image, a video, a chart, a table)', () => {
    for (const media of ['<img src="https://img.example.org/a.jpg" alt="">', '<video src="https://img.example.org/a.mp4"></video>', '<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>', '<table><tr><td>1</td><td>2</td></tr></table>']) {
      const { root, ctx } = fragment(`<figure>${media}<figcaption>${CAPTION}</figcaption></figure>${TEXT}`);
      removeOrphanCaptions(root, ctx);
      expect(root.textContent, media).toContain(CAPTION);
    }
  });

  it('keeps a figure holding other text (a pull quote and its attribution, a code listing)', () => {
    const { root, ctx } = fragment(`<figure><blockquote>We will rebuild, and we will rebuild higher.</blockquote><figcaption>— The mayor</figcaption></figure>${TEXT}`);
    removeOrphanCaptions(root, ctx);
    expect(root.textContent).toContain('The mayor');
    expect(root.textContent).toContain('rebuild higher');
  });

  it('keeps a box named "caption" that is not a picture box (a subtitle line in the text)', () => {
    const { root, ctx } = fragment(`<div class="story-section"><div class="section-caption">${CAPTION}</div></div>${TEXT}`);
    removeOrphanCaptions(root, ctx);
    expect(root.textContent).toContain(CAPTION);
  });

  it('keeps a caption box that holds text besides its caption', () => {
    const { root, ctx } = fragment(`<div class="photo-essay"><p>The first picture was taken at dawn, before the crowds.</p><div class="photo-caption">${CAPTION}</div></div>${TEXT}`);
    removeOrphanCaptions(root, ctx);
    expect(root.textContent).toContain(CAPTION);
    expect(root.textContent).toContain('taken at dawn');
  });

  it('keeps a caption panel that is a section of text (a heading over a paragraph, a list)', () => {
    const panels = [
      '<div class="gallery-caption"><h4>With Live Translation,</h4><p>you can listen to people speaking in other languages.</p></div>',
      '<div class="gallery-caption"><ul><li>Up to four times faster</li><li>Wi-Fi 7</li></ul></div>',
      // The heading itself named as a caption, in a caption box with its paragraph.
      '<div class="card-caption-content"><h3 class="card-caption-heading">With Live Translation,</h3><p>you can listen to people speaking in other languages.</p></div>',
    ];
    for (const inner of panels) {
      const { root, ctx } = fragment(`<div class="gallery-item">${inner}<div class="media-block"></div></div>${TEXT}`);
      removeOrphanCaptions(root, ctx);
      expect(root.textContent, inner).toContain(inner.includes('Wi-Fi') ? 'Wi-Fi 7' : 'Live Translation');
    }
  });

  it('keeps a figure whose own class names a caption style and whose text is its own (a stat box)', () => {
    const { root, ctx } = fragment(`${TEXT}<figure class="stat typography-site-stat-caption">Up to <strong>50% faster</strong> cellular data</figure><figure class="stat-caption"><strong>Wi-Fi 7</strong></figure>`);
    removeOrphanCaptions(root, ctx);
    expect(root.textContent).toContain('cellular data');
    expect(root.textContent).toContain('Wi-Fi 7');
  });

  it('leaves no caption of a picture that is not shown in the reader view (whole pipeline)', () => {
    const r = extractHtml(articlePage(`<div class="InlineImage-imageEmbed"><div class="InlineImage-imagePlaceholder"><div class="lazyload-placeholder"></div></div><div class="InlineImage-imageEmbedCaption">${CAPTION}</div><div class="InlineImage-imageEmbedCredit">${CREDIT}</div></div>
      <figure><img src="https://img.example.org/flood.jpg" alt="Flood"><figcaption>Water reached the market square on Saturday.</figcaption></figure>`));
    expect(r.textContent).not.toContain(CAPTION);
    expect(r.textContent).not.toContain(CREDIT);
    expect(r.textContent).toContain('Water reached the market square');
  });
});
