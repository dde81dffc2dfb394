// Forum software prints, under or beside every post, the poster's signature (their gear, a motto,
// links) and profile card ("Posts: 4032", "Joined: 2011"): the same box once per post, about the
// poster, not the thread. Taken only when such a box repeats (or the page declares itself a
// thread: page kind 'forum'), so that a letter's or an article's one signature block stays.
import type { PassContext } from '../passes/pass-context';
import { allWhere } from '../dom/next-element';

const PASS = 'removePostSignatures';
/**
 * Class tokens of those boxes: `signature`, `post-signature`, `message-signature`, `postsignature`;
 * profile cards `postprofile` (phpBB), `extraUserInfo` / `message-userExtras` (XenForo).
 */
const BOX_TOKEN = /^(?:(?:.*[-_])?signature|postsignature|postprofile|extrauserinfo|(?:message-)?userextras)$/i;
/** `has-signature`, `show_signature`: a flag on the whole post, not the box. */
const STATE_FLAG = /^(?:has|with|no|show|hide)[-_]/i;
/** A class attribute that may hold one of those tokens (tested exactly below). */
const BOX_CLASS = /signature|postprofile|userextras|extrauserinfo/i;
/** One box is a sign-off; two or more are per-post furniture. */
const MIN_BOXES = 2;

export function removePostSignatures(root: Element, ctx: PassContext): void {
  const boxes: Element[] = [];
  // A walk with a class test: attribute-substring queries are slow under jsdom.
  for (const el of allWhere(root, (e) => BOX_CLASS.test(e.getAttribute('class') ?? ''))) {
    if (!(el.getAttribute('class') ?? '').split(/\s+/).some((t) => BOX_TOKEN.test(t) && !STATE_FLAG.test(t))) continue;
    // The outermost box only: the boxes inside it go with it.
    if (boxes.length && boxes[boxes.length - 1].contains(el)) continue;
    boxes.push(el);
  }
  // On a page that declares itself a thread, the box is the poster's even under a lone post.
  if (boxes.length < (ctx.pageKind === 'forum' ? 1 : MIN_BOXES)) return;
  for (const el of boxes) if (!ctx.isRemoved(el)) ctx.remove(el, PASS, 'a signature or profile box repeated under each post');
}
