// Links and host names in a post, split into the parts a rule can judge: scheme,
// host, port and path. Posts carry links in every form people paste or type: with
// and without a scheme, host names alone, IP addresses with a port, Windows file
// shares (\\server\share). No URL class here: the pure core has no DOM or Node types.

export interface Link {
  /** UTF-16 offsets of the whole link in the post, end exclusive. */
  start: number;
  end: number;
  /** Lowercase, without "://" ("https"); null when the post left it out; "unc" for \\server\share. */
  scheme: string | null;
  /** Lowercase host name or IP address, without a trailing dot; "" for file:///path. */
  host: string;
  port: string | null;
  /** Everything after the host and port: path, query and fragment ("" when none). */
  path: string;
}

// One pass over the post. Either a scheme (or a Windows share) and everything up to a
// space, or a host name that starts a word (not after "@": that is an e-mail address), a
// dotted IPv4 address or "localhost", with an optional port and path. The lookbehind keeps
// every attempt at a word start, so a long word without dots costs one failed try.
const LINK_RE =
  /(?:\b(?:https?|ftp|smb|file):\/\/|\\\\(?=[a-z0-9]))[^\s<>"]*|(?<![\w@./\\-])(?:(?:[a-z0-9][a-z0-9-]*\.)+[a-z][a-z0-9-]*|\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::\d{1,5})?(?:[/?#][^\s<>"]*)?/giu;

const AUTHORITY_RE = /^(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#\s\\]*)(?::(\d{1,5}))?/i;
const TRAILING = /[.,;:!?'"’”»…*_]$/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export function findLinks(text: string): Link[] {
  // Only the few space-free stretches that can hold a link are read with the regular
  // expression: around a dot between two letters or digits, "://", "\\\\" and "localhost".
  // (Running it over a whole 3,000-character post cost ~0.15 ms; this costs a few µs.)
  const at: number[] = [];
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) if (isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i + 1))) at.push(i);
  for (const marker of MARKERS) for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) at.push(i);
  if (at.length === 0) return [];
  at.sort((a, b) => a - b);
  const out: Link[] = [];
  let done = 0;
  for (const i of at) {
    if (i < done) continue;
    let start = i;
    let end = i;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    done = end;
    for (const m of text.slice(start, end).matchAll(LINK_RE)) {
      const link = parse(trimEnd(m[0]), start + m.index!);
      if (link) out.push(link);
    }
  }
  return out;
}

const MARKERS = ['://', '\\\\', 'localhost'];
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** What ends a link: white space of any kind, and the brackets and quotes around pasted links. */
const isBreak = (c: number) => c <= 32 || c === 34 || c === 60 || c === 62 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029;

/** Punctuation that ends the sentence, not the link; a closing bracket only when unbalanced. */
function trimEnd(raw: string): string {
  for (;;) {
    const last = raw[raw.length - 1];
    if (last === undefined) return raw;
    const open = PAIRS[last];
    if (open !== undefined) {
      if (count(raw, open) >= count(raw, last)) return raw;
    } else if (!TRAILING.test(last)) return raw;
    raw = raw.slice(0, -1);
  }
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

function parse(raw: string, start: number): Link | null {
  const end = start + raw.length;
  if (raw.startsWith('\\\\')) {
    const [host = '', ...rest] = raw.slice(2).split('\\');
    return { start, end, scheme: 'unc', host: host.toLowerCase(), port: null, path: rest.length ? `\\${rest.join('\\')}` : '' };
  }
  const sm = /^([a-z]+):\/\//i.exec(raw);
  const scheme = sm ? sm[1]!.toLowerCase() : null;
  const rest = sm ? raw.slice(sm[0].length) : raw;
  const am = AUTHORITY_RE.exec(rest)!;
  const host = am[1]!.toLowerCase().replace(/\.$/, '');
  const port = am[2] ?? null;
  const path = rest.slice(am[0].length);
  if (!scheme) {
    // Without a scheme only what reads as an address: a capitalised top-level label is a typo
    // for a missing space ("klaar.Morgen"); a bare IP address or "localhost" needs a port or a
    // path, and "10.0.0.0/8" is a network range, not a link.
    const written = am[1]!;
    if (/[A-Z]/.test(written.slice(written.lastIndexOf('.') + 1))) return null;
    if ((isIPv4(host) || host === 'localhost') && (port === null && (path === '' || /^\/\d{1,2}$/.test(path)))) return null;
  }
  return { start, end, scheme, host, port, path };
}

export const isIPv4 = (host: string): boolean => {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
};

/** The pack's spelling of a host, as links are compared: lowercase, no "*." in front, no dot at the end. */
export const normalizeHostname = (value: string): string => value.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');

/** Why a pack's `internalDomains` entry is not a host name (null when it is one). */
export function hostnameProblem(value: string): string | null {
  const host = normalizeHostname(value);
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host) || /[/?#@\s]/.test(host))
    return `write the host name only, e.g. "intranet.firma.nl" (without "https://", a path or spaces): got ${JSON.stringify(value)}`;
  if (!/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u.test(host))
    return `is not a host name (letters, digits and dashes, separated by dots, e.g. "intranet.firma.nl"): got ${JSON.stringify(value)}`;
  return null;
}
