// Facebook: Lexical composers in the "Create post" dialog and below feed items.
import { defineSiteAdapter } from './types.ts';
import { lexical } from './editors/lexical.ts';

export default defineSiteAdapter({
  id: 'facebook',
  matches: ['www.facebook.com', 'web.facebook.com'],
  selectors: {
    composer: [/* 2026-01 */ '[data-lexical-editor="true"][contenteditable="true"][role="textbox"]'],
    submit: [
      /* 2026-01 */ '[aria-label="Post"][role="button"]',
      /* 2026-01 */ '[aria-label="Plaatsen"][role="button"]',
      /* 2026-01 */ '[aria-label="Comment"][role="button"]',
      /* 2026-01 */ '[aria-label="Reageren"][role="button"]',
      // The send button of the focused comment box (2026-12, issue 16).
      /* 2026-12 */ '#focused-state-composer-submit [role="button"]',
      // Pages post in steps: Next → "Post settings" → Post. Next is the first step that takes the
      // text along, so it is held there (2026-12, issue 16).
      /* 2026-12 */ '[role="dialog"] [aria-label="Next"][role="button"]',
      /* 2026-12 */ '[role="dialog"] [aria-label="Volgende"][role="button"]',
    ],
    // Messenger chat boxes (Lexical too) on facebook.com and its /messages/ pages (2026-12, issue 16).
    privateChats: [
      /* 2026-12 */ '[role="textbox"][aria-label="Message"]',
      /* 2026-12 */ '[role="textbox"][aria-label="Bericht"]',
      /* 2026-12 */ '[role="textbox"][aria-label^="Write to "]',
      /* 2026-12 */ '[role="textbox"][aria-label^="Stuur een bericht"]',
    ],
    enterSubmits: [
      /* 2026-01 */ '[aria-label^="Write a comment"]',
      /* 2026-01 */ '[aria-label^="Write a public comment"]',
      /* 2026-01 */ '[aria-label^="Write a reply"]',
      /* 2026-01 */ '[aria-label^="Schrijf een opmerking"]',
      /* 2026-01 */ '[aria-label^="Schrijf een openbare opmerking"]',
      /* 2026-01 */ '[aria-label^="Schrijf een reactie"]',
      // A signed-in user's comment boxes carry the user's or the commenter's name (2026-12, issue 16).
      /* 2026-12 */ '[aria-label^="Comment as "]',
      /* 2026-12 */ '[aria-label^="Reply to "]',
      /* 2026-12 */ '[aria-label^="Reageer als "]',
      /* 2026-12 */ '[aria-label^="Beantwoord "]',
    ],
  },
  editor: [lexical],
});
