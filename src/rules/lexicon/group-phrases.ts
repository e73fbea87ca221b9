// Generalisations about, and exclusion of, a group of people (nationality,
// ethnicity, religion, gender, orientation, disability), in any person: "al die
// gelukszoekers moeten terug naar hun eigen land", "Marokkanen zijn allemaal tuig",
// "women just aren't built for this", "they should go back where they came from".
// Neutral statements about the same groups ("Mijn buren zijn Polen", "Women are
// underrepresented in tech") have no contemptuous, generalising or excluding predicate.
import { entryMaker, type LexEntry } from './types.ts';

const nl = entryMaker('nl');
const en = entryMaker('en');

const loose = { loose: true, pos: 'fixed' as const };

/** What a group is called in contempt: "tuig", "parasites", "allemaal criminelen". */
const CONTEMPT_NL =
  '(tuig|gespuis|uitschot|schorem|tuig van de richel|ongedierte|parasieten|profiteurs|uitvreters|criminelen|crimineel|dieven|beesten|dieren|' +
  'apen|ratten|kakkerlakken|terroristen|verkrachters|barbaren|minderwaardig|achterlijk|achterlijke|dom|dommer|lui|vies|smerig|gevaarlijk|' +
  'een plaag|een pest|een ziekte|het probleem|de oorzaak|niks waard|niets waard|zwakzinnig|gestoord|onnozel)';
const CONTEMPT_EN =
  '(scum|vermin|parasites|animals|rats|cockroaches|savages|criminals|thieves|rapists|terrorists|subhuman|inferior|lazy|stupid|dirty|filthy|' +
  'dangerous|a disease|a plague|a cancer|the problem|worthless|disgusting|sick|mentally ill|freaks|degenerates|invaders)';

export const GROUP_PHRASES: LexEntry[] = [
  // nl: "X zijn (gewoon) (allemaal) tuig", "typisch X (weer)", "X horen niet in …", "X moeten terug naar hun eigen land"
  nl(`{group} s? (zijn|waren|blijven) ~2 (allemaal|altijd|toch|echt|gewoon|stuk voor stuk)? ~1 ${CONTEMPT_NL}`, 'generalisation', 0.85, {
    ...loose,
    bad: ['Marokkanen zijn gewoon allemaal tuig', 'Die asielzoekers zijn allemaal profiteurs'],
    ok: ['Mijn buren zijn Polen en super aardig', 'Vrouwen zijn ondervertegenwoordigd in de techsector'],
  }),
  nl('typisch {group}', 'generalisation', 0.8, { ...loose, bad: ['Typisch Turken weer, met z’n twintigen op de gang'] }),
  nl('{group} s? (horen|moeten|mogen) ~2 (gewoon)? (niet|nooit|geen) ~2 ((in|op|aan|achter|bij|thuis in) (de|het|een|onze|ons)? _|hier|zeuren|klagen|stemmen|trouwen|rijden|leiden|werken|studeren|meedoen|meepraten)', 'generalisation', 0.75, {
    ...loose,
    bad: ['Vrouwen horen gewoon niet in de raad', 'Homo’s moeten gewoon niet zo zeuren'],
    ok: ['Moslims mogen tijdens de ramadan overdag niet eten'],
  }),
  nl('(al die|alle|die|deze|zulke|die hele) {group} ~2 (moeten|horen|mogen) ~2 (terug|weg|eruit|het land uit|oprotten|opzouten|naar huis)', 'generalisation', 0.9, {
    ...loose,
    bad: ['al die gelukszoekers moeten terug naar hun eigen land'],
  }),
  nl('{group} s? (moeten|horen) ~2 (terug|weg|eruit|het land uit|oprotten|opzouten) ~4 (land|landje|eigen land|thuisland)?', 'generalisation', 0.85, {
    ...loose,
    bad: ['Asielzoekers moeten gewoon terug naar hun eigen land'],
  }),
  // en: "X are all scum", "women just aren't built for", "they should go back where they came from"
  en(`{group} (are|r|were) ~2 (all|always|just|basically|nothing but|simply)? ~1 ${CONTEMPT_EN}`, 'generalisation', 0.85, {
    ...loose,
    bad: ['Immigrants are all criminals', 'Muslims are just savages'],
    ok: ['Women are underrepresented in engineering', 'Refugees are welcome here'],
  }),
  en("{group} (just)? (aren t|arent|are not|can t|cant|cannot|shouldn t|shouldnt|should not) ~2 (built for|made for|capable of|fit for|smart enough|able to lead|allowed to|be allowed to)", 'generalisation', 0.8, {
    ...loose,
    bad: ["women just aren't built for engineering", 'Gays should not be allowed to adopt'],
  }),
  en('(all|those|these|the) (those|these|the)? {group} ~2 (should|must|need to|have to|ought to) ~2 (go back|leave|get out|be deported|be sent back|go home)', 'generalisation', 0.9, {
    ...loose,
    bad: ['All these migrants should go back home'],
  }),
  en('(they|them|you|you people|these people) (should|must|need to|have to|ought to)? (go|get|be sent) back (to)? (where|wherever) (they|you) (came|come) from', 'generalisation', 0.9, {
    ...loose,
    bad: ['they should go back where they came from'],
  }),
  en('typical {group}', 'generalisation', 0.75, { ...loose, bad: ['Typical immigrants, never on time'] }),
];
