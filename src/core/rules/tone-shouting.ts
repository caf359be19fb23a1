import { z } from '../zod.ts';
import { defineRule, type RuleHit } from '../define-rule.ts';
import { acronyms } from '../lexicons/en/acronyms.ts';
import { citations } from '../policy-citations.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { shieldedRanges } from './tone-unfriendly.ts';

type MessageId = 'caps' | 'exclamations';

const ACRONYMS = new Set(acronyms.map((a) => a.text.toUpperCase()));
// Short words that are written in capitals only when shouting. They count half: "I AM SO ANGRY" is shouting,
// "CC BY 4.0" is not.
const SMALL_WORDS = new Set([
  'I', 'A', 'AM', 'AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IF', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OF', 'OH',
  'ON', 'OR', 'SO', 'TO', 'UP', 'US', 'WE', 'OK',
]);
// Capitalised in sentence case too.
const PROPER = new Set([
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'JANUARY', 'FEBRUARY', 'MARCH',
  'APRIL', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER', 'ENGLISH',
]);
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const URLISH = /^(?:https?:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/|\.(?:org|com|net|social|wiki)\b/iu;
const TOKEN = /\S+/g;
// A token without the punctuation and emoji around it: "(NOW!!!" -> "NOW".
const CORE = /^([^\p{L}\p{N}]*)([\p{L}\p{N}](?:.*[\p{L}\p{N}])?)[^\p{L}\p{N}]*$/su;
const EXCLAMATIONS = /[!?！？][!?！？1]+/gu;

type Kind = 'word' | 'small' | 'acronym';
interface CapsToken {
  start: number;
  end: number;
  kind: Kind;
}

export default defineRule({
  meta: {
    id: 'tone-shouting',
    category: 'tone/unfriendly',
    severity: 'warning',
    description: 'Shouting: runs of words in ALL CAPS, and “!!!” or “?!?!”.',
    messages: {
      caps: '“{words}” in capitals reads as shouting.',
      exclamations: '“{marks}” reads as shouting.',
    },
    explanation:
      'Capital letters and stacked exclamation marks read as shouting, and whole words in capitals are harder to read, also for screen readers. Use sentence case and a single “!” if the news deserves one.',
    policy: citations.unfriendly,
    options: z.object({
      caps: z.boolean().default(true).describe('Flag runs of words in capitals.'),
      minWords: z.number().int().min(2).max(10).default(3).describe('How many words in capitals in a row count as shouting.'),
      exclamations: z.boolean().default(true).describe('Flag three or more “!”, or “?” and “!” stacked (“?!?!”).'),
    }),
    profiles: ['official'],
    // Stacked marks, or two words without lower-case letters next to each other (numbers and emoji between).
    trigger: /[!！][!?！？1]|[?？][!?！？]{2}|\p{Lu}[^\s\p{Ll}]*\s+(?:[^\s\p{L}]+\s+)*[^\s\p{Ll}]*\p{Lu}/u,
  },
  *check({ text, options, vocabulary }) {
    const shielded = shieldedRanges(text);
    const isShielded = (start: number, end: number) => shielded.some(([s, e]) => start >= s && end <= e);

    if (options.caps) {
      for (const run of capsRuns(text)) {
        const score = run.reduce((sum, t) => sum + (t.kind === 'word' ? 1 : t.kind === 'small' ? 0.5 : 0), 0);
        if (run.length < options.minWords || score < 2) continue;
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        if (isShielded(start, end)) continue;
        const words = text.slice(start, end);
        const hit: RuleHit<MessageId> = {
          start,
          end,
          messageId: 'caps',
          data: { words },
          suggestions: [{ replacement: sentenceCase(text, run, vocabulary), label: 'Use sentence case' }],
        };
        yield hit;
      }
    }

    if (options.exclamations) {
      for (const m of text.matchAll(EXCLAMATIONS)) {
        let marks = m[0];
        // "!!1" mocks; but "Wow!!10 years" is a number.
        if (/\d/.test(text[m.index + marks.length] ?? '')) marks = marks.replace(/1+$/, '');
        const bangs = (marks.match(/[!！1]/g) ?? []).length;
        const asks = (marks.match(/[?？]/g) ?? []).length;
        const shouted = asks === 0 ? bangs >= 3 : bangs >= 1 && marks.length >= 3;
        if (!shouted) continue;
        const start = m.index;
        const end = start + marks.length;
        if (isShielded(start, end)) continue;
        const wide = /[！？]/.test(marks);
        const single = asks > 0 ? (wide ? '？' : '?') : wide ? '！' : '!';
        yield {
          start,
          end,
          messageId: 'exclamations',
          data: { marks },
          suggestions: [{ replacement: single, label: `Use a single “${single}”` }],
        };
      }
    }
  },
});

/** Runs of words without lower-case letters; numbers and emoji between them don't break a run. */
function capsRuns(text: string): CapsToken[][] {
  const runs: CapsToken[][] = [];
  let run: CapsToken[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    // Hashtags, handles and links are names, often in capitals (#WLM2025, @UNESCO).
    if (/^[#@]/.test(token) || URLISH.test(token)) {
      close();
      continue;
    }
    const parts = CORE.exec(token);
    if (!parts || !/\p{L}/u.test(parts[2]!)) continue; // punctuation, numbers, emoji
    const lead = parts[1]!.length;
    const core = parts[2]!;
    const tail = lead + core.length;
    // Any lower-case letter, or letters without case (Chinese, Arabic), end the run.
    if (/\p{Ll}/u.test(core) || !/\p{Lu}/u.test(core) || /[\p{Lo}\p{Lt}\p{Lm}]/u.test(core)) {
      close();
      continue;
    }
    run.push({ start: m.index + lead, end: m.index + tail, kind: kindOf(core) });
  }
  close();
  return runs;
}

function kindOf(core: string): Kind {
  if (/\p{N}/u.test(core)) return 'acronym'; // CC0, COVID-19, G20
  if (/^\p{Lu}+['’]\p{Lu}{1,2}$/u.test(core)) return 'word'; // DON'T, WE'RE, IT'S
  const parts = core.split(/[-–/.&'’]+/).filter(Boolean);
  if (parts.length > 1) return parts.every((p) => kindOf(p) !== 'word') ? 'acronym' : 'word'; // BY-SA, Q&A
  if (SMALL_WORDS.has(core)) return 'small';
  if (ACRONYMS.has(core) || core.length <= 2) return 'acronym';
  if (/^[A-Z]+$/.test(core) && (!/[AEIOUY]/.test(core) || ROMAN.test(core))) return 'acronym'; // WMF, HTML, XIV
  return 'word';
}

/** The run in sentence case, acronyms and own names kept: "WE LOVE WIKIPEDIA" -> "We love Wikipedia". */
function sentenceCase(text: string, run: CapsToken[], vocabulary: Vocabulary): string {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  let out = '';
  let at = start;
  const startsSentence = /^[\s\p{P}\p{Extended_Pictographic}\u200d\ufe0f]*$/u.test(text.slice(0, start));
  run.forEach((token, i) => {
    out += text.slice(at, token.start).toLowerCase();
    const word = text.slice(token.start, token.end);
    let cased: string;
    if (/^\p{N}+\p{Lu}{1,2}$/u.test(word)) cased = word.toLowerCase(); // 25TH
    else if (token.kind === 'acronym') cased = word;
    else if (/^I(?:['’](?:M|LL|D|VE))?$/.test(word) || PROPER.has(word)) cased = word.slice(0, 1) + word.slice(1).toLowerCase();
    else cased = word.toLowerCase();
    if (i === 0 && startsSentence) cased = cased.slice(0, 1).toUpperCase() + cased.slice(1);
    out += cased;
    at = token.end;
  });
  out += text.slice(at, end).toLowerCase();
  // The organisation's own names keep their capitals ("WIKIMEDIA COMMONS" -> "Wikimedia Commons").
  for (const m of vocabulary.ownNames.matchAll(out)) {
    const name = m.text.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() ? w : w.slice(0, 1).toUpperCase() + w.slice(1)));
    out = out.slice(0, m.start) + name + out.slice(m.end);
  }
  return out;
}
