import { describe, expect, it } from 'vitest';
import { removeInlineRelated } from './remove-inline-related';
import { EN_PARA, HI_PARA, mark, mutate } from './noise-test-utils';

describe('removeInlineRelated', () => {
  it('drops Hindi "also read" lines in their common spellings', () => {
    const r = mutate(
      removeInlineRelated,
      `<p>${HI_PARA}</p>
       <p><strong>ये भी पढ़े:</strong> <a href="/a">डाटा सिटी: एक बड़े शहर में बनेगा नया डाटा हब, कई बड़ी कंपनियां लगाएंगी पैसा</a></p>
       <p>${HI_PARA}</p>
       <p>यह भी पढ़ें - <a href="/b">दूसरी खबर का शीर्षक यहां</a></p>
       <div><strong>इसे भी पढ़ें: <a href="/c">तीसरी खबर</a></strong></div>
       <p>ये भी पढें: <a href="/d">बिना नुक्ते वाली खबर</a></p>
       <p><b>ये भी पढ़ें</b></p><ul><li><a href="/e">सूची की खबर</a></li><li><a href="/f">एक और</a></li></ul>
       <p>${HI_PARA}</p>`,
    );
    for (const s of ['ये भी पढ़े', 'डाटा सिटी', 'दूसरी खबर', 'तीसरी खबर', 'बिना नुक्ते', 'सूची की खबर', 'एक और']) expect(r.text).not.toContain(s);
    expect(r.text.split('स्टार्टअप्स')).toHaveLength(4);
    expect(r.removed.some((x) => x.reason.startsWith('inline related "ये भी पढ'))).toBe(true);
  });

  it('drops a paragraph that is one headline link in capitals, and keeps linked sentences and short capital links', () => {
    const r = mutate(
      removeInlineRelated,
      `<p>${EN_PARA}</p><p><strong><a href="/e/1">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs AMID FEUD WITH SCOOTER BRAUN: REPORT</a></strong></p>` +
        `<p><a href="/e/2">The singer was cleared to perform her older hits at the awards</a></p><p><a href="/n">NASA</a></p><p>${EN_PARA}</p>`,
    );
    expect(r.text).not.toContain('SCOOTER BRAUN');
    expect(r.text).toContain('cleared to perform her older hits');
    expect(r.text).toContain('NASA');
  });

  it('drops English "Also Read:", "READ MORE:", "Read more:", "Related:", "Also read |" lines', () => {
    const r = mutate(
      removeInlineRelated,
      `<p>${EN_PARA}</p><p>Also Read: <a href="/1">Storm closes schools</a></p><p><strong>READ MORE:</strong> <a href="/2">Markets fall</a></p>
       <p>Read more: <a href="/3">A long headline about the budget and what it means for you</a></p>
       <p>Related: <a href="/4">Bus fares rise</a></p><p>Also read | <a href="/5">Court rules on fares</a></p>
       <p>ALSO READ: Minister resigns after row</p><p>Related post: <a href="/6">Pickled Brussels Sprouts Recipe</a></p>
       <p><strong>SEE MORE</strong>: <a href="/7">Hong Kong protests: 800 students under siege</a></p><p>${EN_PARA}</p>`,
    );
    for (const s of ['Storm', 'Markets', 'budget', 'Bus fares', 'Court rules', 'Minister resigns', 'Pickled', 'under siege']) expect(r.text).not.toContain(s);
    expect(r.text.split('bus network')).toHaveLength(3);
  });

  it('drops an "also read" line of a body written with <br>, not the sentences around it', () => {
    const r = mutate(
      removeInlineRelated,
      `<div class="body">${HI_PARA}<br><br><strong>ये भी पढ़ें:</strong> <a href="/x">कोहरे का अलर्ट, 20 ट्रेनें लेट</a><br><br>${HI_PARA}<br>
       अधिकारियों ने कहा, <strong>ये भी पढ़ें</strong> <a href="/y">नियम</a> ध्यान से।</div>`,
    );
    expect(r.text).not.toContain('कोहरे का अलर्ट');
    expect(r.text.split('स्टार्टअप्स')).toHaveLength(3);
    expect(r.text).toContain('अधिकारियों ने कहा, ये भी पढ़ें नियम ध्यान से।');
  });

  it('drops an "Also on <site>" line, keeps "Also on Tuesday" prose', () => {
    const r = mutate(
      removeInlineRelated,
      `<p>${EN_PARA}</p><div>Also on example.com <a href="/x">Journalists threatened with arrest as the purge goes on</a></div>` +
        `<p>Also on Tuesday, the <a href="/m">minister</a> said the talks would resume next week in the capital.</p>`,
    );
    expect(r.text).not.toContain('Journalists threatened');
    expect(r.text).toContain('Also on Tuesday');
  });

  it('keeps real paragraphs that contain or start with the words', () => {
    const hi = 'विशेषज्ञों ने कहा कि लोगों को ये भी पढ़ें कि नियम क्या कहते हैं, क्योंकि नई नीति में कई बदलाव किए गए हैं और इनका असर छोटे कारोबारियों पर पड़ेगा।';
    const en1 = 'Read the <a href="/r">full report</a> here before you decide, the agency told customers in a letter sent on Monday.';
    const en2 = 'Related research from the university found the same pattern in twelve other cities, though the effect was smaller in the north.';
    const en3 = 'Also, read the instructions carefully: the form changed this year and many applicants missed the new section.';
    const r = mark(removeInlineRelated, `<p>${hi}</p><p>${en1}</p><p>${en2}</p><p>${en3}</p><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });

  it('does nothing when phrases are relaxed', () => {
    const r = mutate(removeInlineRelated, `<p>${EN_PARA}</p><p>Also Read: <a href="/1">Storm closes schools</a></p>`, ['phrases']);
    expect(r.text).toContain('Storm');
  });
});
