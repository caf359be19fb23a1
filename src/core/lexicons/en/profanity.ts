import type { EnglishProfaneWord } from 'obscenity';
import type { LexiconEntry } from '../types.ts';

/**
 * How Guidepost uses each word of the `obscenity` package's English dataset (MIT, words from the `cuss`
 * project). The package brings the matching: leetspeak ("sh1t", "f*ck"), look-alike letters, stretched
 * letters ("fuuuck") and a whitelist of innocent words ("assessment", "Scunthorpe", "cocktail").
 *
 * - `swear` and `slur`: flagged.
 * - `skip`: left out. The dataset is built for chat filters and includes clinical and encyclopaedic words
 *   (sex, penis, rape, incest, porn) that are article topics an official account may well post about, and
 *   words whose innocent senses dominate in a knowledge feed (tit and booby are birds, cock a rooster, scat a
 *   jazz style, dyke an embankment, Hooker a surname, "cum laude"). Posting about those is not a tone problem.
 *
 * The Record type makes the compiler list any word a new version of the package adds.
 */
export interface ProfanityChoice {
  use: 'swear' | 'slur' | 'skip';
  note: string;
}

export const obscenityWords: Readonly<Record<EnglishProfaneWord, ProfanityChoice>> = {
  abeed: { use: 'slur', note: 'Anti-Black slur.' },
  abo: { use: 'skip', note: 'Slur, but the pattern also matches ABO (the blood group system) and Åbo (Turku).' },
  africoon: { use: 'slur', note: 'Anti-Black slur.' },
  anal: { use: 'skip', note: 'Anatomical and medical term.' },
  anus: { use: 'skip', note: 'Anatomical term.' },
  arabush: { use: 'slur', note: 'Anti-Arab slur.' },
  arse: { use: 'swear', note: 'British swear word.' },
  ass: { use: 'swear', note: 'Swear word; the package whitelists "assessment", "assist" and the like.' },
  bastard: { use: 'swear', note: 'Swear word; its historical and technical senses are whitelisted below.' },
  bestiality: { use: 'skip', note: 'Legal and encyclopaedic term.' },
  bitch: { use: 'swear', note: 'Swear word; not flagged when the sentence is about dogs (a female dog).' },
  blowjob: { use: 'swear', note: 'Vulgar slang.' },
  bollocks: { use: 'swear', note: 'British swear word.' },
  boob: { use: 'skip', note: 'Mild slang, and the pattern matches "booby" (a seabird) and "boob tube".' },
  boonga: { use: 'slur', note: 'Slur against Aboriginal Australians.' },
  buttplug: { use: 'swear', note: 'Vulgar slang.' },
  chingchong: { use: 'slur', note: 'Anti-Asian slur.' },
  chink: { use: 'slur', note: 'Anti-Asian slur; "a chink in the armour" is whitelisted below.' },
  cock: { use: 'skip', note: 'Also a rooster, a tap and a part of a gun; vulgar sense is rare in official posts.' },
  cuck: { use: 'swear', note: 'Vulgar insult; "cuckoo" is whitelisted by the package, "cuckold" and place names below.' },
  cum: { use: 'skip', note: 'Matches "cum laude" and "summa cum laude".' },
  cunt: { use: 'swear', note: 'Swear word.' },
  deepthroat: { use: 'skip', note: 'Matches "Deep Throat", the Watergate informant.' },
  dick: { use: 'swear', note: 'Swear word; a capitalised "Dick" is a name (Dick Cheney, Philip K. Dick, Moby-Dick) and is not flagged.' },
  dildo: { use: 'skip', note: 'Also Dildo, Newfoundland; an encyclopaedic word, not a swear.' },
  doggystyle: { use: 'swear', note: 'Vulgar slang.' },
  'double penetration': { use: 'swear', note: 'Vulgar slang.' },
  dyke: { use: 'skip', note: 'Also an embankment (dykes in the Netherlands), and reclaimed ("Dyke March").' },
  ejaculate: { use: 'skip', note: 'Medical term.' },
  fag: { use: 'slur', note: 'Anti-gay slur; Fagus (beech), Fagin and a few others are whitelisted below.' },
  felch: { use: 'swear', note: 'Vulgar slang.' },
  fellatio: { use: 'skip', note: 'Clinical term.' },
  'finger bang': { use: 'swear', note: 'Vulgar slang.' },
  fisting: { use: 'skip', note: 'Clinical term.' },
  fuck: { use: 'swear', note: 'Swear word. Its patterns are rebuilt without the package\'s standalone "fu" (a Chinese surname, Fu Ying) and its "fuk-" prefix (Fukushima, Fukuoka).' },
  gangbang: { use: 'swear', note: 'Vulgar slang.' },
  handjob: { use: 'swear', note: 'Vulgar slang.' },
  hentai: { use: 'skip', note: 'An art genre with its own article.' },
  hooker: { use: 'skip', note: 'Surname (Joseph Hooker, the Hooker Telescope) and a rugby position.' },
  incest: { use: 'skip', note: 'Legal and encyclopaedic term.' },
  'jerk off': { use: 'swear', note: 'Vulgar slang.' },
  jizz: { use: 'swear', note: 'Vulgar slang.' },
  kike: { use: 'slur', note: 'Antisemitic slur; a capitalised "Kike" is a Spanish nickname (Kike Sánchez) and is not flagged.' },
  lubejob: { use: 'swear', note: 'Vulgar slang.' },
  masturbate: { use: 'skip', note: 'Clinical term.' },
  negro: { use: 'skip', note: 'Historical names (Negro league baseball, United Negro College Fund) and Spanish/Portuguese "negro" (Río Negro).' },
  nigger: { use: 'slur', note: 'Anti-Black slur.' },
  orgasm: { use: 'skip', note: 'Clinical term.' },
  orgy: { use: 'skip', note: 'Encyclopaedic term (Dionysian orgies).' },
  penis: { use: 'skip', note: 'Anatomical term; the pattern also matches Penistone, a town.' },
  piss: { use: 'swear', note: 'Swear word; Pissarro and a few place names are whitelisted below.' },
  porn: { use: 'skip', note: 'A topic (pornography law, "food porn").' },
  prick: { use: 'swear', note: 'Insult; "pin prick" and "prick up" are whitelisted below.' },
  pussy: { use: 'skip', note: 'Matches "pussycat", "pussy willow" and Pussy Riot, a band with its own article.' },
  rape: { use: 'skip', note: 'A topic of news and articles, not a tone problem.' },
  retard: { use: 'slur', note: 'Ableist slur; "flame retardant" and "retardation" are whitelisted below.' },
  scat: { use: 'skip', note: 'Scat singing, a jazz style.' },
  semen: { use: 'skip', note: 'Biological term; also Semen, an Indonesian given name.' },
  sex: { use: 'skip', note: 'A topic (sex education, sex differences).' },
  shit: { use: 'swear', note: 'Swear word; shiitake and Shittim are whitelisted below.' },
  slut: { use: 'swear', note: 'Misogynist insult; Slutsk (a town in Belarus) is whitelisted below.' },
  spastic: { use: 'skip', note: 'Medical term (spastic paralysis); the slur sense is rare in official posts.' },
  tit: { use: 'skip', note: 'Tits are birds (great tit, blue tit).' },
  tranny: { use: 'slur', note: 'Anti-trans slur.' },
  turd: { use: 'swear', note: 'Vulgar insult; Turdus (the thrush genus) is whitelisted below.' },
  twat: { use: 'swear', note: 'Swear word.' },
  vagina: { use: 'skip', note: 'Anatomical term.' },
  wank: { use: 'swear', note: 'Swear word; the Wankel engine is whitelisted below.' },
  whore: { use: 'swear', note: 'Misogynist insult.' },
};

