// Business words: contracts, policies, deals and money. A client named next to one
// is business disclosed; an ordinary-word name next to one reads as a name.
import { words } from './inflect.ts';

/** Deal words (stems: matched as word starts and as Dutch compound heads). */
export const DEAL_STEMS = [
  // nl
  'polis', 'polissen', 'afgesloten', 'afsluiten', 'contract', 'getekend', 'tekenen', 'deal', 'offerte', 'premie',
  'verzekering', 'verzekerd', 'dekking', 'schade', 'claim', 'uitgekeerd', 'uitkering', 'overeenkomst', 'opdracht',
  'binnengehaald', 'verlengd', 'verlenging',
  // en
  'policy', 'policies', 'signed', 'signing', 'renewal', 'renewed', 'cover', 'covered', 'coverage', 'premium',
  'quote', 'payout', 'insurance', 'insured', 'liability', 'onboarded', 'onboarding', 'agreement',
];

/** Words that treat what follows or precedes as an organisation one works with. */
export const BUSINESS_WORDS = words(
  'klant klanten opdrachtgever opdrachtgevers contract project samenwerking partner leverancier implementatie migratie ' +
    'livegang audit jaarrekening controle offerte order opdracht kantoor vestiging team directie bestuur ' +
    'client clients customer customers contract project partnership partner supplier vendor implementation migration ' +
    'rollout audit engagement account office branch team board',
);

/**
 * Verbs that follow an organisation as subject ("Thuis heeft …", "Kiwi launched …"):
 * a capitalised ordinary word opening a sentence reads as a name before one of these.
 */
export const NAME_VERBS = words(
  'heeft had is was wordt werd gaat ging kiest koos levert leverde opent opende lanceert lanceerde wint won zoekt ' +
    'neemt nam bouwt start startte begint investeert verhuist groeit sluit tekent tekende breidt viert presenteert ' +
    'komt doet maakt biedt blijft krijgt kreeg verwelkomt heet staat stopt sloot zet organiseert ' +
    'organiseerde sponsort sponsorde steunt steunde doneert doneerde ' +
    'has had is was just launched launches announced announces opens opened wins won chose chooses picked signed ' +
    'signs delivered delivers ships shipped will acquired acquires raised hired hires moved moves celebrates ' +
    'welcomes builds built released releases joins joined asked asks wants needs uses used sponsors sponsored supports ' +
    'supported donates donated hosts hosted organises organised organizes organized',
);
