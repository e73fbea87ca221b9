// Verbs of physical violence, every form a threat uses. Dutch separable verbs are
// listed by the part that carries the violence ("sla … in elkaar", "steek … neer");
// the particles are in the patterns.
import { enVerb, words } from './inflect.ts';

export const VIOLENT_VERBS = words(
  // nl
  'vermoord vermoorden vermoordt vermoordde vermoord ' +
    'sla slaan slaat sloeg geslagen trap trappen trapt schop schoppen schopt mep meppen knal knallen beuk beuken ' +
    'steek steken steekt gestoken schiet schieten schiet geschoten wurg wurgen wurgt brand breek breken breekt gebroken ' +
    'afmaken afmaakt kapotmaken kapotslaan doodmaken doodslaan doodschieten doodsteken neersteken neerschieten ' +
    'vernietig vernietigen opknopen ophangen martel martelen verbrand verbranden mishandel mishandelen ' +
    'ram rammen ramt ros rossen rost timmer timmeren beuk beukt afmaak afrossen aftuigen tuig kopstoot',
  // en
  ['kill', 'murder', 'stab', 'shoot', 'strangle', 'choke', 'punch', 'kick', 'smash', 'bash', 'hurt', 'beat', 'break', 'slit', 'gut', 'burn', 'torch', 'snap', 'hang', 'knife', 'cut', 'batter', 'slap', 'end', 'wreck', 'bury', 'slaughter', 'butcher', 'torture', 'drown', 'poison', 'knock', 'smack', 'whack', 'thump', 'stomp', 'headbutt', 'rip', 'deck', 'clobber', 'thrash', 'maim']
    .flatMap(enVerb),
  'shot broke broken beaten beatin hung cutting slitting',
);

/** Particles and results that complete a Dutch violent verb ("sla je in elkaar", "steek je neer"). */
export const VIOLENT_RESULTS = words('verrot dood lens neer kapot overhoop lek af bont blauw moes elkaar mekaar ziekenhuis');
