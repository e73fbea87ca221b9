// LinkedIn: Quill for posts (sometimes inside the #interop-outlet shadow root or
// a same-origin /preload/ iframe), TipTap/ProseMirror for comments.
import { defineSiteAdapter } from './types.ts';
import { quill, quill1 } from './editors/quill.ts';
import { prosemirror } from './editors/prosemirror.ts';

export default defineSiteAdapter({
  id: 'linkedin',
  matches: ['www.linkedin.com'],
  selectors: {
    composer: [
      /* 2026-01 */ '.ql-editor[contenteditable="true"][role="textbox"]',
      /* 2026-01 */ '[contenteditable="true"][role="textbox"][aria-label^="Text editor for creating"]',
      /* 2026-01 */ '.tiptap.ProseMirror[contenteditable="true"]',
      /* 2025-11 */ '.comments-comment-box__form .ql-editor[contenteditable="true"]',
    ],
    submit: [
      /* 2025-11 */ '.share-actions__primary-action',
      /* 2025-11 */ '.comments-comment-box__submit-button',
      /* 2026-01 */ '.comments-comment-box__submit-button--cr',
      // Feed comments (TipTap): rendered only once the box holds text (2026-12, issue 16).
      /* 2026-12 */ 'button[data-view-name="comment-post"]',
      /* 2026-12 */ 'button[data-view-name="comment-reply-post"]',
    ],
    shadowHosts: [/* 2026-01 */ '#interop-outlet'],
  },
  submitLabels: ['Post', 'Plaatsen', 'Comment', 'Reageren', 'Reply', 'Beantwoorden', 'Repost', 'Opnieuw plaatsen'],
  // Quill 1 before Quill 2: both match .ql-editor, only Quill 1 keeps a .ql-clipboard beside it.
  editor: [quill1, quill, prosemirror],
});
