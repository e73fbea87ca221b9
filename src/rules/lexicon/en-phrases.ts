// English threats and attacks on groups, as patterns expanded at compile time.
import { BANTER, MESSAGES } from './threat-phrases.ts';
import { type CursePrefix, entryMaker, type LexEntry } from './types.ts';

const e = entryMaker('en');

/**
 * English name-calling is built by gluing a crude word to a noun for a person or a silly thing
 * ("shitgibbon", "douchecanoe", "twatface", "cuntbag", "dickwit"). Only these heads make an
 * insult, so "Dickens", "cocktail", "assessment", "cockpit" and "Scunthorpe" stay clean.
 */
const INSULT_HEADS = [
  'face', 'head', 'wit', 'bag', 'wad', 'weed', 'stain', 'sack', 'gibbon', 'canoe', 'weasel', 'waffle', 'nugget', 'biscuit', 'badger',
  'goblin', 'trumpet', 'muppet', 'puffin', 'nozzle', 'monkey', 'clown', 'tard', 'hat', 'brain', 'lord', 'bucket', 'rag', 'womble',
  'hole', 'licker', 'sucker', 'burger', 'pipe', 'splat', 'nut', 'wipe', 'muncher', 'munch', 'blimp', 'pig',
].flatMap((h) => [h, `${h}s`]);
/** Crude first halves of those compounds. */
const CRUDE_FIRST = ['shit', 'twat', 'dick', 'cunt', 'ass', 'arse', 'douche', 'knob', 'wank', 'cock', 'piss', 'jizz', 'cum', 'butt', 'turd', 'bitch', 'fart'];

export const EN_PREFIXES: CursePrefix[] = [
  { prefix: 'fuck', kind: 'profanity', sureness: 0.9, lang: 'en' },
  ...CRUDE_FIRST.map((prefix): CursePrefix => ({ prefix, kind: 'insult', sureness: 0.9, lang: 'en', onlyHeads: INSULT_HEADS })),
];

const I_WILL = "(i|i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|gonna|we'll|we will|we're going to|we are going to)";
const WHO = '(you|u|ya|him|her|them|you all|your family|ur family|your kids)';
const WHOSE = '(your|ur|his|her|their)';

export const EN_GROUPS =
  'immigrant|immigrants|foreigner|foreigners|migrant|migrants|muslim|muslims|jew|jews|refugee|refugees|arab|arabs|pole|poles|gypsy|gypsies|mexican|mexicans|african|africans|asian|asians|black|blacks|chinese|indian|indians|romanian|romanians|pakistani|pakistanis|turk|turks';
export const EN_QUEER = 'gay|gays|homo|homos|lesbian|lesbians|queer|queers|trans|tranny|trannies|transgender|transgenders';

