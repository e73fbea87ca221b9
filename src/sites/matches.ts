// The pages the content script runs on (the manifest's match patterns).
export const HOST_MATCHES = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*'];
