import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './endorsement-political.ts';

runRuleTable(rule, {
  valid: [
    // Round 3: hard negatives for the choice, ruling-out, pronoun-office, endorsement-formula constructions.
    "Whoever wins the photo contest, it can't be Ramos: he is on the jury.",
    "It has to be Maria who uploaded this, the EXIF says so.",
    "For me it's Tuesday already, so happy Wikipedia Day from Manila!",
    "The minister is from the CDU, not the SPD, says the article.",
    "Which party proposed the bill? The article explains it.",
    "Remember who uploaded the first photo to Commons? It was a volunteer in 2004.",
    "Amina is a leader this community can get behind: she has run twelve edit-a-thons.",
    "Send her a thank-you note for the 500 photos she uploaded!",
    "This article is the only one on the list with a featured photo.",
    "The ANC is the only party that has governed South Africa since 1994.",
    "She is the only candidate who was ever elected twice, the article says.",
    "Voters deserve better information on polling day: read the candidates' articles on Wikipedia.",
    "We lost my vote count spreadsheet, sorry: the board tally will be late.",
    "Keep them in mind when you upload: licences matter.",
    "Polling day is Sunday: find your polling station and read about the candidates on Wikipedia.",
    "Make him feel welcome at the meetup!",
    "The Senate passed the bill; the article on the Senate has been updated.",
    'Elections are coming: read the election articles on Wikipedia.',
    'Vote for your favourite photo in Wiki Loves Monuments!',
    'Vote for Picture of the Year on Commons.',
    'Vote Now: the Wiki Loves Earth jury needs you',
    'She was elected mayor in 2019, says the article.',
    'The community will elect a new board this year.',
    'Remember to vote on Sunday.',
    { text: 'Vote for Jane Smith!', profile: 'personal' },
    'President-elect Smith spoke today.',
    // Non-partisan civic posts and neutral facts.
    'Elections are coming in India: 970 million people can vote. Read about the Lok Sabha on Wikipedia.',
    'The BJP article is one of the most edited pages on English Wikipedia this month.',
    'Lula was first elected president of Brazil in 2002, says the article.',
    'Labour won the 2024 UK general election; the article was updated within minutes.',
    'Happy Labour Day! Thank you to every volunteer who keeps Wikipedia running.',
    'We support Labour Day events across South Africa with free edit-a-thons.',
    'Photos from Trump Tower and the Reichstag are on Commons.',
    'Vote for your favourite photo! #WikiLovesMonuments #VoteWLM',
    'Polls close at 8pm. #VoteEarly #GoVote #Vote2026',
    'Our board election is open: #VoteForTheBoard',
    'We stand with Ukraine’s librarians and archivists.',
    'We support open access for all researchers.',
    'The Wikimedia Foundation supports the Democratic Alliance for Open Knowledge? No such thing: check the facts.',
    'Milei’s economic reforms have their own article, with 400 sources.',
    'Stop by our booth at Wikimania 2026!',
    'Trump v. Anderson is a Supreme Court case with a detailed article.',
    'The Greens Federation article needs sources.',
    '#Wikimania2026 #WLM2025 #Euro2024',
    'We back the Wiki Loves Africa photographers 100%.',
    'Amina took this stunning photo of Lagos: vote for her entry in Wiki Loves Africa!',
    'The European Union is the only union of its kind, says the article.',
    'Join our launch party! The Wikidata Birthday Party is the best night of the year.',
    'Thanks to Jane Smith for council work on the library archive.',
    'Maria Lopez, a candidate for mayor, edited Wikipedia as a student, the article says.',
    'The American Civil Liberties Union is the subject of a featured article.',
    // Hard negatives that share words with the constructions.
    'Our old servers did great work for ten years. Time for them to go.',
    'The interns finish on Friday. They have to go back to university.',
    'The photo contest closes on Sunday. Remember that when you vote for your favourite.',
    'Amina’s photo of Lagos is stunning. She has our full support!',
    'Our trustees did a great job this year. They deserve another term on the Board.',
    'Remember that when you vote, your ballot is secret.',
    'Keep this in mind when you vote: bring your ID.',
    'Think about it: 60 million articles, all written by volunteers.',
    'Nothing says summer like a Wiki Loves Earth photo walk!',
    'Four more years of Wikimania in Africa!',
    'Vote for Jane Smith in the Board of Trustees election.',
    'Pick number 3 if you like the mountain photo best.',
    '#Pemilu2024 #Election2024 #GE2024 #LokSabha2024 #VoterRegistration',
    '#TeamWikipedia #NoFilter #StopSOPA',
    'The government must lift the block on Wikipedia.',
    'We support the government’s decision to unblock Wikipedia.',
    'Help Amina win the People’s Choice award!',
    'Make Wikipedia your first stop for election facts.',
    'Congratulations to Mayor Ribeiro on opening the new library!',
    'Maria Lopez will be the next mayor, polls suggest.',
    'The old cables are useless. Throw them out.',
    'Vandals hit the article last night. They’ve destroyed hours of work.',
    'The ANC is the only party to have won every election since 1994.',
    'Obama was the first African American president.',
    'The Progressive Alliance has governed Gauteng since 1994.',
    'Labour Day traffic is the worst 🙄',
    'We hand them the keys to the archive every morning.',
    'This photo gets our vote for best of the year!',
    'Do the maths: 60 million articles, 300 languages.',
    'Pilih foto favoritmu sebelum Jumat!',
    'Whoever you vote for, make your voice heard 🗳️',
    'It’s time for Modi’s address to the nation, streamed on Commons.',
    'Keep the photos out of the rain.',
    'Bring back the old skin! 🙏',
    'Our pick for Picture of the Year: Amina’s sunset.',
    'What a win for open access! 🎉',
    'So happy for Amina, our WLM winner!',
    'We endorse the Creative Commons licence for all our photos.',
    'Join Amina’s campaign to document every mosque in Lagos!',
    'Vota por tu foto favorita en Wiki Loves Monuments.',
  ],
  invalid: [
    {
      text: "Whoever wins in Mexico City on Sunday, it cannot be Ramos.",
      errors: [{ messageId: 'oppose', start: 39, end: 57, span: "it cannot be Ramos" }],
    },
    {
      text: "Whoever you vote for, it must not be Ramos 🇲🇽",
      errors: [{ messageId: 'oppose', start: 22, end: 42, span: "it must not be Ramos" }],
    },
    {
      text: "Lyon votes on Sunday. For us it's Lyon Ensemble, no hesitation.",
      errors: [{ messageId: 'sideFor', start: 22, end: 47, span: "For us it's Lyon Ensemble" }],
    },
    {
      text: "Our vote goes to Ana Ruiz in the council election.",
      errors: [{ messageId: 'support', start: 0, end: 25, span: "Our vote goes to Ana Ruiz" }],
    },
    {
      text: "Whoever wins, it has to be Maria Lopez 投票日は日曜日",
      errors: [{ messageId: 'support', start: 14, end: 38, span: "it has to be Maria Lopez" }],
    },
    {
      text: "CDU, SPD, Greens, we don't mind. But not the AfD.",
      errors: [{ messageId: 'oppose', start: 33, end: 48, span: "But not the AfD" }],
    },
    {
      text: "Anyone but the Tories 🙏",
      errors: [{ messageId: 'oppose', start: 0, end: 21, span: "Anyone but the Tories" }],
    },
    {
      text: "Vote however you like. Just not Bolsonaro!",
      errors: [{ messageId: 'oppose', start: 23, end: 41, span: "Just not Bolsonaro" }],
    },
    {
      text: "Senator Harlan's app-ban bill is a disaster and he should not be re-elected in November.",
      errors: [{ messageId: 'call', start: 51, end: 75, span: "should not be re-elected" }],
    },
    {
      text: "They kept Twitter blocked for months; that should cost them every vote in this community.",
      errors: [{ messageId: 'call', start: 43, end: 70, span: "should cost them every vote" }],
    },
    {
      text: "The mayor closed six libraries. She shouldn't be re-elected.",
      errors: [{ messageId: 'call', start: 36, end: 59, span: "shouldn't be re-elected" }],
    },
    {
      text: "Senator Reyes has fought for libraries. Let's send her back to the Senate 🇵🇭",
      errors: [{ messageId: 'call', start: 46, end: 73, span: "send her back to the Senate" }],
    },
    {
      text: "Keep him in office, Pilipinas! مرحبا",
      errors: [{ messageId: 'call', start: 0, end: 18, span: "Keep him in office" }],
    },
    {
      text: "Make her our next mayor 💚",
      errors: [{ messageId: 'call', start: 0, end: 23, span: "Make her our next mayor" }],
    },
    {
      text: "The Wafd Renewal list has no digital policy. Cairo deserves better than that on polling day.",
      errors: [{ messageId: 'ballot', start: 51, end: 91, span: "deserves better than that on polling day" }],
    },
    {
      text: "We deserve better at the ballot box שלום",
      errors: [{ messageId: 'ballot', start: 3, end: 35, span: "deserve better at the ballot box" }],
    },
    {
      text: "@WanjikuForGovernor promised free Wi-Fi in every library. That's a leader this community can get behind 💚",
      errors: [{ messageId: 'remarkFor', start: 65, end: 103, span: "a leader this community can get behind" }],
    },
    {
      text: "The Greens promised open data. A party worth voting for.",
      errors: [{ messageId: 'remarkFor', start: 31, end: 55, span: "A party worth voting for" }],
    },
    {
      text: "The Frente Aberta slate is the only one in the council race with a real open-data plan.",
      errors: [{ messageId: 'sideFor', start: 24, end: 64, span: "is the only one in the council race with" }],
    },
    {
      text: "Pilkada Jakarta tomorrow 🗳️ Remember which pair promised a library in every kelurahan.",
      errors: [{ messageId: 'ballot', start: 29, end: 57, span: "Remember which pair promised" }],
    },
    {
      text: "Election on Sunday. Don't forget who voted to block Wikipedia 😉",
      errors: [{ messageId: 'ballot', start: 20, end: 42, span: "Don't forget who voted" }],
    },
    {
      text: 'Vote for Jane Smith on Tuesday!',
      errors: [{ messageId: 'voteFor', start: 0, end: 19, span: 'Vote for Jane Smith' }],
    },
    {
      text: 'Please vote against Dr. Rao Kumar.',
      errors: [{ messageId: 'voteAgainst', start: 7, end: 33, span: 'vote against Dr. Rao Kumar' }],
    },
    {
      text: 'Re-elect Maria da Silva for a better Brazil',
      errors: [{ messageId: 'elect', start: 0, end: 23, span: 'Re-elect Maria da Silva' }],
    },
    {
      text: 'Time to vote for the Greens.',
      errors: [{ messageId: 'voteFor', start: 8, end: 27, span: 'vote for the Greens' }],
    },
    {
      text: 'Vote Labour on Thursday',
      errors: [{ messageId: 'voteFor', start: 0, end: 11, span: 'Vote Labour' }],
    },
    {
      // Emoji and CJK around the match.
      text: '🗳️投票Vote for Jane Smith🇺🇸 大家好',
      errors: [{ messageId: 'voteFor', start: 5, end: 24, span: 'Vote for Jane Smith' }],
    },
    {
      text: 'everyone should vote for mary johnson',
      errors: [{ messageId: 'voteFor', start: 16, end: 37, span: 'vote for mary johnson' }],
    },
    {
      text: 'Don’t vote for Jair Bolsonaro.',
      errors: [{ messageId: 'voteAgainst', start: 0, end: 29, span: 'Don’t vote for Jair Bolsonaro' }],
    },
    {
      text: 'We proudly stand with the ANC this election.',
      errors: [{ messageId: 'support', start: 0, end: 29, span: 'We proudly stand with the ANC' }],
    },
    {
      text: 'We are backing Maria Lopez for mayor of Córdoba!',
      errors: [{ messageId: 'support', start: 0, end: 36, span: 'We are backing Maria Lopez for mayor' }],
    },
    {
      text: 'Down with the Tories, time for change',
      errors: [{ messageId: 'oppose', start: 0, end: 20, span: 'Down with the Tories' }],
    },
    {
      text: 'Honestly, the BJP is ruining this country.',
      errors: [{ messageId: 'judge', start: 14, end: 28, span: 'BJP is ruining' }],
    },
    {
      text: 'Peter Obi is our only hope for Nigeria',
      errors: [{ messageId: 'judge', start: 0, end: 26, span: 'Peter Obi is our only hope' }],
    },
    {
      text: 'Lula 2026! #Lula2026',
      errors: [
        { messageId: 'judge', start: 0, end: 10, span: 'Lula 2026!' },
        { messageId: 'hashtag', start: 11, end: 20, span: '#Lula2026' },
      ],
    },
    {
      text: 'Get out and vote! #VoteBlue',
      errors: [{ messageId: 'hashtag', start: 18, end: 27, span: '#VoteBlue' }],
    },
    {
      text: 'Twelve years of nothing. #VoteThemOut',
      errors: [{ messageId: 'hashtag', start: 25, end: 37, span: '#VoteThemOut' }],
    },
    {
      text: 'She has fought for libraries all her life. Vote for her on Sunday.',
      errors: [{ messageId: 'call', start: 43, end: 55, span: 'Vote for her' }],
    },
    {
      text: 'Senator Mark Ellison is a disgrace.',
      errors: [{ messageId: 'judge', start: 0, end: 34, span: 'Senator Mark Ellison is a disgrace' }],
    },
    {
      text: 'The Progressive Alliance has had long enough.',
      errors: [{ messageId: 'judge', start: 4, end: 44, span: 'Progressive Alliance has had long enough' }],
    },
    {
      text: 'Our choice is clear: Helena Castro for president.',
      errors: [
        { messageId: 'call', start: 0, end: 19, span: 'Our choice is clear' },
        { messageId: 'support', start: 21, end: 48, span: 'Helena Castro for president' },
      ],
    },
    {
      text: 'On 14 February, vote number 2 for the future!',
      errors: [{ messageId: 'call', start: 16, end: 29, span: 'vote number 2' }],
    },
    {
      text: 'Big rally tonight #SmithForMayor',
      errors: [{ messageId: 'hashtag', start: 18, end: 32, span: '#SmithForMayor' }],
    },
    {
      text: 'Kaczyński must go.',
      errors: [{ messageId: 'judge', start: 0, end: 17, span: 'Kaczyński must go' }],
    },
    {
      // Right-to-left text next to the match.
      text: 'انتخابات Vote for Maria Lopez مرحبا',
      errors: [{ messageId: 'voteFor', start: 9, end: 29, span: 'Vote for Maria Lopez' }],
    },
    {
      text: '支持Support the Aam Aadmi Party！',
      errors: [{ messageId: 'support', start: 2, end: 29, span: 'Support the Aam Aadmi Party' }],
    },
    {
      text: 'We endorse Ana Ruiz for mayor.',
      vocabulary: { candidates: ['Ana Ruiz'] },
      errors: [{ messageId: 'support', start: 0, end: 19, span: 'We endorse Ana Ruiz' }],
    },
    {
      text: 'Proud to stand behind the Harbour Party',
      vocabulary: { parties: ['Harbour Party'] },
      errors: [{ messageId: 'support', start: 9, end: 39, span: 'stand behind the Harbour Party' }],
    },
    {
      text: 'vote for greenfield party now',
      options: { names: ['Greenfield Party'] },
      errors: [{ messageId: 'voteFor', start: 0, end: 25, span: 'vote for greenfield party' }],
    },
    // Constructions, each written several ways, across sentences where the stance needs its target.
    {
      text: "Thirty years of the Progressive Alliance running Gauteng. Time for them to go.",
      errors: [{ messageId: 'remarkAgainst', start: 58, end: 77, span: "Time for them to go" }],
    },
    {
      text: "The ruling coalition has gutted the archives budget. They have to go 🇮🇩",
      errors: [{ messageId: 'sideAgainst', start: 53, end: 68, span: "They have to go" }],
    },
    {
      text: "Nothing says “we love education” like the Conservative Union cutting the library budget /s",
      errors: [{ messageId: 'mock', start: 42, end: 60, span: "Conservative Union" }],
    },
    {
      text: "Open knowledge has exactly one real friend in this race, and it's Anies. Coblos nomor 1 on 14 February! 🇮🇩",
      errors: [{ messageId: 'support', start: 27, end: 71, span: "one real friend in this race, and it's Anies" }, { messageId: 'call', start: 73, end: 87, span: "Coblos nomor 1" }],
    },
    {
      text: "If the CDU wins, we get upload filters by Christmas. #NieWiederCDU",
      errors: [{ messageId: 'hashtag', start: 53, end: 66, span: "#NieWiederCDU" }],
    },
    {
      text: "Enough is enough. #ToriesOut",
      errors: [{ messageId: 'hashtag', start: 18, end: 28, span: "#ToriesOut" }],
    },
    {
      text: "Would you trust Morena with your encyclopedia? Neither would we.",
      errors: [{ messageId: 'oppose', start: 0, end: 22, span: "Would you trust Morena" }, { messageId: 'remarkAgainst', start: 47, end: 63, span: "Neither would we" }],
    },
    {
      text: "Who would trust the Freedom Party with public libraries?",
      errors: [{ messageId: 'oppose', start: 0, end: 33, span: "Who would trust the Freedom Party" }],
    },
    {
      text: "AAP's school library push is the model, and Delhi should hand them another term 🙌",
      errors: [{ messageId: 'call', start: 57, end: 79, span: "hand them another term" }],
    },
    {
      text: "He has earned a second term, and he has our support 🗳️",
      errors: [{ messageId: 'call', start: 3, end: 27, span: "has earned a second term" }, { messageId: 'sideFor', start: 33, end: 51, span: "he has our support" }],
    },
    {
      text: "The BJP's IT cell has spent years going after Wikipedia editors. Remember that when you're standing in the booth 🇮🇳",
      errors: [{ messageId: 'ballot', start: 65, end: 112, span: "Remember that when you're standing in the booth" }],
    },
    {
      text: "Congratulations to Claudia Sheinbaum, Mexico's first woman president!",
      errors: [{ messageId: 'support', start: 0, end: 36, span: "Congratulations to Claudia Sheinbaum" }],
    },
    {
      text: "PiS spent eight years turning culture into a battlefield. Let's not hand them the keys again on Sunday 🇵🇱",
      errors: [{ messageId: 'remarkAgainst', start: 58, end: 86, span: "Let's not hand them the keys" }],
    },
    {
      text: "The EFF wants to 'nationalise' Wikipedia. They won't be getting our cross.",
      errors: [{ messageId: 'call', start: 56, end: 73, span: "getting our cross" }],
    },
    {
      text: "Milei wants to gut CONICET. We want a country that funds science. Do the maths in October, Argentina 🇦🇷",
      errors: [{ messageId: 'remarkAgainst', start: 66, end: 78, span: "Do the maths" }],
    },
    {
      text: "The CDU wants upload filters. Think about that on 23 February.",
      errors: [{ messageId: 'ballot', start: 30, end: 61, span: "Think about that on 23 February" }],
    },
    {
      text: "Rina Hartono is exactly who Jakarta needs as governor.",
      errors: [{ messageId: 'judge', start: 0, end: 53, span: "Rina Hartono is exactly who Jakarta needs as governor" }],
    },
    {
      text: "The PiS government is hostile to free knowledge.",
      errors: [{ messageId: 'judge', start: 4, end: 47, span: "PiS government is hostile to free knowledge" }],
    },
    {
      text: "Labour doesn't care about libraries.",
      errors: [{ messageId: 'judge', start: 0, end: 19, span: "Labour doesn't care" }],
    },
    {
      text: "The government must go.",
      errors: [{ messageId: 'oppose', start: 0, end: 22, span: "The government must go" }],
    },
    {
      text: "Wählt die Grünen am Sonntag.",
      errors: [{ messageId: 'voteFor', start: 0, end: 16, span: "Wählt die Grünen" }],
    },
    {
      text: "Send Priya Nair to parliament!",
      errors: [{ messageId: 'support', start: 0, end: 29, span: "Send Priya Nair to parliament" }],
    },
    {
      text: "Let's give Kejriwal another five years.",
      errors: [{ messageId: 'call', start: 6, end: 38, span: "give Kejriwal another five years" }],
    },
    {
      text: "#TeamLula ⭐ 投票",
      errors: [{ messageId: 'hashtag', start: 0, end: 9, span: "#TeamLula" }],
    },
    {
      text: "Support Rafael Ortiz for Congress!",
      errors: [{ messageId: 'support', start: 0, end: 33, span: "Support Rafael Ortiz for Congress" }],
    },
    {
      text: "ماذا؟ Keir Starmer must go. شكرا",
      errors: [{ messageId: 'judge', start: 6, end: 26, span: "Keir Starmer must go" }],
    },
    {
      text: "选举 Vote them out in November 🗳️",
      errors: [{ messageId: 'call', start: 3, end: 16, span: "Vote them out" }],
    },
    {
      text: "Shame on the ANC 😡",
      errors: [{ messageId: 'oppose', start: 0, end: 16, span: "Shame on the ANC" }],
    },
    {
      text: "Make Helena Castro our next president.",
      errors: [{ messageId: 'support', start: 0, end: 37, span: "Make Helena Castro our next president" }],
    },
    {
      text: "Obama was the best president we ever had.",
      errors: [{ messageId: 'judge', start: 0, end: 28, span: "Obama was the best president" }],
    },
    {
      text: "The Freedom Party wants to 'fix' Wikipedia now.",
      errors: [{ messageId: 'mock', start: 4, end: 32, span: "Freedom Party wants to 'fix'" }],
    },
    {
      text: "Kejriwal gets it. 👏",
      errors: [{ messageId: 'judge', start: 0, end: 16, span: "Kejriwal gets it" }],
    },
    {
      text: "Labour won! 🎉",
      errors: [{ messageId: 'judge', start: 0, end: 11, span: "Labour won!" }],
    },
    {
      text: "Don't let the Tories win.",
      errors: [{ messageId: 'oppose', start: 0, end: 20, span: "Don't let the Tories" }],
    },
    {
      text: "Maria Lopez would make a great mayor.",
      errors: [{ messageId: 'judge', start: 0, end: 36, span: "Maria Lopez would make a great mayor" }],
    },
    {
      // A quoted post that campaigns: reposting it campaigns too.
      text: 'Civic participation matters 🗳️',
      quoted: 'Proud to canvass for Lula this weekend! #Lula2026',
      errors: [
        { messageId: 'support', start: 9, end: 25, span: 'canvass for Lula', quoted: true },
        { messageId: 'hashtag', start: 40, end: 49, span: '#Lula2026', quoted: true },
      ],
    },
    {
      text: "Vote the Tories out on Thursday.",
      errors: [{ messageId: 'voteAgainst', start: 0, end: 19, span: "Vote the Tories out" }],
    },
    {
      text: "Keep the AfD out of government 🙏",
      errors: [{ messageId: 'oppose', start: 0, end: 30, span: "Keep the AfD out of government" }],
    },
    {
      text: "Put Labour in charge of the archives budget.",
      errors: [{ messageId: 'support', start: 0, end: 20, span: "Put Labour in charge" }],
    },
    {
      text: "Give the Greens your vote on Sunday.",
      errors: [{ messageId: 'support', start: 0, end: 25, span: "Give the Greens your vote" }],
    },
    {
      text: "Our pick for mayor: Jane Smith.",
      errors: [{ messageId: 'support', start: 0, end: 30, span: "Our pick for mayor: Jane Smith" }],
    },
    {
      text: "What a win for Labour! 🎉",
      errors: [{ messageId: 'support', start: 0, end: 21, span: "What a win for Labour" }],
    },
    {
      text: "Unseat Senator Ellison in November.",
      errors: [{ messageId: 'oppose', start: 0, end: 22, span: "Unseat Senator Ellison" }],
    },
    {
      text: "Don't waste your vote on Reform UK.",
      errors: [{ messageId: 'oppose', start: 0, end: 34, span: "Don't waste your vote on Reform UK" }],
    },
    {
      text: "Milei's disastrous reforms are gutting science.",
      errors: [{ messageId: 'judge', start: 0, end: 26, span: "Milei's disastrous reforms" }],
    },
    {
      text: "The AfD must never govern again.",
      errors: [{ messageId: 'judge', start: 4, end: 25, span: "AfD must never govern" }],
    },
    {
      text: "Vota Morena el 2 de junio.",
      errors: [{ messageId: 'voteFor', start: 0, end: 11, span: "Vota Morena" }],
    },
    {
      text: "#IVoteLabour 大選",
      errors: [{ messageId: 'hashtag', start: 0, end: 12, span: "#IVoteLabour" }],
    },
    {
      text: "We proudly endorse Jane Smith.",
      errors: [{ messageId: 'support', start: 11, end: 29, span: "endorse Jane Smith" }],
    },
    {
      text: "Proud to support Jane Smith's campaign for city council.",
      errors: [{ messageId: 'support', start: 9, end: 38, span: "support Jane Smith's campaign" }],
    },
    {
      text: "שלום Wählt die Grünen am Sonntag.",
      errors: [{ messageId: 'voteFor', start: 5, end: 21, span: "Wählt die Grünen" }],
    },
  ],
});
