// Counts what the page UI shows (one badge per active composer, its count in
// data-count), for the popup's "findings on this tab". Counts only, no text.
export function countBadges(doc: Document): { composers: number; findings: number } {
  const root = doc.querySelector('think-twice-ui')?.shadowRoot;
  const badges = root ? [...root.querySelectorAll<HTMLElement>('[data-tt="badge"]')] : [];
  return { composers: badges.length, findings: badges.reduce((n, b) => n + (Number(b.dataset.count) || 0), 0) };
}
