import { describe, expect, it } from 'vitest';
import { removeAds } from './remove-ads';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeAds', () => {
  it('drops ad slots by class/id token, with a reason', () => {
    const r = mark(
      removeAds,
      `<p>${EN_PARA}</p>
       <div class="ad-slot">slot one</div><ins class="adsbygoogle">g</ins><div id="div-gpt-ad-1234-0">gpt</div>
       <div class="taboola-feed">tb</div><div class="OUTBRAIN">ob</div><div class="colombiaAd">col</div>
       <div class="topAd">camel</div><div data-ad-slot="123">attr</div>
       <p>${HI_PARA}</p>`,
    );
    for (const s of ['slot one', 'gpt', 'tb', 'ob', 'col', 'camel', 'attr']) expect(r.text).not.toContain(` ${s} `);
    expect(r.text).toContain('bus network');
    expect(r.text).toContain('स्टार्टअप्स');
    expect(r.removed.map((x) => x.reason)).toContain('class token "taboola"');
    expect(r.removed.every((x) => x.pass === 'removeAds')).toBe(true);
  });

  it('never matches "ad" inside words: head, shadow, download, badge, loading, gradient, reader', () => {
    const names = ['head', 'shadow', 'download-link', 'badge', 'loading', 'gradient', 'reader-view', 'masthead', 'thread', 'adapt', 'component_1ad269af0d', 'x-bbc4ad583c'];
    const r = mark(removeAds, names.map((n) => `<div class="${n}">keep-${n}</div>`).join('') + `<p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
    for (const n of names) expect(r.text).toContain(`keep-${n}`);
  });

  it('does not take "ad-free"/"no-ads" wrappers for ads', () => {
    const r = mark(removeAds, `<div class="story ad-free"><p>${EN_PARA}</p></div><div class="no-ads">x</div>`);
    expect(r.removed).toEqual([]);
  });

  it('drops iframes served by ad hosts but keeps video embeds', () => {
    const r = mark(
      removeAds,
      `<p>${EN_PARA}</p><iframe src="https://tpc.googlesyndication.com/safeframe/1"></iframe>
       <iframe src="https://www.youtube.com/embed/abc"></iframe>`,
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['ad iframe from tpc.googlesyndication.com']);
  });

  it('drops ad labels in English and Hindi with their empty box, keeps prose that mentions ads', () => {
    const mention = 'The advertisement campaign, which the company called its largest ever, ran for six weeks on national television and radio.';
    const hiMention = 'कंपनी ने कहा कि इस विज्ञापन अभियान पर पिछले साल से दोगुना खर्च किया गया और इसे देश भर में दिखाया गया।';
    const r = mutate(
      removeAds,
      `<div class="body"><p>${EN_PARA}</p>
        <div class="box"><span>Advertisement</span><div></div></div>
        <p>ADVERTISEMENT</p><div>विज्ञापन</div><p>- Sponsored -</p><span>प्रायोजित</span>
        <p>${mention}</p><p>${hiMention}</p><p>${HI_PARA}</p></div>`,
    );
    expect(r.text).not.toMatch(/\bADVERTISEMENT\b|^Advertisement| Advertisement |Sponsored|प्रायोजित/);
    expect(r.text.split('विज्ञापन')).toHaveLength(2); // only the one in the sentence
    expect(r.text).toContain(mention);
    expect(r.text).toContain(hiMention);
    expect(r.doc.querySelector('.box')).toBeNull();
    expect(r.removed.map((x) => x.reason)).toContain('ad label "विज्ञापन"');
  });

  it('skips weak tokens when "unlikely" is relaxed, and labels when "phrases" is relaxed', () => {
    const html = `<p>${EN_PARA}</p><div class="ad">weak</div><div class="taboola">strong</div><p>Advertisement</p>`;
    const relaxed = mutate(removeAds, html, ['unlikely', 'phrases']);
    expect(relaxed.text).toContain('weak');
    expect(relaxed.text).not.toContain('strong');
    expect(relaxed.text).toContain('Advertisement');
  });

  it('never removes the article when a wrapper carries an ad-like name', () => {
    const r = mark(removeAds, `<div class="ads-wrapper-ad"><p>${EN_PARA}</p><p>${EN_PARA}</p></div><div class="ad">x</div>`);
    expect(r.text).toContain('bus network');
    expect(r.removed).toHaveLength(1);
  });
});

describe('removeAds inside prose', () => {
  it('never cuts a word out of a long paragraph', () => {
    const p = `${EN_PARA} The company bought an <a href="/x">Advertisement</a> in the paper to announce it, officials said.`;
    const r = mutate(removeAds, `<p>${p}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});