/** Innocent words that contain a kept pattern, added to the package's own whitelist. */
export const profanityWhitelist: readonly LexiconEntry[] = [
  { text: 'pissarro', note: 'Camille Pissarro, the painter.', source: 'https://en.wikipedia.org/wiki/Camille_Pissarro' },
  { text: 'pissis', note: 'Monte Pissis, a volcano in the Andes.', source: 'https://en.wikipedia.org/wiki/Monte_Pissis' },
  { text: 'pissouri', note: 'Pissouri, a village in Cyprus.', source: 'https://en.wikipedia.org/wiki/Pissouri' },
  { text: 'shiitake', note: 'The mushroom (the package whitelists only the "shitake" spelling).', source: 'https://en.wikipedia.org/wiki/Shiitake' },
  { text: 'shittim', note: 'Shittim, a place in the Hebrew Bible, and shittim wood.', source: 'https://en.wikipedia.org/wiki/Shittim' },
  { text: 'wankel', note: 'The Wankel rotary engine.', source: 'https://en.wikipedia.org/wiki/Wankel_engine' },
  { text: 'slutsk', note: 'Slutsk, a town in Belarus.', source: 'https://en.wikipedia.org/wiki/Slutsk' },
  { text: 'turdus', note: 'Turdus, the genus of true thrushes.', source: 'https://en.wikipedia.org/wiki/Turdus' },
  { text: 'turdidae', note: 'Turdidae, the thrush family.', source: 'https://en.wikipedia.org/wiki/Thrush_(bird)' },
  { text: 'retardant', note: 'Flame or fire retardant.', source: 'https://en.wikipedia.org/wiki/Fire_retardant' },
  { text: 'retardation', note: 'Physics and historical medical term.', source: 'https://en.wiktionary.org/wiki/retardation' },
  { text: 'retarder', note: 'A braking device on trains and trucks.', source: 'https://en.wikipedia.org/wiki/Retarder_(mechanical_engineering)' },
  { text: 'chink in', note: '"A chink in the armour": a weak point.', source: 'https://en.wiktionary.org/wiki/chink_in_one%27s_armor' },
  { text: 'chinks in', note: '"Chinks in the armour".', source: 'https://en.wiktionary.org/wiki/chink_in_one%27s_armor' },
  { text: 'chink of', note: '"A chink of light": a narrow opening.', source: 'https://en.wiktionary.org/wiki/chink' },
  { text: 'chinking', note: 'Clinking sound; also the filling between logs.', source: 'https://en.wiktionary.org/wiki/chinking' },
  { text: 'fagus', note: 'Fagus, the beech genus.', source: 'https://en.wikipedia.org/wiki/Fagus_(plant)' },
  { text: 'fagaceae', note: 'The beech family.', source: 'https://en.wikipedia.org/wiki/Fagaceae' },
  { text: 'fagales', note: 'The order of beeches and oaks.', source: 'https://en.wikipedia.org/wiki/Fagales' },
  { text: 'fagin', note: 'Fagin, the character in Oliver Twist.', source: 'https://en.wikipedia.org/wiki/Fagin' },
  { text: 'fagiol', note: 'Fagioli, Italian beans (pasta e fagioli).', source: 'https://en.wikipedia.org/wiki/Pasta_e_fagioli' },
  { text: 'fagott', note: 'Fagott, the bassoon in German and other languages.', source: 'https://en.wiktionary.org/wiki/Fagott' },
  { text: 'cuckold', note: 'A literary word (Shakespeare, Chaucer).', source: 'https://en.wiktionary.org/wiki/cuckold' },
  { text: 'cuckfield', note: 'Cuckfield, a town in West Sussex.', source: 'https://en.wikipedia.org/wiki/Cuckfield' },
  { text: 'cuckmere', note: 'The Cuckmere river in Sussex.', source: 'https://en.wikipedia.org/wiki/Cuckmere_River' },
  { text: 'bastard sword', note: 'A kind of longsword.', source: 'https://en.wikipedia.org/wiki/Bastard_sword' },
  { text: 'bastard feudalism', note: 'A term of medieval history.', source: 'https://en.wikipedia.org/wiki/Bastard_feudalism' },
  { text: 'bastard title', note: 'The half title of a book.', source: 'https://en.wiktionary.org/wiki/bastard_title' },
  { text: 'pin prick', note: 'A small puncture.', source: 'https://en.wiktionary.org/wiki/pinprick' },
  { text: 'pinprick', note: 'A small puncture.', source: 'https://en.wiktionary.org/wiki/pinprick' },
  { text: 'prick up', note: '"Prick up your ears".', source: 'https://en.wiktionary.org/wiki/prick_up' },
  { text: 'prick of', note: '"The prick of a needle".', source: 'https://en.wiktionary.org/wiki/prick' },
  { text: 'dickcissel', note: 'A North American songbird.', source: 'https://en.wikipedia.org/wiki/Dickcissel' },
  { text: 'assyria', note: 'Assyria and Assyrian (the package only whitelists "assa", "assi" and so on).', source: 'https://en.wikipedia.org/wiki/Assyria' },
  { text: 'assort', note: 'Assorted, assortment.', source: 'https://en.wiktionary.org/wiki/assortment' },
  { text: 'assos', note: 'Assos, an ancient Greek city.', source: 'https://en.wikipedia.org/wiki/Assos' },
  { text: 'assw', note: 'Aswan in some spellings ("Asswan").', source: 'https://en.wikipedia.org/wiki/Aswan' },
];

