// Checks on single string values that the pack and the policy share.

/** Only HTTPS: a pack decides what employees are warned about (and links them to), so it must not be tampered with in transit. */
export function checkHttpsUrl(url: string): string | null {
  // No URL class here: the pure core compiles without DOM or Node types.
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^\s/?#]+)[^\s]*$/i.exec(url.trim());
  if (!m) return `is not a valid address: ${JSON.stringify(url)}`;
  if (m[1]!.toLowerCase() !== 'https') return `must start with https:// (got ${m[1]}://)`;
  return null;
}

/** One plain address (what a mailto: link can carry), no name part, no list. */
export function checkEmail(value: string): string | null {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(value.trim()) ? null : `is not an e-mail address: ${JSON.stringify(value)}`;
}
