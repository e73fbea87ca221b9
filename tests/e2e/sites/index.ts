export { X, TWITTER, openReplyComposer, openThreadComposer } from './x.ts';
export { LINKEDIN, LINKEDIN_QUILL1, LINKEDIN_QUILL1_NESTED } from './linkedin.ts';
export { FACEBOOK, PERMALINK_LANGS, commentComposer, permalinkComposer } from './facebook.ts';
export { composerIn, posts, typeInto, type Composer, type Site, type SiteId } from './site.ts';
import { FACEBOOK } from './facebook.ts';
import { LINKEDIN } from './linkedin.ts';
import { TWITTER, X } from './x.ts';
export const ALL_SITES = [X, TWITTER, LINKEDIN, FACEBOOK] as const;