/**
 * Words for a dog-breeding context: when one of them is in the sentence, "bitch" is the word for a female dog.
 */
export const dogContext: readonly string[] = [
  'dog', 'dogs', 'puppy', 'puppies', 'pup', 'pups', 'litter', 'litters', 'whelp', 'whelped', 'whelping', 'breeder',
  'breeders', 'breeding', 'bred', 'kennel', 'kennels', 'sire', 'dam', 'stud', 'canine', 'canines', 'hound', 'hounds',
  'pedigree', 'terrier', 'retriever', 'spaniel', 'greyhound', 'sheepdog', 'poodle', 'collie', 'beagle', 'dachshund',
  'mastiff', 'husky', 'wolf', 'wolves', 'fox', 'vixen', 'dog show', 'crufts', 'veterinary', 'vet',
];

export interface MildProfanityEntry extends LexiconEntry {
  /** A neutral wording offered as a suggestion; '' removes the word. */
  suggest?: string;
}

/**
 * Milder swearing that chat filters leave out but an official account does not post. Words with innocent
 * senses ("hell" the place, "bloody" as in Bloody Sunday) are only listed in their swearing phrases.
 */
export const mildProfanity: readonly MildProfanityEntry[] = [
  { text: 'damn', note: 'Mild swear word ("Damn Yankees" is excepted as a title).', source: 'https://en.wiktionary.org/wiki/damn', suggest: '' },
  { text: 'dammit', note: 'Mild swear word.', source: 'https://en.wiktionary.org/wiki/dammit', suggest: '' },
  { text: 'damnit', note: 'Mild swear word.', source: 'https://en.wiktionary.org/wiki/dammit', suggest: '' },
  { text: 'goddamn', note: 'Swear word.', source: 'https://en.wiktionary.org/wiki/goddamn', suggest: '' },
  { text: 'goddamned', note: 'Swear word.', source: 'https://en.wiktionary.org/wiki/goddamn', suggest: '' },
  { text: 'goddammit', note: 'Swear word.', source: 'https://en.wiktionary.org/wiki/goddammit', suggest: '' },
  { text: 'crap', note: 'Mild vulgarity ("craps", the dice game, is a different word).', source: 'https://en.wiktionary.org/wiki/crap' },
  { text: 'crappy', note: 'Mild vulgarity.', source: 'https://en.wiktionary.org/wiki/crappy', suggest: 'poor' },
  { text: 'what the hell', note: 'Swearing ("hell" alone is a religious topic).', source: 'https://en.wiktionary.org/wiki/what_the_hell', suggest: 'what' },
  { text: 'who the hell', note: 'Swearing.', source: 'https://en.wiktionary.org/wiki/the_hell', suggest: 'who' },
  { text: 'why the hell', note: 'Swearing.', source: 'https://en.wiktionary.org/wiki/the_hell', suggest: 'why' },
  { text: 'how the hell', note: 'Swearing.', source: 'https://en.wiktionary.org/wiki/the_hell', suggest: 'how' },
  { text: 'where the hell', note: 'Swearing.', source: 'https://en.wiktionary.org/wiki/the_hell', suggest: 'where' },
  { text: 'the hell out', note: 'Swearing ("get the hell out").', source: 'https://en.wiktionary.org/wiki/the_hell', suggest: 'out' },
  { text: 'hell no', note: 'Swearing.', source: 'https://en.wiktionary.org/wiki/hell_no', suggest: 'no' },
  { text: 'hell yeah', note: 'Swearing.', source: 'https://en.wiktionary.org/wiki/hell_yeah', suggest: 'yes' },
  { text: 'go to hell', note: 'Curse at the reader.', source: 'https://en.wiktionary.org/wiki/go_to_hell' },
  { text: 'bloody hell', note: 'British swearing.', source: 'https://en.wiktionary.org/wiki/bloody_hell' },
  { text: 'screw you', note: 'Curse at the reader.', source: 'https://en.wiktionary.org/wiki/screw_you' },
  { text: 'screw this', note: 'Vulgar dismissal.', source: 'https://en.wiktionary.org/wiki/screw' },
  { text: 'screw them', note: 'Vulgar dismissal.', source: 'https://en.wiktionary.org/wiki/screw' },
  { text: 'sod off', note: 'British curse at the reader.', source: 'https://en.wiktionary.org/wiki/sod_off' },
  { text: 'bugger off', note: 'British curse at the reader.', source: 'https://en.wiktionary.org/wiki/bugger_off' },
  { text: 'effing', note: 'Euphemism for the swear word.', source: 'https://en.wiktionary.org/wiki/effing', suggest: '' },
  { text: 'wtf', note: 'Abbreviated swearing.', source: 'https://en.wiktionary.org/wiki/WTF' },
  { text: 'stfu', note: 'Abbreviated "shut up" with a swear word.', source: 'https://en.wiktionary.org/wiki/STFU' },
  { text: 'gtfo', note: 'Abbreviated "get out" with a swear word.', source: 'https://en.wiktionary.org/wiki/GTFO' },
  { text: 'ffs', note: 'Abbreviated swearing.', source: 'https://en.wiktionary.org/wiki/FFS' },
  { text: 'omfg', note: 'Abbreviated swearing.', source: 'https://en.wiktionary.org/wiki/OMFG' },
  { text: 'lmfao', note: 'Abbreviated swearing, and laughing at someone.', source: 'https://en.wiktionary.org/wiki/LMFAO' },
];
