import { describe, expect, it } from 'vitest';
import { removeSubscriptionPrompts } from './remove-subscription-prompts';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeSubscriptionPrompts', () => {
  it('drops Hindi subscribe buttons and the ad-free premium banner', () => {
    const r = mutate(
      removeSubscriptionPrompts,
      `<a href="/sub" class="btn">सब्सक्राइब करें</a><p>${HI_PARA}</p>
       <div class="box"><p>एड फ्री अनुभव के लिए अमर उजाला प्रीमियम सब्सक्राइब करें</p></div><p>${HI_PARA}</p>`,
    );
    expect(r.text).not.toContain('सब्सक्राइब');
    expect(r.text).not.toContain('एड फ्री');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('drops English paywall prompts, paywall boxes and modals', () => {
    const r = mutate(
      removeSubscriptionPrompts,
      `<p>${EN_PARA}</p><div><p>Subscribe now to continue reading.</p><a href="/s">Subscribe</a></div>
       <div class="paywall-container">pw</div><div role="dialog">modal-box</div><dialog>dlg</dialog>
       <p>Already a subscriber? <a href="/login">Sign in</a></p>`,
    );
    for (const s of ['Subscribe', 'pw', 'modal-box', 'dlg', 'subscriber']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('keeps real paragraphs that mention subscribing', () => {
    const en = 'The streamer asked his followers to subscribe to the channel before the launch, and within a week the count had doubled, according to figures the company released on Friday.';
    const hi = 'कंपनी के मुताबिक पिछले महीने दस लाख नए लोगों ने सेवा को सब्सक्राइब किया, जो अब तक की सबसे बड़ी बढ़ोतरी है और इससे शेयर भी चढ़े।';
    const r = mark(removeSubscriptionPrompts, `<p>${en}</p><p>${hi}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});
