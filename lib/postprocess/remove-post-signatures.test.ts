import { describe, expect, it } from 'vitest';
import { removePostSignatures } from './remove-post-signatures';
import { fragment } from './test-page';
import { createPassContext } from '../passes/pass-context';

function run(html: string, pageKind: 'forum' | 'article' | 'other' = 'other') {
  const { root } = fragment(html);
  removePostSignatures(root, createPassContext('https://forum.example.org/t/1', { mutate: true, debug: true, pageKind }));
  return root.textContent ?? '';
}

const post = (i: number, body: string) =>
  `<div class="post"><dl class="postprofile"><dt>member${i}</dt><dd>Posts: 40${i}</dd><dd>Joined: Oct 05, 2011</dd></dl>` +
  `<div class="content"><p>${body}</p></div><div class="signature">My rig: a 2020 desktop, 32 GB, two monitors, member ${i}</div></div>`;

describe('removePostSignatures', () => {
  it('drops the signature and profile box repeated under each post of a thread', () => {
    const text = run(post(1, 'The fan curve in the firmware fixed the noise for me.') + post(2, 'Same here, after the last update it is quiet.'));
    expect(text).toContain('fan curve in the firmware');
    expect(text).toContain('quiet');
    expect(text).not.toContain('Posts: 40');
    expect(text).not.toContain('My rig');
  });

  it('matches the forum packages’ own class names for the box', () => {
    const box = (cls: string, i: number) => `<div class="message"><p>Reply ${i} about the fan.</p><aside class="${cls}">Sig ${i}: drives a blue van</aside></div>`;
    for (const cls of ['message-signature', 'post-signature', 'ipsEntry__signature', 'postsignature', 'extraUserInfo', 'message-userExtras']) {
      expect(run(box(cls, 1) + box(cls, 2))).not.toContain('blue van');
    }
  });

  it('keeps a single signature block, a letter’s sign-off, and classes that only contain the word', () => {
    expect(run('<p>Dear editor, the bridge must reopen.</p><div class="signature">Jane Roe, Riverside</div>')).toContain('Jane Roe');
    const tiles = '<div class="signature-dish"><p>Smoked trout with dill</p></div><div class="signature-dish"><p>Lamb with rosemary</p></div>';
    expect(run(tiles)).toContain('Smoked trout');
    const flagged = (i: number) => `<div class="post has-signature"><p>Reply ${i} about the fan curve.</p></div>`;
    expect(run(flagged(1) + flagged(2))).toContain('Reply 2 about the fan curve');
  });

  it('drops a lone signature box on a page that declares itself a thread', () => {
    const lone = '<div class="post"><p>The roadmap thread is the place for feature requests.</p><div class="ipsEntry__signature">Community Leader · buy me a coffee</div></div>';
    expect(run(lone, 'forum')).not.toContain('buy me a coffee');
    expect(run(lone, 'article')).toContain('buy me a coffee');
  });
});
