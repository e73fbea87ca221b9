// X (twitter.com / x.com): Draft.js composers for posts, thread items and replies;
// the narrow layout's composer is a plain <textarea>.
import { defineSiteAdapter } from './types.ts';
import { draft } from './editors/draft.ts';
import { textarea } from './editors/textarea.ts';

export default defineSiteAdapter({
  id: 'x',
  // mobile.x.com and mobile.twitter.com redirect to x.com: not served on their own.
  matches: ['x.com', 'twitter.com'],
  selectors: {
    composer: [
      /* 2026-01 */ '[data-testid^="tweetTextarea_"].public-DraftEditor-content[contenteditable="true"]',
      /* 2026-01 */ '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
      /* 2026-01 */ '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
      // The narrow layout (2026-12, issue 16).
      /* 2026-12 */ '[data-testid^="tweetTextarea_"] textarea',
      /* 2026-12 */ 'textarea[data-testid^="tweetTextarea_"]',
    ],
    // Direct messages (2026-12, issue 16).
    privateChats: [/* 2026-12 */ '[data-testid="dmComposerTextInput"]', /* 2026-12 */ '[data-testid="DmComposer"]'],
    submit: [
      /* 2026-01 */ '[data-testid="tweetButton"]',
      /* 2026-01 */ '[data-testid="tweetButtonInline"]',
      /* 2026-12 */ '[data-testid="dmComposerSendButton"]',
    ],
  },
  editor: [draft, textarea],
});
