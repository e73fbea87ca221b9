// Negation words: "ik ga je niet slaan" and "I would never hurt you" are no threats.
import { words } from './inflect.ts';

export const NEGATIONS = words('niet geen nooit nergens niemand never not no dont didnt wont wouldnt cannot cant nobody nothing');

/**
 * Words that defend a group against what is said of it: "Refugees are often wrongly called
 * criminals", "Roemenen worden ten onrechte voor dieven uitgemaakt", "immigrants are more
 * often victims of crime", "Polen worden uitgebuit door criminele uitzendbureaus". A
 * generalisation with one of these in its sentence quotes a prejudice to reject it, or
 * speaks of the group as the one wronged.
 */
export const DEFENCES = words(
  'onterecht onrechte slachtoffer slachtoffers vooroordeel vooroordelen stereotype stereotypes stereotypen mythe fabel uitgemaakt weggezet uitgebuit gediscrimineerd bestolen beroofd onderdrukt gevlucht ontvlucht ontvluchten vluchten ' +
    'wrongly unfairly unjustly victim victims prejudice prejudices stereotyped myth myths labelled labeled branded exploited discriminated harassed targeted robbed oppressed fleeing fled escaping',
);
