import type { LexiconEntry } from '../types.ts';

/**
 * Name-calling and contemptuous judgements of people or their work that are not profanity (profanity comes from
 * the `obscenity` package, see profanity.ts). Words that are also ordinary topics ("clown", "loser", "garbage",
 * "nonsense", "joke", "lame") are only listed inside the constructions that make them an insult.
 */
export interface InsultEntry extends LexiconEntry {
  /** A neutral wording offered as a suggestion, when one exists. */
  suggest?: string;
}

const usage = 'common English usage';
const wikt = (word: string) => `https://en.wiktionary.org/wiki/${word}`;

export const insults: readonly InsultEntry[] = [
  // Calling people stupid.
  { text: 'idiot', note: 'Calls someone stupid.', source: wikt('idiot') },
  { text: 'idiots', note: 'Calls people stupid.', source: wikt('idiot') },
  { text: 'idiotic', note: 'Calls an idea or a person stupid.', source: wikt('idiotic') },
  { text: 'moron', note: 'Calls someone stupid.', source: wikt('moron') },
  { text: 'morons', note: 'Calls people stupid.', source: wikt('moron') },
  { text: 'moronic', note: 'Calls an idea or a person stupid.', source: wikt('moronic') },
  { text: 'imbecile', note: 'Calls someone stupid.', source: wikt('imbecile') },
  { text: 'imbeciles', note: 'Calls people stupid.', source: wikt('imbecile') },
  { text: 'cretin', note: 'Calls someone stupid ("cretinism", the medical term, is a different word).', source: wikt('cretin') },
  { text: 'cretins', note: 'Calls people stupid.', source: wikt('cretin') },
  { text: 'dimwit', note: 'Calls someone stupid.', source: wikt('dimwit') },
  { text: 'dimwits', note: 'Calls people stupid.', source: wikt('dimwit') },
  { text: 'halfwit', note: 'Calls someone stupid.', source: wikt('halfwit') },
  { text: 'halfwits', note: 'Calls people stupid.', source: wikt('halfwit') },
  { text: 'nitwit', note: 'Calls someone stupid.', source: wikt('nitwit') },
  { text: 'nitwits', note: 'Calls people stupid.', source: wikt('nitwit') },
  { text: 'numbskull', note: 'Calls someone stupid.', source: wikt('numbskull') },
  { text: 'numbskulls', note: 'Calls people stupid.', source: wikt('numbskull') },
  { text: 'bonehead', note: 'Calls someone stupid.', source: wikt('bonehead') },
  { text: 'boneheads', note: 'Calls people stupid.', source: wikt('bonehead') },
  { text: 'dunce', note: 'Calls someone stupid.', source: wikt('dunce') },
  { text: 'dumbass', note: 'Calls someone stupid (vulgar).', source: wikt('dumbass') },
  { text: 'dumbasses', note: 'Calls people stupid (vulgar).', source: wikt('dumbass') },
  { text: 'jackass', note: 'Calls someone a fool (vulgar).', source: wikt('jackass') },
  { text: 'smartass', note: 'Sneers at someone as a know-it-all (vulgar).', source: wikt('smartass') },
  { text: 'buffoon', note: 'Calls someone a fool.', source: wikt('buffoon') },
  { text: 'buffoons', note: 'Calls people fools.', source: wikt('buffoon') },
  { text: 'ignoramus', note: 'Calls someone ignorant.', source: wikt('ignoramus') },
  { text: 'ignorant', note: 'Calls someone uninformed, with contempt.', source: wikt('ignorant'), suggest: 'unaware' },
  { text: 'stupid', note: 'Calls a person or an idea stupid.', source: wikt('stupid') },
  { text: 'stupidest', note: 'Superlative insult ("the stupidest take").', source: wikt('stupid') },
  { text: 'dumbest', note: 'Superlative insult ("the dumbest thing I have read").', source: wikt('dumb') },
  { text: 'brainless', note: 'Calls someone stupid.', source: wikt('brainless') },
  { text: 'braindead', note: 'Calls someone stupid (the spaced or hyphenated "brain dead" is also a medical term, so only this spelling).', source: wikt('braindead') },
  { text: 'clueless', note: 'Calls someone ignorant, with contempt.', source: wikt('clueless'), suggest: 'unaware' },
  { text: 'pathetic', note: 'Contempt for a person or their effort.', source: wikt('pathetic'), suggest: 'disappointing' },
  { text: 'pitiful', note: 'Contempt for a person or their effort.', source: wikt('pitiful'), suggest: 'disappointing' },
  { text: 'laughable', note: 'Dismisses something as not worth taking seriously.', source: wikt('laughable'), suggest: 'unconvincing' },
  { text: 'incompetent', note: 'Calls someone unable to do their job.', source: wikt('incompetent') },
  { text: 'insufferable', note: 'Calls people unbearable to be around ("the most insufferable nerds").', source: wikt('insufferable') },
  { text: 'obnoxious', note: 'Calls people offensively unpleasant.', source: wikt('obnoxious') },
  { text: 'spineless', note: 'Calls someone a coward.', source: wikt('spineless') },
  { text: 'gutless', note: 'Calls someone a coward.', source: wikt('gutless') },
  { text: 'know-it-all', note: 'Sneers at someone as conceited about what they know.', source: wikt('know-it-all') },
  { text: 'know-it-alls', note: 'Sneers at people as conceited about what they know.', source: wikt('know-it-all') },
  { text: 'pea-brained', note: 'Calls someone stupid.', source: wikt('pea-brained') },
  { text: 'dim-witted', note: 'Calls someone stupid.', source: wikt('dim-witted') },
  { text: 'dimwitted', note: 'Calls someone stupid.', source: wikt('dim-witted') },
  // Treating the other person as a child ("written mid-tantrum by a toddler"). Tantrums and toddlers are also
  // topics (child development articles), so only the forms aimed at someone.
  { text: 'mid-tantrum', note: 'Calls the other person\'s complaint a child\'s fit.', source: wikt('tantrum') },
  { text: 'your tantrum', note: 'Calls the other person\'s complaint a child\'s fit.', source: wikt('tantrum') },
  { text: 'your tantrums', note: 'As "your tantrum".', source: wikt('tantrum') },
  { text: 'this tantrum', note: 'As "your tantrum".', source: wikt('tantrum') },
  { text: 'stop throwing tantrums', note: 'As "your tantrum".', source: wikt('tantrum') },
  { text: 'stop throwing a tantrum', note: 'As "your tantrum".', source: wikt('tantrum') },
  { text: 'written by a toddler', note: 'Belittles someone\'s writing ("made by a toddler" at a family workshop is sincere).', source: usage },
  { text: 'typed by a toddler', note: 'Belittles someone\'s writing.', source: usage },
  ...['acting like a toddler', 'behaving like a toddler', 'acting like toddlers', 'behaving like toddlers', 'acting like a child', 'behaving like a child', 'acting like children', 'behaving like children'].map((text) => ({
    text,
    note: 'Belittles someone\'s conduct as childish ("learn like a child" is praise, so only with acting or behaving).',
    source: usage,
  })),
  { text: 'crybaby', note: 'Calls someone childish.', source: wikt('crybaby') },
  { text: 'crybabies', note: 'Calls people childish.', source: wikt('crybaby') },
  { text: 'delusional', note: 'Calls someone out of touch with reality.', source: wikt('delusional'), suggest: 'mistaken' },
  { text: 'scumbag', note: 'Calls someone despicable.', source: wikt('scumbag') },
  { text: 'scumbags', note: 'Calls people despicable.', source: wikt('scumbag') },
  { text: 'lowlife', note: 'Calls someone despicable.', source: wikt('lowlife') },
  { text: 'lowlifes', note: 'Calls people despicable.', source: wikt('lowlife') },
  { text: 'douche', note: 'Vulgar insult (the word also names a hygiene product, which official posts do not discuss).', source: wikt('douche') },
  { text: 'douchebag', note: 'Vulgar insult.', source: wikt('douchebag') },
  { text: 'douchebags', note: 'Vulgar insult.', source: wikt('douchebag') },
  { text: 'dipstick', note: 'Calls someone stupid (also an oil gauge, but rare in official posts).', source: wikt('dipstick') },
  { text: 'smooth brain', note: 'Calls someone stupid (internet slang).', source: wikt('smooth-brained') },
  { text: 'smooth-brained', note: 'Calls someone stupid (internet slang).', source: wikt('smooth-brained') },
  { text: 'two brain cells', note: '"Has two brain cells": calls someone stupid.', source: usage },
  { text: 'zero brain cells', note: 'Calls someone stupid.', source: usage },
  { text: 'village idiot', note: 'Calls someone the local fool.', source: wikt('village_idiot') },
  { text: 'useful idiot', note: 'Political insult for someone manipulated by others.', source: wikt('useful_idiot') },
  // "dumb" is also "unable to speak" in older usage and "Dumb and Dumber" is a title: only its insulting uses.
  { text: 'so dumb', note: 'Calls something or someone stupid.', source: wikt('dumb') },
  { text: 'how dumb', note: 'Calls something or someone stupid.', source: wikt('dumb') },
  { text: 'too dumb', note: 'Calls someone stupid.', source: wikt('dumb') },
  { text: 'is dumb', note: 'Calls something or someone stupid.', source: wikt('dumb') },
  { text: 'are dumb', note: 'Calls people stupid.', source: wikt('dumb') },
  { text: "that's dumb", note: 'Calls an idea stupid.', source: wikt('dumb') },
  { text: 'dumb question', note: 'Belittles a question.', source: wikt('dumb') },
  { text: 'dumb questions', note: 'Belittles questions ("there are no dumb questions" is excepted).', source: wikt('dumb') },
  { text: 'dumb take', note: 'Belittles an opinion.', source: wikt('dumb') },
  { text: 'are you dumb', note: 'Asks whether someone is stupid.', source: wikt('dumb') },
  // "Clown" and "loser" are topics too (circus, elections): only as names for people.
  { text: 'you clown', note: 'Calls someone a clown.', source: wikt('clown') },
  { text: 'you clowns', note: 'Calls people clowns.', source: wikt('clown') },
  { text: 'what a clown', note: 'Calls someone a clown.', source: wikt('clown') },
  { text: 'bunch of clowns', note: 'Calls people clowns.', source: wikt('clown') },
  { text: 'clown show', note: 'Calls an organisation or event ridiculous.', source: wikt('clown_show') },
  { text: 'clown behavior', note: 'Calls conduct ridiculous.', source: wikt('clown') },
  { text: 'clown behaviour', note: 'Calls conduct ridiculous.', source: wikt('clown') },
  { text: 'you loser', note: 'Calls someone a loser.', source: wikt('loser') },
  { text: 'what a loser', note: 'Calls someone a loser.', source: wikt('loser') },
  { text: 'such a loser', note: 'Calls someone a loser.', source: wikt('loser') },
  { text: 'total loser', note: 'Calls someone a loser.', source: wikt('loser') },
  { text: 'total losers', note: 'Calls people losers.', source: wikt('loser') },
  { text: 'bunch of losers', note: 'Calls people losers.', source: wikt('loser') },
  { text: 'sore loser', note: 'Sneers at someone who lost.', source: wikt('sore_loser') },
  { text: 'sore losers', note: 'Sneers at people who lost.', source: wikt('sore_loser') },
  { text: 'you fool', note: 'Calls someone a fool ("fool" alone is April Fools\' Day and tarot).', source: wikt('fool') },
  { text: 'you fools', note: 'Calls people fools.', source: wikt('fool') },
  { text: 'what a fool', note: 'Calls someone a fool.', source: wikt('fool') },
  { text: 'bunch of fools', note: 'Calls people fools.', source: wikt('fool') },
  { text: 'what a joke', note: 'Dismisses something as ridiculous ("joke" alone is a topic).', source: wikt('joke') },
  { text: "you're a joke", note: 'Dismisses someone as ridiculous.', source: wikt('joke') },
  { text: 'you are a joke', note: 'Dismisses someone as ridiculous.', source: wikt('joke') },
  { text: 'such a joke', note: 'Dismisses something as ridiculous.', source: wikt('joke') },
  { text: 'total joke', note: 'Dismisses something as ridiculous.', source: wikt('joke') },
  { text: 'absolute joke', note: 'Dismisses something as ridiculous.', source: wikt('joke') },
  { text: 'complete joke', note: 'Dismisses something as ridiculous.', source: wikt('joke') },
  { text: 'joke of an', note: '"A joke of an article": dismisses something as ridiculous.', source: wikt('joke') },
  { text: 'joke of a', note: '"A joke of a source": dismisses something as ridiculous.', source: wikt('joke') },
  // Dismissing someone's work as worthless. "Garbage", "trash" and "nonsense" alone are topics (garbage
  // collection, Nonsense verse), so only with the intensifier that makes them a judgement.
  { text: 'absolute garbage', note: 'Dismisses work as worthless.', source: usage, suggest: 'not accurate' },
  { text: 'absolute trash', note: 'Dismisses work as worthless.', source: usage, suggest: 'not accurate' },
  { text: 'absolute nonsense', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'absolute rubbish', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'utter garbage', note: 'Dismisses work as worthless.', source: usage, suggest: 'not accurate' },
  { text: 'utter nonsense', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'utter rubbish', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'complete nonsense', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'complete garbage', note: 'Dismisses work as worthless.', source: usage, suggest: 'not accurate' },
  { text: 'complete rubbish', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'total nonsense', note: 'Dismisses a claim with contempt.', source: usage, suggest: 'not accurate' },
  { text: 'total garbage', note: 'Dismisses work as worthless.', source: usage, suggest: 'not accurate' },
  { text: 'total trash', note: 'Dismisses work as worthless.', source: usage, suggest: 'not accurate' },
  { text: 'hot garbage', note: 'Dismisses work as worthless (slang).', source: usage, suggest: 'not accurate' },
  { text: 'garbage take', note: 'Dismisses an opinion as worthless.', source: usage },
  { text: 'trash take', note: 'Dismisses an opinion as worthless.', source: usage },
  { text: 'worst take', note: 'Dismisses an opinion with contempt.', source: usage },
  { text: 'so lame', note: 'Dismisses something with contempt ("lame duck" is a political term).', source: wikt('lame') },
  { text: 'how lame', note: 'Dismisses something with contempt.', source: wikt('lame') },
  { text: 'lame excuse', note: 'Dismisses an explanation with contempt.', source: wikt('lame') },
  { text: 'that\'s ridiculous', note: 'Dismisses a statement with contempt.', source: wikt('ridiculous') },
  { text: 'this is ridiculous', note: 'Dismisses a statement with contempt.', source: wikt('ridiculous') },
  { text: 'how ridiculous', note: 'Dismisses a statement with contempt.', source: wikt('ridiculous') },
  { text: 'you suck', note: 'Insults the reader.', source: wikt('suck') },
  { text: 'you all suck', note: 'Insults the readers.', source: wikt('suck') },
  { text: 'this sucks', note: 'Contemptuous slang.', source: wikt('suck'), suggest: 'this is disappointing' },
  { text: 'that sucks', note: 'Contemptuous slang.', source: wikt('suck'), suggest: "that's disappointing" },
  // "Muppet" is British slang for a fool, but also the puppets' name ("The Muppets"), so only with a word that
  // makes it name-calling.
  ...['absolute', 'complete', 'total', 'utter', 'you', 'bunch of', 'such a', 'what a'].flatMap((lead) =>
    ['muppet', 'muppets'].filter((n) => !(n === 'muppets' && /^(?:such a|what a)$/.test(lead))).map((n) => ({
      text: `${lead} ${n}`,
      note: 'Calls someone a fool (British slang).',
      source: wikt('muppet'),
    })),
  ),
  // "Waste of space" is also said of storage, so only to the reader; the others are only ever said of people.
  ...['waste of oxygen', 'waste of skin', 'waste of carbon', 'you are a waste of space', "you're a waste of space"].map(
    (text) => ({ text, note: 'Says a person should not exist.', source: wikt('waste_of_space') }),
  ),
  // "Brain-dead" alone is a medical state ("declared brain-dead"), so only before what an insult targets.
  ...['brain-dead', 'brain dead'].flatMap((word) =>
    ['idea', 'ideas', 'take', 'takes', 'plan', 'policy', 'argument', 'comment', 'comments', 'reply', 'replies', 'opinion'].map((noun) => ({
      text: `${word} ${noun}`,
      note: 'Calls an idea stupid.',
      source: wikt('braindead'),
    })),
  ),
  { text: 'levels of delusion', note: 'Calls someone out of touch with reality.', source: wikt('delusion') },
  { text: 'level of delusion', note: 'Calls someone out of touch with reality.', source: wikt('delusion') },
  { text: 'zero clue', note: '"Zero clue how sources work": calls someone ignorant, with contempt.', source: usage },
];

