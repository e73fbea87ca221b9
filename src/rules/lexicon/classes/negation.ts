// Negation words: "ik ga je niet slaan" and "I would never hurt you" are no threats.
import { words } from './inflect.ts';

export const NEGATIONS = words('niet geen nooit nergens niemand never not no dont didnt wont wouldnt cannot cant nobody nothing');
