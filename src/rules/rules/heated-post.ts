// A post or reply that reads as written in anger: insults or curses aimed at people,
// threats, attacks on the reader, many words of anger, shouting. Protocols warn that
// most damage is done by posts written "vol met emotie"; this rule only asks for a
// second look. One post-level note (default info) at the strongest signal; the
// extension turns it into a gentle hold before posting, as the pack's `coolDown` says.
// Enthusiasm in capitals ("GEWELDIG NIEUWS!!! 🎉") and one mild curse are not heated.
import { type Heat, type HeatSignal, heatFrom, heatOf, heatSignals, isHeated } from '../lexicon/heat.ts';
import { defineRule, type RuleContext } from '../rule.ts';

export default defineRule<true, HeatSignal>({
  meta: {
    id: 'heated-post',
    category: 'heated',
    severity: 'info',
    // The sum of the anger signals over the whole post decides.
    scope: 'post',
    description: {
      nl: 'Berichten die lijken te zijn geschreven in boosheid: scheldwoorden of bedreigingen naar mensen, aanvallen op de lezer, veel boze woorden, schreeuwen in hoofdletters. Niet: enthousiasme, één losse vloek.',
      en: 'Posts that read as written in anger: insults or threats aimed at people, attacks on the reader, many angry words, shouting in capitals. Not: enthusiasm, a single mild curse.',
    },
    messages: {
      heated: {
        nl: 'Dit leest alsof het in boosheid is geschreven. Wil je het nog even laten liggen?',
        en: 'This reads as written in anger. Would you like to let it rest for a while?',
      },
    },
    why: {
      nl: 'De meeste schade ontstaat door berichten die snel en vol emotie zijn geplaatst. Wat je nu plaatst, blijft vindbaar, ook als je het later verwijdert.',
      en: 'Most damage is done by posts written quickly and full of emotion. What you post now stays findable, even after you delete it.',
    },
  },

  compile: () => true,

  check: (ctx) => report(ctx, heatOf(ctx)),
  collect: (ctx) => heatSignals(ctx),
  decide: (ctx, _compiled, signals) => report(ctx, heatFrom(signals, ctx.text)),
});

function report(ctx: RuleContext, heat: Heat): void {
  if (!isHeated(heat) || !heat.strongest) return;
  ctx.report({ range: [heat.strongest.start, heat.strongest.end], messageId: 'heated' });
}
