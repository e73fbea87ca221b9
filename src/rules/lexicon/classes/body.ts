// Body parts that violent threats name ("I'll break your nose", "ik sla je kop in").
import { enNoun, words } from './inflect.ts';

export const BODY_PARTS = words(
  // nl (singular and plural; "bek", "smoel", "harses" are the coarse words threats use)
  'neus neuzen kop koppen hoofd hoofden gezicht gezichten bek smoel harses hersens hersenen schedel kaak kaken nek ' +
    'tanden tand benen been armen arm knieen knieschijven vingers vinger ribben rug keel ogen oog botten tong oren strot strottenhoofd ballen kloten',
  // en
  ['nose', 'face', 'head', 'skull', 'jaw', 'neck', 'leg', 'arm', 'knee', 'kneecap', 'finger', 'rib', 'back', 'throat', 'eye', 'bone'].flatMap(enNoun),
  'teeth tooth',
);
