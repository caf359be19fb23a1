import type { LexiconEntry } from '../types.ts';

export type ContemptKind =
  /** Dismisses or silences the other person ("nobody cares", "shut up"). */
  | 'contempt'
  /** Ridicules the other person ("cry more", "ok boomer", "imagine thinking"). */
  | 'mocking';

export type ContemptPosition =
  /** Counts wherever it appears. */
  | 'anywhere'
  /**
   * Only counts as a command to the reader: at the start of the sentence, after nothing but handles, emoji
   * and lead-ins ("just", "lol", "you should", "maybe"). "Kids learn to read with Wikipedia" and "children
   * grow up online" stay quiet; "Learn to read." and "@bob just grow up" don't.
   */
  | 'imperative'
  /**
   * A retort: an imperative that also ends its clause, with nothing but punctuation, emoji, handles or a
   * comma after it. "Get lost." and "Grow up, @bob" count; "Get lost in Wikipedia's rabbit holes" and
   * "Grow up with Wikipedia" don't.
   */
  | 'retort';

export interface ContemptEntry extends LexiconEntry {
  kind: ContemptKind;
  position: ContemptPosition;
  /** How many leading words to underline, when the rest of the phrase only tells the construction apart. */
  flagWords?: number;
}

const usage = 'common English usage';
const wikt = (word: string) => `https://en.wiktionary.org/wiki/${word}`;

