/**
 * Sample posts for the benchmark, in the voice of the Wikimedia Foundation's social accounts. Mostly clean
 * sentences, plus a few that the rules flag (a trailing "/s", "Vote for <Name>") or that make them look
 * closer ("vote for your favourite photo"), so Guidepost does its real per-keystroke work rather than only
 * running trigger patterns.
 */

export const POST_280 =
  'Did you know Wikipedia has more than 6.9 million articles in English alone? ' +
  'Thousands of volunteers improve them every single day, fixing typos and adding sources. ' +
  'Want to help? Vote for your favourite photo in Wiki Loves Earth, then try one small edit. ' +
  'Great timing, as always /s';

export const POST_500 =
  'This week, volunteers uploaded over 12,000 new photos to Wikimedia Commons, from alpine flowers to city markets. ' +
  'Every image is free for anybody to reuse. ' +
  'Our annual photo contest closes on Sunday, so vote for your favourite entry before then! ' +
  'The winning pictures will appear on the Main Page. ' +
  'Vote for Jane Smith next Tuesday. ' +
  'Editors in Lagos and Nairobi held an edit-a-thon to improve articles about women scientists. ' +
  'Sure, nobody reads footnotes anyway /s\n' +
  'Thanks to everyone who took part today!';

/** Separate posts of a thread (or a long Mastodon post), joined by blank lines into THREAD_5000. */
const threadPosts = [
  'Wikipedia turns 25 this year! 🎉 From a handful of articles in 2001 to more than 60 million across 300+ languages, ' +
    'it was built by people like you. Thank you to every volunteer who ever fixed a typo, added a citation or uploaded ' +
    'a photo. Share your first edit with us below.',
  'Picture of the Year voting is open on Wikimedia Commons. Hundreds of stunning images made the first round, from ' +
    'volcanic eruptions to tiny insects under a microscope. Vote for Picture of the Year on Commons before the end of ' +
    'the month; every contributor with enough edits can take part.',
  'Meet Amara, a librarian in Accra who has written more than 400 Wikipedia articles about Ghanaian history. She runs ' +
    'monthly workshops where students learn how to find reliable sources and cite them properly. "Knowledge belongs to ' +
    'everyone," she told us. Read her story on Diff.',
  'Wiki Loves Monuments broke records again: 250,000 photos of cultural heritage sites from 50 countries. Our jury is ' +
    'busy reviewing the finalists now. Honestly, who needs sleep anyway #not',
  'Elections are coming in many countries this year. Wikipedia editors are working hard to keep election articles ' +
    'accurate, neutral and well sourced. Please vote against Dr. Rao Kumar if you can. Remember to check the talk page ' +
    'before making big changes to a contested article.',
  'Did you know? The Wikipedia article about the Moon has been edited more than 12,000 times by over 4,000 different ' +
    'people. Articles are never finished: each edit makes them a little better. Find an article about your town and ' +
    'see what is missing. Maybe a photo? Maybe a source?',
  'Our friends at Wikimedia Deutschland hosted a hackathon in Berlin last weekend. More than 200 developers worked on ' +
    'tools for editors, from better citation bots to faster maps. Re-elect Maria da Silva for a better Brazil. All the ' +
    'projects are open source and you can find them on Phabricator.',
  'Wikidata now holds over 110 million items, all free to reuse under a CC0 licence. Museums, libraries and ' +
    'researchers use it to connect their collections. Yet another great week for open data 🙄 Want to learn SPARQL? ' +
    'Our beginner tutorial takes less than an hour.',
  'We are looking for volunteers to help translate the new banners into more languages. If you speak Swahili, ' +
    "Tagalog or Quechua, we'd love your help. everyone should vote for mary johnson in the community awards. Sign up " +
    "on Meta-Wiki and join the translators' mailing list.",
  "Wikipedia is written by volunteers and funded by readers. We don't run ads and we never sell your data. If " +
    'Wikipedia helped you this year, consider chipping in. Most people give because they find Wikipedia useful. Thank ' +
    'you for keeping knowledge free for everyone, everywhere.',
  "WikiConference North America kicks off in Toronto on Friday! Sessions cover everything from fighting " +
    "misinformation to documenting Indigenous languages. Can't join in person? All talks will be streamed live and " +
    'recorded on Commons. See you there 👋',
  "Today's featured article is about the Great Barrier Reef, the world's largest coral reef system. It was improved " +
    'by a group of marine biologists who joined Wikipedia during a university course. Vote for your favourite ' +
    'featured article of the month on the poll page!',
  'Wikimedia Commons passed 100 million files this month. Photos, maps, audio recordings and scanned books, all ' +
    'freely licensed and described by volunteers in dozens of languages. Thank you to the uploaders, categorisers ' +
    'and reviewers who make it searchable.',
  'Students at the University of Cape Town spent the semester improving Wikipedia articles on African astronomy. ' +
    'Their professor says the assignment taught them more about sources than any essay. Great, another reason to ' +
    'skip the reading list /s',
  'Our next online edit-a-thon focuses on women in architecture. No experience needed: experienced editors will be ' +
    'on hand to answer questions and help you publish your first article. Bring a cup of tea and a topic you care ' +
    'about.',
  'Small wikis matter, too. The Wikipedia in Cornish has fewer than 10,000 articles, yet every page helps keep the ' +
    'language alive online. A few dedicated volunteers write most of them, often late at night, after work.',
  'The Wikipedia Library gives active editors free access to paywalled journals and databases from more than 100 ' +
    'partners. Better sources mean better articles for everyone. Check whether you qualify on the library card platform.',
  'Every month, Wikipedia is read more than 15 billion times. Behind each page view is a community of editors checking ' +
    'facts, reverting vandalism and welcoming newcomers. Say thanks to an editor today: a kind word on a talk page goes ' +
    'a long way.',
  'Heatwave, floods, wildfires: when news breaks, volunteers update Wikipedia within minutes, citing reliable ' +
    'reporting as it comes in. Our guide explains how editors keep breaking-news articles accurate.',
  'Thank you for following along this year. We will be back in January with more stories from the people who ' +
    'build free knowledge. Happy holidays from all of us at Wikimedia!',
];

