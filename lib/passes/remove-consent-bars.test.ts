import { describe, expect, it } from 'vitest';
import { removeConsentBars } from './remove-consent-bars';
import { EN_PARA, mark, mutate } from './noise-test-utils';

describe('removeConsentBars', () => {
  it('drops consent platforms by class/id and cookie notices by text', () => {
    const r = mutate(
      removeConsentBars,
      `<div id="onetrust-banner-sdk">ot</div><div class="cookie-banner">cb</div><div class="gdpr-box">gd</div>
       <p>${EN_PARA}</p>
       <div><p>We use cookies to improve your experience. By continuing you agree to our policy.</p><a href="#">Accept all cookies</a></div>`,
    );
    for (const s of ['ot', 'cb', 'gd', 'cookies']) expect(r.text).not.toContain(` ${s} `);
    expect(r.text).not.toContain('We use cookies');
    expect(r.text).toContain('bus network');
  });

  it('keeps an article paragraph about cookies', () => {
    const p = 'Regulators said the firm set tracking cookies before users could refuse them, and that we use cookies was printed only in a grey footer that few visitors ever read, according to the ruling published today.';
    const r = mark(removeConsentBars, `<p>${p}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});
