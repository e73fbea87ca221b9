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