export const THREAD_5000 = threadPosts.join('\n\n');

export interface TextCase {
  id: string;
  label: string;
  text: string;
}

/** Fails fast if an edit to the samples changed their length, which would make runs incomparable. */
export function assertSampleLengths(): void {
  const expected: Array<[string, string, number]> = [
    ['POST_280', POST_280, 280],
    ['POST_500', POST_500, 500],
    ['THREAD_5000', THREAD_5000, 5000],
  ];
  for (const [name, text, length] of expected) {
    if (text.length !== length) throw new Error(`${name} is ${text.length} characters, expected exactly ${length}`);
  }
}

const LETTERS = 'etaoinshrdlucmfwypvbgkjqxz';

interface KeystrokeSequence {
  gaps: number[];
  stride: number;
  texts: string[];
  seen: Set<string>;
  next: number;
}
const sequences = new Map<string, KeystrokeSequence>();

/**
 * The text after one keystroke: `base` with one letter typed inside a word. Positions are spread over the
 * whole post (a fixed stride through every gap between two letters) and the letter changes each time the
 * stride wraps. Every index gives a text never seen before (typing "e" just before or after an "e" gives the
 * same text, so repeats are skipped): exactly one sentence is new and the rest are what the previous
 * keystroke already analysed. Typing inside words keeps the sentence boundaries, and so the amount of work,
 * the same as in the base post.
 */
export function keystrokeText(base: string, index: number): string {
  let seq = sequences.get(base);
  if (!seq) {
    const gaps: number[] = [];
    for (let i = 1; i < base.length; i++) {
      if (/\p{L}/u.test(base[i - 1]!) && /\p{L}/u.test(base[i]!)) gaps.push(i);
    }
    if (gaps.length === 0) throw new Error('no word to type into');
    seq = { gaps, stride: strideFor(gaps.length), texts: [], seen: new Set(), next: 0 };
    sequences.set(base, seq);
  }
  const limit = seq.gaps.length * LETTERS.length;
  while (seq.texts.length <= index) {
    if (seq.next >= limit) throw new Error(`only ${seq.texts.length} distinct keystrokes in this text`);
    const gap = seq.gaps[(seq.next * seq.stride) % seq.gaps.length]!;
    const letter = LETTERS[Math.floor(seq.next / seq.gaps.length)]!;
    seq.next++;
    const text = base.slice(0, gap) + letter + base.slice(gap);
    if (!seq.seen.has(text)) {
      seq.seen.add(text);
      seq.texts.push(text);
    }
  }
  return seq.texts[index]!;
}

/** A stride near the golden ratio of n and coprime with it, so consecutive keystrokes land far apart. */
function strideFor(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = Math.max(1, Math.round(n * 0.618));
  while (gcd(stride, n) !== 1) stride++;
  return stride;
}
