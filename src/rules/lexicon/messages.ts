// What an insult finding says, per kind, in both UI languages. `{term}` is the
// flagged word or phrase as it was typed.
import type { RuleContext } from '../rule.ts';
import type { Messages } from '../types.ts';
import { mentionedNotUsed } from '../text/mentioned.ts';
import { type Lexicon, scan } from './index.ts';
import type { Kind } from './types.ts';

export const KIND_MESSAGES: Record<Kind, Messages> = {
  insult: {
    nl: '‘{term}’ is een belediging. Ook als je boos bent: scheldwoorden over mensen komen op jou en je werkgever terug.',
    en: "'{term}' is an insult. Even when you're angry, name-calling falls back on you and your employer.",
  },
  'slur-ableist': {
    nl: '‘{term}’ gebruikt een beperking als scheldwoord; dat kwetst mensen met een beperking en hun naasten.',
    en: "'{term}' uses a disability as an insult; it hurts disabled people and those close to them.",
  },
  'slur-racist': {
    nl: '‘{term}’ is discriminerend naar afkomst of huidskleur. Dit kan in strijd zijn met de wet en je gedragscode.',
    en: "'{term}' discriminates by origin or skin colour. It may break the law and your code of conduct.",
  },
  'slur-homophobic': {
    nl: '‘{term}’ is een scheldwoord voor homo’s, lesbiennes of transgender personen.',
    en: "'{term}' is a slur against gay, lesbian or transgender people.",
  },
  sexual: {
    nl: '‘{term}’ is seksueel beledigend. Dit kan als intimidatie worden opgevat.',
    en: "'{term}' is sexually offensive and can be read as harassment.",
  },
  profanity: {
    nl: '‘{term}’ is een vloek of grove taal; in een openbaar bericht valt dat op jou en je werkgever terug.',
    en: "'{term}' is swearing; in a public post it reflects on you and your employer.",
  },
  'disease-curse': {
    nl: '‘{term}’ vloekt met een ziekte. Voor mensen die die ziekte hebben (gehad) is dat pijnlijk.',
    en: "'{term}' curses with a disease, which is painful for anyone who has (had) it.",
  },
  generalisation: {
    nl: '‘{term}’ veroordeelt een hele groep mensen om wie ze zijn. Dat is discriminerend en kan strafbaar zijn.',
    en: "'{term}' condemns a whole group of people for who they are. That is discriminatory and may be unlawful.",
  },
  threat: {
    nl: '‘{term}’ klinkt als een bedreiging. Bedreigen is strafbaar, ook online en ook als het niet zo bedoeld is.',
    en: "'{term}' reads as a threat. Threats are a criminal offence, online too, even when not meant literally.",
  },
};

export const INSULT_WHY: Messages = {
  nl: 'Je werkgever verbiedt beledigende, discriminerende, seksueel grensoverschrijdende en bedreigende taal. Screenshots blijven bestaan, ook als je het bericht later verwijdert.',
  en: 'Your employer forbids insulting, discriminatory, sexually offensive and threatening language. Screenshots last even after you delete the post.',
};

/** Report this rule's kinds from the shared scan. */
export function reportKinds(ctx: RuleContext, lex: Lexicon, kinds: readonly Kind[]): void {
  for (const h of scan(ctx, lex)) {
    if (!kinds.includes(h.kind)) continue;
    // A title, an epithet or a quote in a court report mentions the words; nobody is called them.
    if (mentionedNotUsed(ctx.text, h.start, h.end)) continue;
    ctx.report({
      range: [h.start, h.end],
      messageId: h.kind,
      data: { term: ctx.text.slice(h.start, h.end) },
      source: 'builtin',
      ...(h.mild ? { severity: 'info' as const } : {}),
      fix: h.alt ? { replacement: h.alt.replacement, range: [h.alt.start, h.alt.end] } : undefined,
    });
  }
}