export const contemptPhrases: readonly ContemptEntry[] = [
  // Telling people their view doesn't matter.
  { text: 'nobody cares', kind: 'contempt', position: 'anywhere', note: 'Dismisses what the other person said.', source: wikt('nobody_cares') },
  { text: 'no one cares', kind: 'contempt', position: 'anywhere', note: 'Dismisses what the other person said.', source: wikt('nobody_cares') },
  { text: 'no one asked', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as unwanted.', source: usage },
  { text: 'nobody asked', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as unwanted.', source: usage },
  { text: 'who asked', kind: 'contempt', position: 'retort', note: '"Who asked?": dismisses an opinion as unwanted.', source: usage },
  { text: 'didn\'t ask', kind: 'contempt', position: 'anywhere', note: '"Didn\'t ask": dismisses an opinion as unwanted.', source: usage },
  { text: 'not our problem', kind: 'contempt', position: 'anywhere', note: 'Refuses someone\'s concern with contempt.', source: usage },
  { text: 'not my problem', kind: 'contempt', position: 'anywhere', note: 'Refuses someone\'s concern with contempt.', source: usage },
  { text: "that's your problem", kind: 'contempt', position: 'anywhere', note: 'Refuses someone\'s concern with contempt.', source: usage },
  { text: 'a you problem', kind: 'contempt', position: 'anywhere', note: '"Sounds like a you problem": refuses someone\'s concern with contempt.', source: usage },
  { text: 'deal with it', kind: 'contempt', position: 'retort', note: 'Dismisses a complaint.', source: wikt('deal_with_it') },
  { text: 'get over it', kind: 'contempt', position: 'retort', note: 'Dismisses a complaint.', source: wikt('get_over_it') },
  // Silencing or sending away.
  { text: 'shut up', kind: 'contempt', position: 'anywhere', note: 'Tells the other person to be quiet.', source: wikt('shut_up') },
  { text: 'shut your mouth', kind: 'contempt', position: 'anywhere', note: 'Tells the other person to be quiet.', source: usage },
  { text: 'go away', kind: 'contempt', position: 'retort', note: 'Sends the other person away ("the problem won\'t go away" is not a command).', source: usage },
  { text: 'get lost', kind: 'contempt', position: 'retort', note: 'Sends the other person away ("get lost in Wikipedia" is excepted by position).', source: wikt('get_lost') },
  { text: 'bite me', kind: 'contempt', position: 'anywhere', note: 'Rude dismissal.', source: wikt('bite_me') },
  { text: 'talk to the hand', kind: 'contempt', position: 'anywhere', note: 'Rude dismissal.', source: wikt('talk_to_the_hand') },
  { text: 'drop dead', kind: 'contempt', position: 'retort', note: 'Wishes the other person dead.', source: wikt('drop_dead') },
  { text: 'go die', kind: 'contempt', position: 'anywhere', note: 'Wishes the other person dead.', source: usage },
  { text: 'kys', kind: 'contempt', position: 'anywhere', note: '"Kill yourself": abuse.', source: wikt('kys') },
  // Condescending commands.
  { text: 'learn to read', kind: 'contempt', position: 'retort', note: 'Tells the other person they can\'t read ("kids learn to read" and "learn to read maps" are not retorts).', source: usage },
  { text: 'learn how to read', kind: 'contempt', position: 'retort', note: 'Tells the other person they can\'t read.', source: usage },
  { text: 'learn to read before', kind: 'contempt', position: 'imperative', flagWords: 3, note: '"Learn to read before you comment".', source: usage },
  { text: 'learn to read first', kind: 'contempt', position: 'imperative', flagWords: 3, note: 'Tells the other person they can\'t read.', source: usage },
  { text: 'learn to read the article', kind: 'contempt', position: 'imperative', flagWords: 3, note: 'Tells the other person they can\'t read.', source: usage },
  { text: 'learn to read properly', kind: 'contempt', position: 'imperative', flagWords: 3, note: 'Tells the other person they can\'t read.', source: usage },
  { text: 'learn to google', kind: 'contempt', position: 'anywhere', note: 'Tells the other person they are lazy.', source: usage },
  { text: 'just google it', kind: 'contempt', position: 'anywhere', note: 'Tells the other person they are lazy.', source: usage },
  { text: 'google it yourself', kind: 'contempt', position: 'anywhere', note: 'Tells the other person they are lazy.', source: usage },
  { text: 'lmgtfy', kind: 'contempt', position: 'anywhere', note: '"Let me google that for you": mocks a question.', source: wikt('LMGTFY') },
  { text: 'get a life', kind: 'contempt', position: 'retort', note: 'Belittles the other person.', source: wikt('get_a_life') },
  { text: 'get a job', kind: 'contempt', position: 'retort', note: 'Belittles the other person as idle ("how to get a job in tech" is not a retort).', source: usage },
  { text: 'who raised you', kind: 'contempt', position: 'anywhere', note: 'Insults the other person\'s upbringing.', source: usage },
  { text: 'sit down', kind: 'contempt', position: 'retort', note: '"Sit down." tells the other person to be quiet ("sit down with our team" is not a retort).', source: usage },
  { text: 'give it a rest', kind: 'contempt', position: 'retort', note: 'Tells the other person to stop complaining.', source: wikt('give_it_a_rest') },
  { text: 'calm down', kind: 'contempt', position: 'retort', note: '"Calm down." talks down to the other person ("prices calm down" is not a command).', source: usage },
  { text: "when you've calmed down", kind: 'contempt', position: 'anywhere', note: '"Try again when you\'ve calmed down": talks down to the other person.', source: usage },
  { text: 'when you have calmed down', kind: 'contempt', position: 'anywhere', note: 'As "when you\'ve calmed down".', source: usage },
  { text: "once you've calmed down", kind: 'contempt', position: 'anywhere', note: 'As "when you\'ve calmed down".', source: usage },
  { text: 'use your brain', kind: 'contempt', position: 'imperative', note: 'Tells the other person they don\'t think ("how do you use your brain when …" is a question, so only as a command).', source: usage },
  { text: 'use your brains', kind: 'contempt', position: 'imperative', note: 'Tells people they don\'t think.', source: usage },
  { text: 'engage your brain', kind: 'contempt', position: 'imperative', note: 'Tells the other person they don\'t think.', source: usage },
  { text: 'use your head', kind: 'contempt', position: 'retort', note: 'Tells the other person they don\'t think.', source: usage },
  { text: 'the audacity', kind: 'mocking', position: 'retort', note: '"The audacity." sneers at someone ("The Audacity of Hope" is a title).', source: usage },
  { text: 'get a clue', kind: 'contempt', position: 'retort', note: 'Calls the other person ignorant.', source: wikt('get_a_clue') },
  { text: 'get a grip', kind: 'contempt', position: 'retort', note: 'Tells the other person they are hysterical.', source: wikt('get_a_grip') },
  { text: 'grow up', kind: 'contempt', position: 'retort', note: 'Calls the other person childish ("children grow up" is excepted by position).', source: wikt('grow_up') },
  { text: 'grow a brain', kind: 'contempt', position: 'anywhere', note: 'Calls the other person stupid.', source: usage },
  { text: 'go educate yourself', kind: 'contempt', position: 'anywhere', note: 'Condescending dismissal.', source: usage },
  { text: 'what is wrong with you', kind: 'contempt', position: 'anywhere', note: 'Insults the other person\'s judgement.', source: usage },
  { text: "what's wrong with you", kind: 'contempt', position: 'anywhere', note: 'Insults the other person\'s judgement.', source: usage },
  { text: 'what is your problem', kind: 'contempt', position: 'anywhere', note: 'Hostile question.', source: usage },
  { text: "what's your problem", kind: 'contempt', position: 'anywhere', note: 'Hostile question.', source: usage },
  { text: 'can you even read', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person\'s reading.', source: usage },
  { text: 'reading is hard', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person\'s reading.', source: usage },
  { text: 'reading comprehension is hard', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person\'s reading.', source: usage },
  { text: 'work on your reading comprehension', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person\'s reading.', source: usage },
  // Scorn for a person or their work.
  { text: 'is a disgrace', kind: 'contempt', position: 'anywhere', note: 'Condemns a person or body with contempt ("fell into disgrace" is history, not a judgement).', source: wikt('disgrace') },
  { text: 'are a disgrace', kind: 'contempt', position: 'anywhere', note: 'Condemns people with contempt.', source: wikt('disgrace') },
  { text: 'a disgrace to', kind: 'contempt', position: 'anywhere', note: 'Condemns a person with contempt.', source: wikt('disgrace') },
  { text: 'disgraceful', kind: 'contempt', position: 'anywhere', note: 'Condemns conduct with contempt.', source: wikt('disgraceful') },
  { text: 'an embarrassment to', kind: 'contempt', position: 'anywhere', note: 'Condemns a person with contempt.', source: wikt('embarrassment') },
  { text: 'your so-called', kind: 'contempt', position: 'anywhere', note: 'Sneers at the other person\'s claim to a title ("the so-called Dark Ages" is a neutral term).', source: wikt('so-called') },
  { text: 'spare us the', kind: 'contempt', position: 'anywhere', note: '"Spare us the lecture": dismisses what the other person said.', source: usage },
  { text: 'spare me the', kind: 'contempt', position: 'anywhere', note: '"Spare me the outrage": dismisses what the other person said.', source: usage },
  { text: 'bad-faith take', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as dishonest.', source: usage },
  { text: 'bad faith take', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as dishonest.', source: usage },
  { text: 'basement-dwelling', kind: 'contempt', position: 'anywhere', note: 'Stereotype used to belittle people who spend time online.', source: wikt('basement_dweller') },
  { text: 'basement dwelling', kind: 'contempt', position: 'anywhere', note: 'Stereotype used to belittle people who spend time online.', source: wikt('basement_dweller') },
  { text: 'basement dweller', kind: 'contempt', position: 'anywhere', note: 'Stereotype used to belittle people who spend time online.', source: wikt('basement_dweller') },
  { text: 'basement dwellers', kind: 'contempt', position: 'anywhere', note: 'Stereotype used to belittle people who spend time online.', source: wikt('basement_dweller') },
  { text: 'like anybody asked', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as unwanted.', source: usage },
  { text: 'like anyone asked', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as unwanted.', source: usage },
  { text: 'as if anybody asked', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as unwanted.', source: usage },
  { text: 'as if anyone asked', kind: 'contempt', position: 'anywhere', note: 'Dismisses an opinion as unwanted.', source: usage },
  { text: 'stop tagging us', kind: 'contempt', position: 'anywhere', note: 'Curtly tells the other person to go away.', source: usage },
  { text: 'are you happy now', kind: 'contempt', position: 'anywhere', note: 'Resentful jab at the other person.', source: usage },
  { text: 'happy now', kind: 'contempt', position: 'retort', note: '"Happy now?": resentful jab at the other person.', source: usage },
  { text: "we'll wait", kind: 'contempt', position: 'retort', note: '"We\'ll wait.": taunts the other person to back a claim ("we\'ll wait for the results" is not a retort).', source: usage },
  { text: "I'll wait", kind: 'contempt', position: 'retort', note: '"I\'ll wait.": taunts the other person to back a claim.', source: usage },
  { text: 'enough', kind: 'contempt', position: 'retort', note: '"Enough." on its own cuts the other person off ("enough for today" is not a retort).', source: usage },
  { text: 'read a book', kind: 'contempt', position: 'retort', note: '"Read a book.": calls the other person ignorant ("read a book this summer" is not a retort).', source: usage },
  { text: 'open a book', kind: 'contempt', position: 'retort', note: 'Calls the other person ignorant.', source: usage },
  { text: 'try harder', kind: 'mocking', position: 'retort', note: '"Try harder." taunts the other person.', source: usage },
  { text: 'another genius who', kind: 'mocking', position: 'anywhere', note: 'Sarcastic "genius" for someone the writer thinks is stupid ("another genius invention" is sincere).', source: wikt('genius') },
  { text: 'some genius who', kind: 'mocking', position: 'anywhere', note: 'Sarcastic "genius" for someone the writer thinks is stupid.', source: wikt('genius') },
  { text: "you're embarrassing yourself", kind: 'contempt', position: 'anywhere', note: 'Tells the other person they look foolish.', source: usage },
  { text: 'you are embarrassing yourself', kind: 'contempt', position: 'anywhere', note: 'Tells the other person they look foolish.', source: usage },
  { text: 'stop embarrassing yourself', kind: 'contempt', position: 'anywhere', note: 'Tells the other person they look foolish.', source: usage },
  { text: 'only embarrassing yourself', kind: 'contempt', position: 'anywhere', note: 'Tells the other person they look foolish.', source: usage },
  // Ridicule.
  { text: 'cry more', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for complaining.', source: wikt('cry_more') },
  { text: 'cry harder', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for complaining.', source: usage },
  { text: 'cry about it', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for complaining.', source: usage },
  { text: 'keep crying', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for complaining.', source: usage },
  { text: 'go cry', kind: 'mocking', position: 'retort', note: 'Mocks the other person for complaining.', source: usage },
  { text: 'boo hoo', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for complaining.', source: wikt('boo_hoo') },
  { text: 'cope harder', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for being upset.', source: wikt('cope') },
  { text: 'cope and seethe', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for being upset.', source: wikt('cope') },
  { text: 'cope', kind: 'mocking', position: 'retort', note: '"Cope." as a one-word reply mocks the other person ("we cope with" is excepted by position).', source: wikt('cope') },
  { text: 'seethe', kind: 'mocking', position: 'retort', note: 'Mocks the other person for being angry.', source: wikt('seethe') },
  { text: 'stay mad', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for being angry.', source: wikt('stay_mad') },
  { text: 'stay pressed', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person for being upset.', source: usage },
  { text: 'touch grass', kind: 'mocking', position: 'retort', note: 'Tells the other person they are too online.', source: wikt('touch_grass') },
  { text: 'ok boomer', kind: 'mocking', position: 'anywhere', note: 'Dismisses the other person as old and out of touch.', source: 'https://en.wikipedia.org/wiki/OK_boomer' },
  { text: 'okay boomer', kind: 'mocking', position: 'anywhere', note: 'Dismisses the other person as old and out of touch.', source: 'https://en.wikipedia.org/wiki/OK_boomer' },
  { text: 'skill issue', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person as incompetent.', source: wikt('skill_issue') },
  { text: 'L + ratio', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person\'s post as a loss.', source: wikt('ratio') },
  { text: 'ratio + L', kind: 'mocking', position: 'anywhere', note: 'Mocks the other person\'s post as a loss.', source: wikt('ratio') },
  { text: 'get rekt', kind: 'mocking', position: 'anywhere', note: 'Gloats over the other person.', source: wikt('rekt') },
  { text: 'cry me a river', kind: 'mocking', position: 'imperative', note: 'Mocks a complaint (the song title is excepted as a title).', source: wikt('cry_me_a_river') },
  { text: 'sucks to be you', kind: 'mocking', position: 'anywhere', note: 'Gloats over the other person.', source: usage },
  { text: 'bless your heart', kind: 'mocking', position: 'anywhere', note: 'Southern US put-down that pities the other person.', source: wikt('bless_your_heart') },
  { text: "ratio'd", kind: 'mocking', position: 'anywhere', note: 'Gloats that the other person\'s post was outnumbered by replies.', source: wikt('ratio') },
  { text: 'ratioed', kind: 'mocking', position: 'anywhere', note: 'As "ratio\'d".', source: wikt('ratio') },
  { text: 'get a hobby', kind: 'contempt', position: 'retort', note: 'Belittles the other person as idle (as "get a life").', source: usage },
  // "We'll sit this one out" is the writer's own choice: only as advice to the other person.
  ...['maybe sit this one out', 'just sit this one out', 'you should sit this one out', 'please sit this one out'].map((text) => ({
    text, kind: 'contempt' as const, position: 'anywhere' as const, note: 'Tells the other person to stay out of the conversation.', source: usage,
  })),
  { text: 'stop wasting our time', kind: 'contempt', position: 'anywhere', note: 'Dismisses the other person as a nuisance.', source: usage },
  { text: 'stop wasting my time', kind: 'contempt', position: 'anywhere', note: 'Dismisses the other person as a nuisance.', source: usage },
  { text: 'slowly this time', kind: 'mocking', position: 'anywhere', note: '"Read it again, slowly this time": talks down to the reader.', source: usage },
];
