// OWNER: security/postprocess helper. Passes that make the chosen article presentable:
// lazy images, absolute URLs, layout tables, embeds. Each `(root, ctx) => void`.
import type { NamedPass } from '../passes/index';

export const POSTPROCESS_PASSES: NamedPass[] = [];
