// Where a finding's clause lives in the published protocol: `protocolUrl` plus
// an anchor made from the clause's leading number ("2.1 Klanten…" → #clause-2-1).
// Protocols written for Think Twice put these anchors on their clauses. A leading
// "Artikel", "art.", "§" or "clause" before the number is read past.

/** The anchor id for a clause, or undefined when the clause does not start with a number. */
export function clauseAnchor(clause: string): string | undefined {
  const m = /^\s*(?:art(?:ikel)?\.?\s*|§\s*|clause\s+)?(\d+(?:\.\d+)*)/i.exec(clause);
  return m ? `clause-${m[1]!.split('.').join('-')}` : undefined;
}

/** The protocol address for a clause: its anchor when it has a number, else the protocol itself. */
export function clauseUrl(protocolUrl: string, clause: string): string {
  const anchor = clauseAnchor(clause);
  const base = protocolUrl.replace(/#.*$/, '');
  return anchor ? `${base}#${anchor}` : base;
}
