// Words and phrases that make a post read as written in anger, or as written in joy.
// Curated for this project, Dutch and English. Weights: an attack on the reader counts
// 2, a word of anger or exasperation 1. Insults, curses and threats come from the
// insult lexicon's scan and are weighed in heat.ts.

/** Attacks on the person addressed ("you"): rarely written calmly. */
export const ATTACKS: readonly string[] = [
  // nl
  'schaam je', 'schaam je diep', 'schamen jullie', 'je moest je schamen', 'jullie moesten je schamen', 'u moest zich schamen',
  'hoe durf je', 'hoe durft u', 'hoe durven jullie', 'wie denk je wel dat je bent', 'wie denk jij wel dat je bent', 'wie denkt u wel dat u bent',
  'wie denk je wel niet dat je bent', 'wie denk jij wel niet dat je bent', 'wie denkt u wel niet dat u bent',
  'ben je nou helemaal gek', 'ben je gek geworden', 'ben je helemaal gek geworden', 'ben je nou helemaal', 'zijn jullie nou helemaal',
  'zijn jullie gek geworden', 'ben je van de pot gerukt', 'zijn jullie van de pot gerukt', 'bemoei je met je eigen zaken',
  'bemoei je er niet mee', 'zoek een leven', 'ga een leven zoeken', 'zoek een hobby', 'bedankt voor niks', 'bedankt voor niets',
  'jullie zijn een grap', 'jullie zijn echt een grap', 'jullie zijn een schande', 'jullie zijn een lachertje', 'jij bent een grap',
  'je bent een schande', 'jullie zijn een aanfluiting', 'stelletje prutsers', 'stelletje amateurs', 'stelletje clowns', 'stelletje idioten',
  'wat mankeert jou', 'wat mankeert jullie', 'wat is er mis met jou', 'wat is er mis met jullie', 'snap je het nou nog steeds niet',
  // en
  'shame on you', 'you should be ashamed', 'you should be ashamed of yourself', 'how dare you', 'who do you think you are',
  "what's wrong with you", 'what is wrong with you', 'what the hell is wrong with you', 'are you kidding me', 'are you serious',
  'are you out of your mind', 'have you lost your mind', 'get a life', 'mind your own business', 'thanks for nothing', 'go to hell',
  'screw you', 'you people', 'you are a joke', "you're a joke", 'you are a disgrace', "you're a disgrace", 'you are pathetic',
  "you're pathetic", 'you are useless', "you're useless", 'you guys are a joke', 'bunch of clowns', 'bunch of amateurs', 'bunch of idiots',
  "you don't even", "you can't even", 'you never listen', 'learn to read', 'shut up', 'shut the fuck up', 'stfu',
  "hope you're proud of yourself", 'hope you are proud of yourself', 'hou je mond', 'hou je kop', 'kop dicht',
];

/** Anger, outrage and exasperation. */
export const ANGER: readonly string[] = [
  // nl
  'belachelijk', 'schandalig', 'schande', 'walgelijk', 'onacceptabel', 'onbeschoft', 'onbeschofte', 'ongehoord', 'respectloos',
  'bespottelijk', 'aanfluiting', 'lachertje', 'ongelofelijk', 'onvoorstelbaar', 'woedend', 'razend', 'pissig', 'kotsbeu', 'spuugzat',
  'strontziek', 'pisnijdig', 'godgeklaagd', 'te gek voor woorden', 'slaat nergens op', 'ik ben het zat', 'ik ben er klaar mee',
  'ik ben er helemaal klaar mee', 'ik ben het spuugzat', 'ik ben het kotsbeu', 'genoeg is genoeg', 'hoe moeilijk is het',
  'hoe moeilijk kan het zijn', 'hoe vaak moet ik', 'hoe vaak nog', 'elke dag weer', 'elke keer weer', 'elke dag hetzelfde',
  'iedere keer weer', 'wie heeft dit bedacht', 'het is gewoon schandalig', 'dit is toch niet normaal',
  'niet normaal meer', 'incompetent', 'incompetente', 'prutsers', 'amateurs', 'klaar mee',
  // en
  'ridiculous', 'disgraceful', 'disgusting', 'pathetic', 'unacceptable', 'unbelievable', 'outrageous', 'shameful', 'unprofessional',
  'incompetent', 'useless', 'furious', 'livid', 'pissed off', 'sick and tired', 'fed up', "i'm done", 'i am done', 'enough is enough',
  'every single time', 'how hard is it', 'how hard can it be', 'how many times', 'what a joke', 'absolute joke', 'a complete joke',
  'what the hell', 'wtf', 'clowns',
];

/** Joy, celebration, laughter and thanks: capitals and "!!!" next to these are enthusiasm. */
export const CALM: readonly string[] = [
  // nl
  'haha', 'hahaha', 'hihi', 'gefeliciteerd', 'proficiat', 'hoera', 'hoezee', 'trots', 'dank', 'dank je', 'dank jullie', 'dankjewel',
  'bedankt', 'geweldig', 'fantastisch', 'prachtig', 'super', 'gewonnen', 'geslaagd', 'welkom', 'feest', 'genieten', 'gelukt',
  'geintje', 'grapje', 'succes', 'wat een avond', 'wat een dag', 'wat een jaar', 'wat een opkomst', 'wat een sfeer', 'zin in',
  // en
  'lol', 'lmao', 'congrats', 'congratulations', 'proud', 'thanks', 'thank you', 'amazing', 'awesome', 'great', 'won', 'we did it',
  'did it', 'yes', 'yay', 'woohoo', 'welcome', 'celebrate', 'finally', 'excited', 'wish me luck', 'just kidding', 'jk', 'love',
  'happy',
];

/** Emoji of anger, and of joy or laughter (compared as code points). */
export const ANGRY_EMOJI = ['🤬', '😡', '😠', '🖕', '💢', '👿', '😤', '🙄', '🤮'];
export const CALM_EMOJI = ['🎉', '🥳', '🙌', '👏', '❤', '💜', '💙', '🧡', '💚', '💛', '😍', '🥰', '😊', '😄', '😁', '😂', '🤣', '😅', '😉', '🚀', '🏆', '✨', '🍾', '🥂', '🎊', '😃', '😀', '🙏', '💪'];
