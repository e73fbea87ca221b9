// Personal pronouns by person, Dutch and English. Threats need a first-person
// speaker and a second- or third-person target; affiliation needs the author
// ("ik", "I", "we"); group generalisations work in any person.
import { words } from './inflect.ts';

/** The author speaking: subject forms ("I'll" is tokenised as i + ll). */
export const PRON_1 = words('ik k wij we i');
/** The author as object or owner. */
export const PRON_1_OBJ = words('mij me ons onze us');
export const PRON_1_POSS = words('mijn mn m onze ons my our');
/** The reader addressed. */
export const PRON_2 = words('je jij u jullie you u ya yall youre');
export const PRON_2_OBJ = words('je jou u jullie you u ya');
export const PRON_2_POSS = words('je jouw uw jullie your ur yer');
/** Someone else. */
export const PRON_3 = words('hij zij ze he she they');
export const PRON_3_OBJ = words('hem haar hen hun ze him her them');
export const PRON_3_POSS = words('zijn haar hun his her their');
/** A person a threat can be aimed at: you, him, her, them. */
export const TARGET = words(PRON_2_OBJ, PRON_3_OBJ, 'jullie allemaal');
/** Whose body part: your nose, zijn kop. */
export const TARGET_POSS = words(PRON_2_POSS, PRON_3_POSS);
