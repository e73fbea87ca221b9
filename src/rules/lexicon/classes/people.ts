// Nouns for a person a threat or an insult can be aimed at without a pronoun: "ik sla die
// gast neer", "I'll put that clown in hospital". Job titles come from roles.ts; these are the
// words people use for someone they are angry with. Not things ("die printer", "that bug").
import { words } from './inflect.ts';

export const PEOPLE = words(
  // nl
  'gast gasten vent venten gozer gozers kerel kerels man mannen vrouw wijf jongen jongens joch meid meisje figuur type ' +
    'buurman buurvrouw buurjongen buurmeisje buren huisbaas baas bazen scheids scheidsrechter klantmanager klant klanten ' +
    'collega collegas chef leraar juf agent boa parkeerwacht conducteur chauffeur inspecteur ambtenaar controleur ' +
    'eikel lul klootzak hufter idioot debiel sukkel etterbak rotzak schoft verrader ' +
    'wethouder burgemeester minister politicus kinderverkrachter verkrachter pedo pedofiel crimineel criminelen hangjongeren',
  // en
  'guy guys dude bloke blokes man men woman lad lads kid girl boy neighbour neighbor landlord boss manager customer ' +
    'colleague driver referee ref warden cop officer inspector teacher clown idiot prick bastard asshole wanker traitor ' +
    'councillor councilor politician mp minister mayor rapist paedo pedo',
);