export const EN_PHRASES: LexEntry[] = [
  // A sexual remark about someone's body ("she has a great rack"), not a rack for bikes.
  e('(has|got|with|nice|what a|what an) (a|an)? (great|nice|huge|big|fine|hot|tight|perfect) (rack|ass|arse|tits|boobs|booty|butt|knockers|jugs)', 'sexual', 0.7, {
    innocent: ['bike', 'bikes', 'wine', 'spice', 'shoe', 'shoes', 'storage', 'dish', 'dishes', 'server', 'drying', 'roof', 'coat', 'coats', 'magazine', 'towel', 'donkey', 'mule', 'lamb', 'pork', 'ribs', 'oven', 'pallet', 'warehouse', 'display'],
    bad: ['The new girl in accounts has a great rack', 'what a nice ass on that one'],
    ok: ['We finally got a great rack for the bikes in the office', 'The new server room has a huge rack of switches'],
  }),
  // A disability thrown at someone as an insult: "are you retarded or something?", "don't be so autistic".
  e('(are you|r u|are u|is he|is she|are they) (just|actually|fucking)? (retarded|autistic|special|disabled|mental|spastic|brain damaged) (or something|or what|or sth)', 'slur-ableist', 0.8, {
    bad: ['Are you autistic or something? I explained it three times'],
  }),
  e("(don t|dont|stop|quit) (be|being) (so|such a)? (autistic|retarded|spastic|mental|spaz)", 'slur-ableist', 0.8, { bad: ["Don't be so autistic about the seating plan"] }),
  // Wanting to have sex with someone, said in public: "I'd bend her over the desk", "I'd love to bang her".
  e('(i d|id|i would|would) (love to|like to|happily|gladly|so)? (bend her over|bend him over|bang her|bang him|shag her|shag him|fuck her|fuck him|nail her|ride her|smash her|hit that|tap that|do her|do him) $', 'sexual', 0.8, {
    bad: ["I'd love to bend her over the desk", "Honestly I'd bang her"],
  }),
  e('(i d|id|i would|would) (love to|like to|happily|gladly|so)? (bend her over|bend him over|bang her|bang him|shag her|shag him|fuck her|fuck him|nail her|ride her|smash her)', 'sexual', 0.8, {
    bad: ["I'd love to bend her over the desk in the meeting room"],
  }),
  // Remarks on the body of someone at work: "nice legs on the new intern".
  e('(nice|great|hot|sexy|fit|tasty|amazing) (legs|ass|arse|tits|boobs|rack|booty|butt|body) on (the|that|our)? (new)? {person}', 'sexual', 0.75, {
    bad: ['Nice legs on the new intern', 'great ass on that receptionist'],
    ok: ['Nice legs on the new conference table'],
  }),
  // "Shut up" aimed at someone ("shut up you absolute wanker", "shut up, nobody asked"), not "shut up and take my money".
  e('shut (the hell|the heck)? up (you|u|ya|yer|nobody asked|no one asked|noone asked|nobody cares|no one cares)', 'insult', 0.7, { loose: true, pos: 'fixed', bad: ['@rudeguest shut up you absolute wanker', 'Shut up, nobody asked'], ok: ['Shut up and take my money, this phone is great'] }),
  // Contempt aimed at the reader: "you're worthless", "you disgust me", "you make me sick".
  e("(you re|youre|you are|ur|u r) (just|so|such|nothing but|truly|fucking|an absolute|a total|a complete)? (worthless|pathetic|a disgrace|a failure|a waste of space|a waste of skin|nothing|a nobody|scum|vile|repulsive|disgusting|trash|garbage|a joke|a loser)$", 'insult', 0.7, {
    bad: ["You're worthless", 'You are pathetic', "You're a disgrace"],
    ok: ["You're nothing short of amazing"],
  }),
  e("(you re|youre|you are|ur|u r) (just|so|such|nothing but|truly|fucking|an absolute|a total|a complete)? (worthless|pathetic|a disgrace|a waste of space|a waste of skin|scum|vile|repulsive|disgusting|trash|garbage)", 'insult', 0.7, {
    bad: ["You're a disgrace to this club and everyone knows it"],
  }),
  e('(you|u) (disgust|sicken|repulse|revolt) me', 'insult', 0.7, { bad: ['You disgust me'] }),
  e('(you|u) make me (sick|want to puke|want to vomit|want to throw up)', 'insult', 0.6, {
    innocent: ['laugh', 'jealous', 'envious', 'happy', 'proud', 'hungry', 'smile', 'food', 'recipe', 'cake', 'holiday'],
    bad: ['You make me sick, all of you'],
    ok: ['You make me sick with envy, that holiday looks amazing'],
  }),
  // The reader's mother; abortion wished on the reader.
  e('(your|ur|yer) (mum|mom|mother|ma) should (have|ve|of) (swallowed|aborted) (you|u)?', 'sexual', 0.85, { bad: ['Your mum should have swallowed you'] }),
  e('(you|u) should (have|ve|of) been (aborted|swallowed|drowned at birth)', 'threat', 0.85, { bad: ['You should have been aborted'] }),
  e('(nobody|no one|noone) would (miss|care if) (you|u)', 'threat', 0.6, { innocent: ['meeting', 'party', 'standup', 'call', 'holiday', 'lunch', 'drinks'], bad: ['Nobody would miss you'], ok: ['Skip the meeting, nobody would miss you for one standup'] }),
  // Crude dismissals.
  e('(shove|stick|ram|cram) (it|that|them|your|ur) ~2 (up your|up ur|up yer) (arse|ass|backside|bum|jacksie)', 'profanity', 0.75, { loose: true, pos: 'fixed', bad: ['Shove it up your arse', 'Stick your rota up your ass'] }),
  e('up yours', 'profanity', 0.7, { bad: ['Up yours, mate'] }),
  // Threats of violence.
  e(`${I_WILL} (kill|murder|stab|shoot|strangle|hurt|beat up|gut|end|knife|choke) ${WHO}`, 'threat', 0.9, {
    innocent: [...BANTER, ...MESSAGES],
    bad: ["I'm going to kill you"],
    ok: ["I'll shoot you an email with the slides after the call", 'I will shoot you a quick message tonight'],
  }),
  e(`${I_WILL} (break|snap|smash|bash|kick|punch) ${WHOSE} (legs|leg|neck|face|arms|arm|jaw|nose|skull|head|teeth|knees|kneecaps|bones|fingers)`, 'threat', 0.9, {
    bad: ["keep talking and I'll break your legs, mate"],
  }),
  e(`${I_WILL} (slit|cut) ${WHOSE} throat`, 'threat', 0.95),
  e(`${I_WILL} (burn|torch) ${WHOSE} (house|car|shop|office|place) (down|)`, 'threat', 0.85),
  e(`${I_WILL} (beat|kick|knock|punch) (the shit|the crap|the hell|the living daylights|seven bells) out of ${WHO}`, 'threat', 0.9, { innocent: BANTER }),
  e(`${I_WILL} (hunt|track) ${WHO} down`, 'threat', 0.75, { innocent: BANTER }),
  e(`${I_WILL} (find|come for|come after) ${WHO}`, 'threat', 0.55),
  e('(i|we) know where (you|u|ya|you all|your family|your kids|he|she|they) (live|lives|work|works|sleep|sleeps)', 'threat', 0.85, {
    bad: ['Watch your back, Tom. I know where you live'],
  }),
  e('(i|we) know where (your kids|your children|your wife|your husband|your daughter|your son|your family) (go to school|goes to school|live|lives|work|works|are|is|play|plays)', 'threat', 0.85, {
    bad: ['I know where your kids go to school'],
  }),
    e("(you're|youre|you are|ur) (dead meat|a dead man|a dead woman|gonna die|going to die|gonna pay|going to pay)", 'threat', 0.75),
  e('(i hope|hope) (you|u|he|she|they|your family|your kids) (die|dies|get cancer|gets cancer|burn|burns|rot in hell|burn in hell|get hit by a bus|choke|chokes|suffer|suffers)', 'threat', 0.85, { innocent: ['laughing', 'laughter', 'embarrassment', 'envy', 'jealousy', 'curiosity', 'boredom'] }),
  e('(kill|hang|shoot) yourself', 'threat', 0.9, { forms: ['kys'] }),
  e('die in a (fire|hole|ditch)', 'threat', 0.85),
  e('drop dead', 'threat', 0.6),
  e('^ (go|just go|go and|pls go|please go) (die|kill yourself|hang yourself|jump off a bridge|jump off a cliff|jump off a building|jump off a roof|play in traffic|drink bleach|neck yourself|top yourself|choke)', 'threat', 0.8, { bad: ['go die, nobody wants you here'], ok: ['Let the old laptop go die in peace'] }),
  e('(you|u|he|she|they) (should|deserve to|needs to|need to|ought to) (die|be shot|be hanged|get shot|get cancer|be killed|burn)', 'threat', 0.8, { bad: ['you should die for what you did'] }),
  e('(someone|somebody) (should|needs to|has to) (shoot|kill|hang|stab|punch) (him|her|them|you|that guy|that woman)', 'threat', 0.8, { bad: ['someone should shoot him'] }),

  // Disease curses: rare in English, but they exist.
  e('go (get|catch) (cancer|aids|ebola|the plague|covid|corona)', 'disease-curse', 0.85, { innocent: ['screen', 'test', 'check', 'vaccin', 'treat', 'research', 'jab', 'shot'], bad: ['go get cancer with your parking rules'], ok: ['Go get cancer screening done, it saves lives'] }),

  // Attacks on groups.
  e(
    '(go|get|fuck off|piss off|sod off|go home) (back|) (to|) (where you came from|where you come from|where u came from|your own country|your country|your own countries|your shithole country|your own land|africa|asia|mexico|poland|pakistan|india|china|the desert|the jungle)',
    'slur-racist',
    0.9,
    { bad: ['go back to your own country you filthy immigrant', 'go back to where you came from'] },
  ),
  e(`(filthy|dirty|stinking|bloody|fucking|disgusting) (${EN_GROUPS})`, 'slur-racist', 0.9, { bad: ['you filthy immigrant'] }),
  e(`(filthy|dirty|stinking|fucking|disgusting) (${EN_QUEER})`, 'slur-homophobic', 0.9),
  e(`(${EN_GROUPS}|${EN_QUEER}) (are|r) (vermin|rats|animals|cockroaches|parasites|scum|subhuman|a disease|a plague|filth|savages|invaders)`, 'slur-racist', 0.9),
];
