// The pages the content script runs on (the manifest's match patterns), made from the
// adapters' host names so a host an adapter serves is never left without the script.
import { SITE_ADAPTERS } from './index.ts';

export const HOST_MATCHES: string[] = SITE_ADAPTERS.flatMap((a) => a.matches.map((host) => `https://${host}/*`));
