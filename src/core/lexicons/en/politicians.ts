import type { LexiconEntry } from '../types.ts';

export interface PoliticianEntry extends LexiconEntry {
  country: string;
}

const wiki = (title: string) => `https://en.wikipedia.org/wiki/${title}`;

/**
 * National leaders, candidates and party leaders of the priority countries, by the names campaign posts use
 * (surname, or the full name where the surname alone is a common word). Used only in endorsing and attacking
 * constructions ("we back X", "X must go", "#X2026"), never to flag a neutral mention. Matched as written
 * (capitalised). Users add local candidates through the settings; review this list after each national election.
 */
export const politicians: readonly PoliticianEntry[] = [
  { text: 'Trump', country: 'US', note: 'US president (2017–2021, 2025–).', source: wiki('Donald_Trump') },
  { text: 'Biden', country: 'US', note: 'US president 2021–2025.', source: wiki('Joe_Biden') },
  { text: 'Kamala Harris', country: 'US', note: '2024 Democratic candidate; "Harris" alone is a common surname.', source: wiki('Kamala_Harris') },
  { text: 'JD Vance', country: 'US', note: 'US vice president.', source: wiki('JD_Vance') },
  { text: 'Obama', country: 'US', note: 'Former president; still used in campaign slogans.', source: wiki('Barack_Obama') },
  { text: 'Keir Starmer', country: 'GB', note: 'UK prime minister.', source: wiki('Keir_Starmer') },
  { text: 'Starmer', country: 'GB', note: 'UK prime minister.', source: wiki('Keir_Starmer') },
  { text: 'Farage', country: 'GB', note: 'Reform UK leader.', source: wiki('Nigel_Farage') },
  { text: 'Sunak', country: 'GB', note: 'Former UK prime minister.', source: wiki('Rishi_Sunak') },
  { text: 'Modi', country: 'IN', note: 'Prime minister of India.', source: wiki('Narendra_Modi') },
  { text: 'Rahul Gandhi', country: 'IN', note: 'Leader of the opposition; "Gandhi" alone usually means the Mahatma.', source: wiki('Rahul_Gandhi') },
  { text: 'Kejriwal', country: 'IN', note: 'Aam Aadmi Party leader.', source: wiki('Arvind_Kejriwal') },
  { text: 'Mamata Banerjee', country: 'IN', note: 'Trinamool Congress leader.', source: wiki('Mamata_Banerjee') },
  { text: 'Lula', country: 'BR', note: 'President of Brazil.', source: wiki('Luiz_In%C3%A1cio_Lula_da_Silva') },
  { text: 'Bolsonaro', country: 'BR', note: 'Former president of Brazil.', source: wiki('Jair_Bolsonaro') },
  { text: 'Milei', country: 'AR', note: 'President of Argentina.', source: wiki('Javier_Milei') },
  { text: 'Cristina Kirchner', country: 'AR', note: 'Former president of Argentina.', source: wiki('Cristina_Fern%C3%A1ndez_de_Kirchner') },
  { text: 'Sergio Massa', country: 'AR', note: '2023 candidate.', source: wiki('Sergio_Massa') },
  { text: 'Merz', country: 'DE', note: 'Chancellor of Germany.', source: wiki('Friedrich_Merz') },
  { text: 'Scholz', country: 'DE', note: 'Former chancellor of Germany.', source: wiki('Olaf_Scholz') },
  { text: 'Alice Weidel', country: 'DE', note: 'AfD leader.', source: wiki('Alice_Weidel') },
  { text: 'Tusk', country: 'PL', note: 'Prime minister of Poland.', source: wiki('Donald_Tusk') },
  { text: 'Kaczyński', country: 'PL', note: 'PiS leader.', source: wiki('Jaros%C5%82aw_Kaczy%C5%84ski') },
  { text: 'Kaczynski', country: 'PL', note: 'Spelling without the accent.', source: wiki('Jaros%C5%82aw_Kaczy%C5%84ski') },
  { text: 'Nawrocki', country: 'PL', note: 'President of Poland.', source: wiki('Karol_Nawrocki') },
  { text: 'Trzaskowski', country: 'PL', note: '2025 presidential candidate.', source: wiki('Rafa%C5%82_Trzaskowski') },
  { text: 'Prabowo', country: 'ID', note: 'President of Indonesia.', source: wiki('Prabowo_Subianto') },
  { text: 'Anies', country: 'ID', note: '2024 presidential candidate.', source: wiki('Anies_Baswedan') },
  { text: 'Ganjar', country: 'ID', note: '2024 presidential candidate.', source: wiki('Ganjar_Pranowo') },
  { text: 'Ramaphosa', country: 'ZA', note: 'President of South Africa.', source: wiki('Cyril_Ramaphosa') },
  { text: 'Malema', country: 'ZA', note: 'Economic Freedom Fighters leader.', source: wiki('Julius_Malema') },
  { text: 'Jacob Zuma', country: 'ZA', note: 'MK Party leader; "Zuma" is also a rock in Nigeria.', source: wiki('Jacob_Zuma') },
  { text: 'Tinubu', country: 'NG', note: 'President of Nigeria.', source: wiki('Bola_Tinubu') },
  { text: 'Atiku', country: 'NG', note: 'PDP candidate.', source: wiki('Atiku_Abubakar') },
  { text: 'Peter Obi', country: 'NG', note: 'Labour Party candidate 2023.', source: wiki('Peter_Obi') },
  { text: 'Obi', country: 'NG', note: 'Peter Obi, as his campaign and supporters ("Obidients", #Obi2027) call him.', source: wiki('Peter_Obi') },
  { text: 'Sheinbaum', country: 'MX', note: 'President of Mexico.', source: wiki('Claudia_Sheinbaum') },
  { text: 'AMLO', country: 'MX', note: 'Andrés Manuel López Obrador, former president.', source: wiki('Andr%C3%A9s_Manuel_L%C3%B3pez_Obrador') },
  { text: 'Xóchitl Gálvez', country: 'MX', note: '2024 presidential candidate.', source: wiki('X%C3%B3chitl_G%C3%A1lvez') },
  { text: 'Macron', country: 'FR', note: 'President of France.', source: wiki('Emmanuel_Macron') },
  { text: 'Le Pen', country: 'FR', note: 'National Rally figure.', source: wiki('Marine_Le_Pen') },
  { text: 'Bardella', country: 'FR', note: 'National Rally president.', source: wiki('Jordan_Bardella') },
  { text: 'Mélenchon', country: 'FR', note: 'La France Insoumise leader.', source: wiki('Jean-Luc_M%C3%A9lenchon') },
  { text: 'Melenchon', country: 'FR', note: 'Spelling without the accent.', source: wiki('Jean-Luc_M%C3%A9lenchon') },
  { text: 'Putin', country: 'RU', note: 'President of Russia.', source: wiki('Vladimir_Putin') },
  { text: 'Sisi', country: 'EG', note: 'President of Egypt.', source: wiki('Abdel_Fattah_el-Sisi') },
];
