import { describe, expect, it } from 'vitest';
import { removeCompanyBoilerplate, siteKeys } from './remove-company-boilerplate';
import { fragment } from './test-page';
import { createPassContext, type PageKind } from '../passes/pass-context';

const BODY = [
  'Ascom and a hospital group announced on Tuesday a partnership to bring alarm management to intensive care units across Europe.',
  'In a traditional unit each patient is wired to up to ten devices, and nurses hear hundreds of alarms in every shift of their week.',
  'The new system gathers the data of every device at the bedside and sends only the alerts that need a nurse to a handheld phone.',
  '“It has the potential to change practice and improve workflow,” said the head of platform solutions, who led the project.',
  'The first hospitals in France and Belgium will use it from the spring, and the partners plan to offer it in more countries later.',
  'For more information on the solution, as well as on the other clinical products of the partners, please visit the website.',
].map((p) => `<p>${p}</p>`).join('');
const BLURB =
  '<p>Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions, closing digital information gaps.</p>' +
  '<p>Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide.</p>';

function run(html: string, url = 'https://www.ascom.com/news/partnership.html', pageKind: PageKind = 'article') {
  const { root } = fragment(html);
  removeCompanyBoilerplate(root, createPassContext(url, { mutate: true, debug: true, pageKind }));
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

describe('removeCompanyBoilerplate', () => {
  it("drops the publisher's blurb at the end of a release, with its About line", () => {
    const text = run(`<div>${BODY}</div><div><hr><h3>About Ascom</h3>${BLURB}</div>`);
    expect(text).toContain('please visit the website');
    expect(text).not.toContain('About Ascom');
    expect(text).not.toContain('global solutions provider');
    expect(text).not.toContain('headquartered');
  });

  it('drops a blurb led by the name of the site, a later paragraph naming it and a short foot line', () => {
    const blurb =
      '<p>SiliconANGLE Media is a recognized leader in digital media innovation, uniting technology, insights and audience engagement.</p>' +
      '<p>Founded by tech visionaries John Furrier and Dave Vellante, SiliconANGLE Media has built a network of digital media brands.</p><p>Learn more</p>';
    const text = run(`<div>${BODY}${blurb}</div>`, 'https://siliconangle.com/2025/01/01/story/');
    expect(text).not.toContain('recognized leader');
    expect(text).not.toContain('Founded by');
    expect(text).not.toContain('Learn more');
    expect(text).toContain('please visit the website');
  });

  it('keeps reporting that ends on a company other than the site, a blurb with no company facts, and other page kinds', () => {
    expect(run(`<div>${BODY}${BLURB}</div>`, 'https://www.example-news.com/story')).toContain('headquartered');
    const factless = '<p>Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions, closing digital information gaps.</p>';
    expect(run(`<div>${BODY}${factless}</div>`)).toContain('global solutions provider');
    expect(run(`<div>${BODY}${BLURB}</div>`, undefined, 'other')).toContain('headquartered');
  });

  it('keeps a page that is mostly about the company (the blurb would be more than its tail)', () => {
    expect(run(`<div><p>${BODY.slice(3, 130)}</p>${BLURB}</div>`)).toContain('headquartered');
  });
});

describe('siteKeys', () => {
  it('reads the name labels of an address, without generic ones', () => {
    expect(siteKeys('https://www.ascom.com/x')).toEqual(['ascom']);
    expect(siteKeys('https://blog.data-feed.co.uk/x')).toEqual(['datafeed']);
    expect(siteKeys('not a url')).toEqual([]);
  });
});
