// Legal forms written after a company's name ("Jansen Transport B.V.", "NovaChem Europe
// Ltd"). One list for the three readers of names: the term matcher lets a name's span take
// in its form, short forms and acronyms leave it out, and the name finder lets it continue a
// name. People write "BV", "B.V", "B.V." and "B. V."; a dot after an undotted "BV" ends the
// sentence ("… aan Meijer Logistics BV."), it is not part of the form.
const FORMS = String.raw`b\.\s?v\.?|bv|n\.\s?v\.?|nv|v\.\s?o\.\s?f\.?|vof|ltd\.?|limited|gmbh|inc\.?|ab|llc|plc|s\.a\.|ag`;

/** One word that is a legal form: "B.V.", "bv", "GmbH". */
export const LEGAL_FORM_WORD = new RegExp(`^(?:${FORMS})$`, 'i');

/** A legal form ending a name, with the space or comma before it: " B.V.", ", Ltd", " BV.". */
export const LEGAL_FORM_TAIL = new RegExp(`[\\s,]+(?:${FORMS})\\.?$`, 'i');

/**
 * Sticky, for the folded (lower-case) text right after a matched name: the separator and a
 * legal form, or "holding" ("Jansen Holding"), up to a word boundary. Set lastIndex first.
 */
export const LEGAL_FORM_AFTER = new RegExp(`(?:\\s*,)?[\\s-]+(?:${FORMS}|holding)(?![\\p{L}\\p{N}_])`, 'uy');
