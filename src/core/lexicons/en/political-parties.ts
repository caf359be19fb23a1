import type { LexiconEntry } from '../types.ts';

export interface PartyEntry extends LexiconEntry {
  /** ISO 3166-1 alpha-2 code of the country the party stands in. */
  country: string;
  /**
   * Match only as written: acronyms ("PT", "PAN") and names that are also ordinary words ("Labour",
   * "Congress", "Renaissance") are parties only when capitalised like one.
   */
  exactCase?: boolean;
}

const list = (country: string) => `https://en.wikipedia.org/wiki/List_of_political_parties_in_${country}`;

/**
 * Parties in the priority countries of the Wikimedia Foundation's 2024/25 social media strategy and its
 * affiliates' regions. Only names that identify a party: bare acronyms that more often mean something else in
 * Wikimedia posts are left out (noted below). Review once a year and after major elections.
 */
export const politicalParties: readonly PartyEntry[] = [
  // United States
  { text: 'Democratic Party', country: 'US', note: 'One of the two major US parties.', source: list('the_United_States') },
  { text: 'Republican Party', country: 'US', note: 'One of the two major US parties.', source: list('the_United_States') },
  { text: 'GOP', country: 'US', exactCase: true, note: '"Grand Old Party", the Republican Party.', source: 'https://en.wikipedia.org/wiki/Republican_Party_(United_States)' },
  { text: 'Democrats', country: 'US', exactCase: true, note: 'Capitalised, the party or its members (also used in the UK and elsewhere).', source: list('the_United_States') },
  { text: 'Republicans', country: 'US', exactCase: true, note: 'Capitalised, the party or its members.', source: list('the_United_States') },
  { text: 'Libertarian Party', country: 'US', note: 'Third party.', source: list('the_United_States') },
  { text: 'Green Party', country: 'US', note: 'Green parties exist in the US, UK, Germany and elsewhere.', source: list('the_United_States') },
  { text: 'Dems', country: 'US', exactCase: true, note: 'Informal name for the Democratic Party.', source: 'common English usage' },

  // United Kingdom
  { text: 'Labour Party', country: 'GB', note: 'UK party.', source: list('the_United_Kingdom') },
  { text: 'Labour', country: 'GB', exactCase: true, note: 'Capitalised, the party ("Vote Labour").', source: list('the_United_Kingdom') },
  { text: 'Conservative Party', country: 'GB', note: 'UK party.', source: list('the_United_Kingdom') },
  { text: 'Conservatives', country: 'GB', exactCase: true, note: 'Capitalised, the UK party.', source: list('the_United_Kingdom') },
  { text: 'Tories', country: 'GB', exactCase: true, note: 'The Conservative Party.', source: list('the_United_Kingdom') },
  { text: 'Tory', country: 'GB', exactCase: true, note: 'The Conservative Party.', source: list('the_United_Kingdom') },
  { text: 'Liberal Democrats', country: 'GB', note: 'UK party.', source: list('the_United_Kingdom') },
  { text: 'Lib Dems', country: 'GB', note: 'The Liberal Democrats.', source: list('the_United_Kingdom') },
  { text: 'Reform UK', country: 'GB', note: 'UK party.', source: list('the_United_Kingdom') },
  { text: 'Scottish National Party', country: 'GB', note: 'UK party.', source: list('the_United_Kingdom') },
  { text: 'SNP', country: 'GB', exactCase: true, note: 'Scottish National Party.', source: list('the_United_Kingdom') },
  { text: 'Plaid Cymru', country: 'GB', note: 'Welsh party.', source: list('the_United_Kingdom') },
  { text: 'Sinn Féin', country: 'GB', note: 'Party in Northern Ireland and Ireland.', source: list('the_United_Kingdom') },
  { text: 'Sinn Fein', country: 'GB', note: 'Spelling without the accent.', source: list('the_United_Kingdom') },
  { text: 'Greens', country: 'GB', exactCase: true, note: 'Capitalised, a Green party (UK, Germany, Australia...).', source: list('the_United_Kingdom') },

  // India
  { text: 'Bharatiya Janata Party', country: 'IN', note: 'National party.', source: list('India') },
  { text: 'BJP', country: 'IN', exactCase: true, note: 'Bharatiya Janata Party.', source: list('India') },
  { text: 'Indian National Congress', country: 'IN', note: 'National party.', source: list('India') },
  { text: 'Congress party', country: 'IN', note: 'The Indian National Congress. Bare "Congress" is left out: it is also the US legislature.', source: list('India') },
  { text: 'INC', country: 'IN', exactCase: true, note: 'Indian National Congress.', source: list('India') },
  { text: 'Aam Aadmi Party', country: 'IN', note: 'National party.', source: list('India') },
  { text: 'AAP', country: 'IN', exactCase: true, note: 'Aam Aadmi Party.', source: list('India') },
  { text: 'Trinamool Congress', country: 'IN', note: 'All India Trinamool Congress.', source: list('India') },
  { text: 'TMC', country: 'IN', exactCase: true, note: 'Trinamool Congress.', source: list('India') },
  { text: 'Dravida Munnetra Kazhagam', country: 'IN', note: 'Tamil Nadu party.', source: list('India') },
  { text: 'DMK', country: 'IN', exactCase: true, note: 'Dravida Munnetra Kazhagam.', source: list('India') },
  { text: 'AIADMK', country: 'IN', exactCase: true, note: 'All India Anna Dravida Munnetra Kazhagam.', source: list('India') },
  { text: 'Samajwadi Party', country: 'IN', note: 'Uttar Pradesh party.', source: list('India') },
  { text: 'Bahujan Samaj Party', country: 'IN', note: 'National party.', source: list('India') },
  { text: 'BSP', country: 'IN', exactCase: true, note: 'Bahujan Samaj Party.', source: list('India') },
  { text: 'Shiv Sena', country: 'IN', note: 'Maharashtra party.', source: list('India') },
  { text: 'CPI(M)', country: 'IN', exactCase: true, note: 'Communist Party of India (Marxist).', source: list('India') },
  { text: 'Telugu Desam Party', country: 'IN', note: 'Andhra Pradesh party.', source: list('India') },
  { text: 'YSR Congress', country: 'IN', note: 'Andhra Pradesh party.', source: list('India') },
  { text: 'Janata Dal', country: 'IN', note: 'Janata Dal (United) and (Secular).', source: list('India') },
  { text: 'Rashtriya Janata Dal', country: 'IN', note: 'Bihar party.', source: list('India') },

  // Brazil
  { text: 'Partido dos Trabalhadores', country: 'BR', note: "Workers' Party.", source: list('Brazil') },
  { text: "Workers' Party", country: 'BR', note: 'Partido dos Trabalhadores.', source: list('Brazil') },
  { text: 'PT', country: 'BR', exactCase: true, note: 'Partido dos Trabalhadores.', source: list('Brazil') },
  { text: 'Partido Liberal', country: 'BR', note: 'Liberal Party (Brazil).', source: list('Brazil') },
  { text: 'PSDB', country: 'BR', exactCase: true, note: 'Brazilian Social Democracy Party.', source: list('Brazil') },
  { text: 'MDB', country: 'BR', exactCase: true, note: 'Brazilian Democratic Movement.', source: list('Brazil') },
  { text: 'PSOL', country: 'BR', exactCase: true, note: 'Socialism and Liberty Party.', source: list('Brazil') },
  { text: 'União Brasil', country: 'BR', note: 'Party formed in 2022.', source: list('Brazil') },
  { text: 'Republicanos', country: 'BR', exactCase: true, note: 'Brazilian party.', source: list('Brazil') },

  // Argentina
  { text: 'La Libertad Avanza', country: 'AR', note: 'Argentine party.', source: list('Argentina') },
  { text: 'Unión por la Patria', country: 'AR', note: 'Peronist coalition.', source: list('Argentina') },
  { text: 'Juntos por el Cambio', country: 'AR', note: 'Coalition.', source: list('Argentina') },
  { text: 'Propuesta Republicana', country: 'AR', note: 'PRO.', source: list('Argentina') },
  { text: 'Partido Justicialista', country: 'AR', note: 'The Peronist party.', source: list('Argentina') },
  { text: 'Peronists', country: 'AR', exactCase: true, note: 'Members of the Peronist movement.', source: list('Argentina') },
  { text: 'Unión Cívica Radical', country: 'AR', note: 'Radical Civic Union.', source: list('Argentina') },
  { text: 'Frente de Todos', country: 'AR', note: 'Coalition 2019-2023.', source: list('Argentina') },

  // Germany
  { text: 'CDU', country: 'DE', exactCase: true, note: 'Christian Democratic Union.', source: list('Germany') },
  { text: 'CSU', country: 'DE', exactCase: true, note: 'Christian Social Union in Bavaria.', source: list('Germany') },
  { text: 'SPD', country: 'DE', exactCase: true, note: 'Social Democratic Party.', source: list('Germany') },
  { text: 'AfD', country: 'DE', exactCase: true, note: 'Alternative für Deutschland.', source: list('Germany') },
  { text: 'Alternative für Deutschland', country: 'DE', note: 'Party.', source: list('Germany') },
  { text: 'Alternative for Germany', country: 'DE', note: 'English name of the AfD.', source: list('Germany') },
  { text: 'FDP', country: 'DE', exactCase: true, note: 'Free Democratic Party.', source: list('Germany') },
  { text: 'Die Linke', country: 'DE', note: 'The Left.', source: list('Germany') },
  { text: 'Bündnis 90/Die Grünen', country: 'DE', note: "Alliance 90/The Greens.", source: list('Germany') },
  { text: 'Die Grünen', country: 'DE', note: 'The Greens.', source: list('Germany') },
  { text: 'BSW', country: 'DE', exactCase: true, note: 'Bündnis Sahra Wagenknecht.', source: list('Germany') },

  // Poland
  { text: 'Prawo i Sprawiedliwość', country: 'PL', note: 'Law and Justice.', source: list('Poland') },
  { text: 'Law and Justice', country: 'PL', exactCase: true, note: 'PiS in English; capitalised so "law and justice" as words is not matched.', source: list('Poland') },
  { text: 'PiS', country: 'PL', exactCase: true, note: 'Law and Justice.', source: list('Poland') },
  { text: 'Platforma Obywatelska', country: 'PL', note: 'Civic Platform.', source: list('Poland') },
  { text: 'Civic Platform', country: 'PL', note: 'PO in English.', source: list('Poland') },
  { text: 'Koalicja Obywatelska', country: 'PL', note: 'Civic Coalition.', source: list('Poland') },
  { text: 'Civic Coalition', country: 'PL', note: 'KO in English.', source: list('Poland') },
  { text: 'Konfederacja', country: 'PL', note: 'Confederation Liberty and Independence.', source: list('Poland') },
  { text: 'Lewica', country: 'PL', exactCase: true, note: 'The Left (Poland).', source: list('Poland') },
  { text: 'Trzecia Droga', country: 'PL', note: 'Third Way coalition.', source: list('Poland') },

  // Indonesia
  { text: 'PDI-P', country: 'ID', exactCase: true, note: 'Indonesian Democratic Party of Struggle.', source: list('Indonesia') },
  { text: 'PDIP', country: 'ID', exactCase: true, note: 'Indonesian Democratic Party of Struggle.', source: list('Indonesia') },
  { text: 'Gerindra', country: 'ID', note: 'Great Indonesia Movement Party.', source: list('Indonesia') },
  { text: 'Golkar', country: 'ID', note: 'Party of Functional Groups.', source: list('Indonesia') },
  { text: 'PKB', country: 'ID', exactCase: true, note: 'National Awakening Party.', source: list('Indonesia') },
  { text: 'PKS', country: 'ID', exactCase: true, note: 'Prosperous Justice Party.', source: list('Indonesia') },
  { text: 'NasDem', country: 'ID', note: 'NasDem Party.', source: list('Indonesia') },
  { text: 'Partai Demokrat', country: 'ID', note: 'Democratic Party (Indonesia).', source: list('Indonesia') },
  { text: 'PSI', country: 'ID', exactCase: true, note: 'Indonesian Solidarity Party.', source: list('Indonesia') },

  // South Africa
  { text: 'African National Congress', country: 'ZA', note: 'Party.', source: list('South_Africa') },
  { text: 'ANC', country: 'ZA', exactCase: true, note: 'African National Congress.', source: list('South_Africa') },
  { text: 'Democratic Alliance', country: 'ZA', note: 'Party. Its acronym DA is left out (district attorney, "da" in other languages).', source: list('South_Africa') },
  { text: 'Economic Freedom Fighters', country: 'ZA', note: 'Party. Its acronym EFF is left out: Wikimedia posts mostly mean the Electronic Frontier Foundation.', source: list('South_Africa') },
  { text: 'uMkhonto weSizwe', country: 'ZA', note: 'MK Party.', source: list('South_Africa') },
  { text: 'Inkatha Freedom Party', country: 'ZA', note: 'Party.', source: list('South_Africa') },
  { text: 'IFP', country: 'ZA', exactCase: true, note: 'Inkatha Freedom Party.', source: list('South_Africa') },
  { text: 'ActionSA', country: 'ZA', note: 'Party.', source: list('South_Africa') },

  // Nigeria
  { text: 'All Progressives Congress', country: 'NG', note: 'Party.', source: list('Nigeria') },
  { text: 'APC', country: 'NG', exactCase: true, note: 'All Progressives Congress.', source: list('Nigeria') },
  { text: "Peoples Democratic Party", country: 'NG', note: 'Party.', source: list('Nigeria') },
  { text: 'PDP', country: 'NG', exactCase: true, note: 'Peoples Democratic Party.', source: list('Nigeria') },
  { text: 'Labour Party Nigeria', country: 'NG', note: 'Party.', source: list('Nigeria') },
  { text: 'NNPP', country: 'NG', exactCase: true, note: 'New Nigeria Peoples Party.', source: list('Nigeria') },
  { text: 'APGA', country: 'NG', exactCase: true, note: 'All Progressives Grand Alliance.', source: list('Nigeria') },
  { text: 'Obidients', country: 'NG', exactCase: true, note: 'Supporters of the Labour Party candidate Peter Obi.', source: 'https://en.wikipedia.org/wiki/Peter_Obi' },

  // Mexico
  { text: 'Morena', country: 'MX', exactCase: true, note: 'National Regeneration Movement (also a given name, so only in endorsing constructions).', source: list('Mexico') },
  { text: 'PAN', country: 'MX', exactCase: true, note: 'National Action Party.', source: list('Mexico') },
  { text: 'PRI', country: 'MX', exactCase: true, note: 'Institutional Revolutionary Party.', source: list('Mexico') },
  { text: 'PRD', country: 'MX', exactCase: true, note: 'Party of the Democratic Revolution.', source: list('Mexico') },
  { text: 'Movimiento Ciudadano', country: 'MX', note: 'Citizens\' Movement.', source: list('Mexico') },
  { text: 'Partido Acción Nacional', country: 'MX', note: 'PAN.', source: list('Mexico') },
  { text: 'Partido Revolucionario Institucional', country: 'MX', note: 'PRI.', source: list('Mexico') },

  // France
  { text: 'Rassemblement National', country: 'FR', note: 'National Rally.', source: list('France') },
  { text: 'National Rally', country: 'FR', note: 'Rassemblement National.', source: list('France') },
  { text: 'La France Insoumise', country: 'FR', note: 'France Unbowed.', source: list('France') },
  { text: 'LFI', country: 'FR', exactCase: true, note: 'La France Insoumise.', source: list('France') },
  { text: 'Les Républicains', country: 'FR', note: 'The Republicans (France).', source: list('France') },
  { text: 'Parti socialiste', country: 'FR', note: 'Socialist Party (France).', source: list('France') },
  { text: 'Renaissance party', country: 'FR', note: 'Macron\'s party; bare "Renaissance" is left out (the period).', source: list('France') },
  { text: 'Europe Écologie', country: 'FR', note: 'The Ecologists.', source: list('France') },
  { text: 'Reconquête', country: 'FR', note: 'Party.', source: list('France') },
  { text: 'Nouveau Front populaire', country: 'FR', note: 'New Popular Front.', source: list('France') },

  // Russia (seed pages in Russian) and Egypt
  { text: 'United Russia', country: 'RU', note: 'Party.', source: list('Russia') },
  { text: 'Yedinaya Rossiya', country: 'RU', note: 'United Russia, transliterated.', source: list('Russia') },
  { text: 'Nation\'s Future Party', country: 'EG', note: 'Mostaqbal Watan.', source: list('Egypt') },
  { text: 'Mostaqbal Watan', country: 'EG', note: 'Nation\'s Future Party.', source: list('Egypt') },
];