/**
 * Phrases that contain a listed insult but name a thing, a term of art or a kind reassurance. A finding
 * inside one of these is dropped.
 */
export const insultExceptions: readonly LexiconEntry[] = [
  { text: 'idiot box', note: 'Nickname for television, with its own Wikipedia article; it names the set, not a person.', source: 'https://en.wikipedia.org/wiki/Idiot_box' },
  { text: 'idiot boxes', note: 'Plural of the television nickname.', source: 'https://en.wikipedia.org/wiki/Idiot_box' },
  { text: 'idiot board', note: 'A cue card for presenters.', source: wikt('idiot_board') },
  { text: 'idiot card', note: 'A cue card for presenters.', source: wikt('idiot_card') },
  { text: 'idiot light', note: 'A car dashboard warning lamp.', source: wikt('idiot_light') },
  { text: 'idiot lights', note: 'Car dashboard warning lamps.', source: wikt('idiot_light') },
  { text: 'idiot mittens', note: 'Mittens joined by a string.', source: wikt('idiot_mittens') },
  { text: 'idiot savant', note: 'Historical name of savant syndrome, discussed in articles about it.', source: 'https://en.wikipedia.org/wiki/Savant_syndrome' },
  { text: 'idiot savants', note: 'Plural of the historical term.', source: 'https://en.wikipedia.org/wiki/Savant_syndrome' },
  { text: 'pathetic fallacy', note: 'A literary term (attributing feelings to nature).', source: 'https://en.wikipedia.org/wiki/Pathetic_fallacy' },
  { text: 'no stupid questions', note: '"There are no stupid questions": reassurance, the opposite of an insult.', source: usage },
  { text: 'no dumb questions', note: '"There are no dumb questions": reassurance.', source: usage },
  { text: 'not a stupid question', note: 'Reassurance.', source: usage },
  { text: 'not a dumb question', note: 'Reassurance.', source: usage },
  { text: 'never a stupid question', note: 'Reassurance.', source: usage },
  { text: 'never a dumb question', note: 'Reassurance.', source: usage },
  // "Stop wasting our time on manual tagging" is about a chore, not a person.
  { text: 'stop wasting our time on', note: 'About a chore, not a person.', source: usage },
  { text: 'stop wasting our time with', note: 'About a chore, not a person.', source: usage },
  { text: 'ignorant of', note: '"Ignorant of the law" describes not knowing something, without contempt.', source: wikt('ignorant') },
];

/** Emoji that insult or curse at the reader. */
export const contemptEmoji: readonly InsultEntry[] = [
  { text: '🤡', note: 'Clown face (U+1F921): calls the other person a clown.', source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f921' },
  { text: '🖕', note: 'Middle finger (U+1F595): an obscene gesture.', source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f595' },
  { text: '🤬', note: 'Face with symbols on mouth (U+1F92C): stands for swearing.', source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f92c' },
];
