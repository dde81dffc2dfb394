import { describe, expect, it } from 'vitest';
import { removeClosingSections } from './remove-closing-sections';
import { fragment } from './test-page';
import { createPassContext, type PageKind } from '../passes/pass-context';

const BODY = [
  'The council voted on Tuesday to rebuild the riverside walls before the spring rains, after a night of debate.',
  'Engineers said the embankments built after the last great flood had held, but the town centre remained exposed.',
  'Shopkeepers cleared mud from their floors as volunteers arrived from nearby villages with pumps and shovels.',
  'The mayor will ask the national government for emergency funds and publish a plan for the works next month.',
  'Farmers downstream lost much of the autumn harvest and do not yet know what their insurance will cover.',
  'Schools in the upper town reopen on Monday, while pupils from the lower districts will share classrooms.',
].map((p) => `<p>${p}</p>`).join('');

function run(html: string, pageKind: PageKind = 'article') {
  const { root } = fragment(html);
  removeClosingSections(root, createPassContext('https://example.org/a', { mutate: true, debug: true, pageKind }));
  return root.textContent ?? '';
}

describe('removeClosingSections', () => {
  it('drops a get-in-touch section after the article, with everything after its heading', () => {
    const text = run(`<div>${BODY}<h3><span>Contact Us</span></h3><p>Call us at 555-0100 or fill out the form and we will reply within a day.</p></div><div><p>“Great team!” Jane M., reviewer</p></div>`);
    expect(text).toContain('share classrooms');
    expect(text).not.toContain('Contact Us');
    expect(text).not.toContain('555-0100');
    expect(text).not.toContain('Great team');
  });

  it('drops unlinked teasers under a recirculation heading at the end', () => {
    const text = run(`${BODY}<h2>Trending stories in world travel</h2><p>The cheapest places to fly this winter.</p><p>Ten quiet beaches for a long weekend.</p>`);
    expect(text).toContain('share classrooms');
    expect(text).not.toContain('cheapest places');
    expect(text).not.toContain('Trending stories');
  });

  it('drops a list of the site\'s stories under "More Great <Site> Stories" (words between "more" and "stories")', () => {
    const list = '<ul><li>The strange life of a <a href="/a">virtuoso coder</a></li><li>🏃 Want the best tools? Check out our <a href="/g">picks</a></li></ul>';
    const text = run(`${BODY}<h3>More Great Example Stories</h3>${list}`);
    expect(text).toContain('share classrooms');
    expect(text).not.toContain('More Great');
    expect(text).not.toContain('virtuoso coder');
    expect(text).not.toContain('best tools');
  });

  it('keeps a closing-looking subsection when the article goes on with a part of higher rank after it', () => {
    const part = '<p>From the coast, the train climbs for two hours into the hills, where the old mill towns keep their markets, their chapels and the walks along the canal.</p>';
    const text = run(`${BODY}<h2>Day 3: The coast</h2>${BODY}<h3>More from the coast</h3><ul><li>Where to stay</li><li>What to eat</li></ul><h2>Day 4: The hills</h2>${part}`);
    expect(text).toContain('Where to stay');
    expect(text).toContain('old mill towns');
    // A box's title over one line (a sign-up form) is no part of the article.
    const box = run(`${BODY}<h2>Day 3: The coast</h2>${BODY}<h3>More from the coast</h3><p>Where to stay.</p><section><h2>Newsletter</h2><p>Be the first to know.</p></section>`);
    expect(box).not.toContain('Where to stay');
  });

  it('keeps such a heading in the middle of the text, a link in a sentence, and pages that are not articles', () => {
    const middle = `<p>${BODY}</p><h2>More from the valley</h2>${BODY}`;
    expect(run(middle)).toContain('More from the valley');
    const link = `${BODY}<p>Readers can <a href="/contact">contact us</a> with their stories.</p>`;
    expect(run(link)).toContain('with their stories');
    const sentence = `${BODY}<p>Contact us <a href="/tips">here</a> with tips about the flood.</p><p>The walls will not stop a flood like the one of 1955.</p>`;
    expect(run(sentence)).toContain('one of 1955');
    const button = `${BODY}<p><a class="btn" href="#">Talk to an expert</a></p><h3>Limits of the new walls</h3><p>The walls will not stop a flood like the one of 1955.</p>`;
    expect(run(button)).toContain('one of 1955');
    const other = `${BODY}<h3>Contact us</h3><p>Call 555-0100.</p>`;
    expect(run(other, 'other')).toContain('555-0100');
    expect(run(other)).not.toContain('555-0100');
  });

  it('drops a sign-off and what follows it', () => {
    const text = run(`${BODY}<h3>Thanks for reading!</h3><p>I am Erin, a designer and mother of three who writes about homes.</p>`);
    expect(text).toContain('share classrooms');
    expect(text).not.toContain('designer and mother');
  });

  it('knows the closing headings of German, French, Spanish, Italian and Hindi pages', () => {
    for (const heading of ['Das könnte Sie auch interessieren', 'Vous avez des questions ?', '¿Tienes preguntas?', 'Potrebbe interessarti anche', 'हमसे संपर्क करें']) {
      const text = run(`${BODY}<h3>${heading}</h3><p>Teaser of another story that is not this article.</p>`);
      expect(text, heading).toContain('share classrooms');
      expect(text, heading).not.toContain('Teaser of another story');
    }
    // The words inside a longer line are no heading.
    expect(run(`${BODY}<h3>Haben Sie Fragen zur Flut in der Altstadt und zu den Deichen</h3><p>Keep me.</p>`)).toContain('Keep me');
  });

  it('takes the heading only as a whole line', () => {
    expect(run(`${BODY}<h3>Contact us about the flood relief fund</h3><p>Call 555-0100.</p>`)).toContain('555-0100');
  });
});
