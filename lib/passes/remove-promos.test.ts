import { describe, expect, it } from 'vitest';
import { removePromos } from './remove-promos';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removePromos', () => {
  it('drops the Hindi app-download promo, its SEO line and "एप में पढ़ें"', () => {
    const r = mutate(
      removePromos,
      `<p>${HI_PARA}</p><div class="footer-box">
        <p>रहें हर खबर से अपडेट, डाउनलोड करें <a href="#">Android Hindi News App</a>, <a href="#">iOS Hindi News App</a> और Amarujala Hindi News App अपने मोबाइल पे|</p>
        <p>Get all Tech News in Hindi related to live news update of latest mobile reviews apps, tablets etc. Stay updated with us for all breaking news from Tech and more Hindi News.</p></div>
       <a href="/app">एप में पढ़ें</a>`,
    );
    expect(r.text).not.toContain('डाउनलोड करें');
    expect(r.text).not.toContain('Get all Tech News');
    expect(r.text).not.toContain('एप में पढ़ें');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('drops the "app … click here, follow us on …" footer line', () => {
    const r = mutate(
      removePromos,
      `<p>${HI_PARA}</p><div><p><i>(समाचार के एंड्रॉएड ऐप के लिए आप <a href="#">यहां क्लिक</a> कर सकते हैं. आप हमें <a href="#">फ़ेसबुक</a> और <a href="#">एक्स</a> पर फ़ॉलो भी कर सकते हैं.)</i></p></div>`,
    );
    expect(r.text).not.toContain('ऐप के लिए');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('drops English app and newsletter promos, by text and by class', () => {
    const r = mutate(
      removePromos,
      `<p>${EN_PARA}</p><a href="/app">Read in app</a><p>Download the Daily News app for iOS and Android</p>
       <div><h3>Sign up for our morning newsletter</h3><p>Get the best stories straight to your inbox.</p></div>
       <div class="newsletter-signup">ns</div>`,
    );
    for (const s of ['Read in app', 'Download', 'newsletter', 'inbox', 'ns']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('drops call-to-action and donation boxes by class', () => {
    const r = mutate(
      removePromos,
      `<p>${EN_PARA}</p><div class="smg-zone-widget-custom-cta-letter"><h5>A Word to Our Loyal Readers</h5><p>Support us and make a difference.</p><p>Editorial</p><p>Jane Roe</p></div>` +
        `<div class="donation-box"><p>Give monthly</p></div>`,
    );
    for (const s of ['Loyal Readers', 'Jane Roe', 'Give monthly']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('drops the fine print under a sign-up form', () => {
    const r = mutate(
      removePromos,
      `<p>${EN_PARA}</p><form-like><p>Get editor selected deals texted right to your phone!</p>
       <p>By signing up, you agree to receive recurring automated SMS marketing messages at the number provided.</p>
       <p>By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</p></form-like>
       <p>By subscribing to this newsletter, you agree to our terms of service and privacy policy.</p>
       <p>By posting a comment, you consent to have your personal information collected and used in accordance with our privacy policy.</p>`,
    );
    for (const s of ['By signing up', 'By clicking', 'By subscribing', 'By posting']) expect(r.text).not.toContain(s);
    expect(r.text).toContain('bus network');
  });

  it('keeps reporting on what signing up commits a user to', () => {
    const en = 'By signing up for the scheme, farmers who joined last year said they had agreed to sell their harvest at a fixed price, which officials defended on Monday.';
    const r = mark(removePromos, `<p>${en}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps prose about apps and newsletters', () => {
    const en = 'Users who download the app from the store will be asked for their location, which privacy groups said on Monday was more than the service needed to work.';
    const hi = 'सरकार ने कहा कि जो लोग ऐप डाउनलोड करेंगे उन्हें अपना आधार नंबर देना होगा, जिस पर विपक्ष ने निजता को लेकर सवाल उठाए हैं और जांच की मांग की है।';
    const r = mark(removePromos, `<p>${en}</p><p>${hi}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });
});
