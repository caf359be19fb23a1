import type { AnyRule, RuleContext, RuleHit, TextTest } from './define-rule.ts';
import { assertUsableTrigger, formatMessage } from './define-rule.ts';
import { parseSegment, type View } from './nlp.ts';
import { mediaFindings, mediaRules, type ActiveMediaRule } from './media/media-rules.ts';
import { wikimediaFoundationMedia, type MediaPolicy } from './media/media-policy.ts';
import { registry } from './rules/index.ts';
import { splitSentences, type Segment } from './segment.ts';
import { analyzeInputSchema, type AnalyzeInput, type Finding, type Profile, type Severity } from './types.ts';
import { compileVocabulary, vocabularySchema, type Vocabulary, type VocabularyInput } from './vocabulary.ts';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: unknown;
}
export type RuleSettings = Record<string, RuleSetting>;

export interface AnalyzerOptions {
  rules?: readonly AnyRule[];
  settings?: RuleSettings;
  /** Organisation and project names, brand, candidate and party lists, ignored phrases. */
  vocabulary?: VocabularyInput;
  /** How many analysed sentences to remember; one post is a few dozen. */
  cacheSize?: number;
  /** Which media the organisation allows (default: the Wikimedia Foundation's policy). */
  media?: MediaPolicy;
}

/** Counters that show the cache and the prefilter at work (tests and the benchmark read them). */
export interface AnalyzerStats {
  segmentsAnalyzed: number;
  segmentsFromCache: number;
  segmentsSkippedByTrigger: number;
  nlpParses: number;
}

interface ActiveRule {
  rule: AnyRule;
  options: unknown;
  severity: Severity;
  trigger: TextTest;
}

type SegmentFindings = readonly Finding[];
type Part = RuleContext<unknown>['part'];

export class SettingsError extends Error {}

/**
 * Whole-post rules see at most this much at once. A post is far shorter on every platform; a huge paste is
 * checked in windows of whole sentences, so no rule's cost per character can grow with the paste, and a
 * keystroke re-runs only its own window.
 */
export const TEXT_WINDOW = 4000;

/** Consecutive sentences grouped into windows of at most TEXT_WINDOW characters (a sentence is at most 1000). */
function windowsOf(segments: readonly Segment[]): Array<{ start: number; text: string }> {
  const windows: Array<{ start: number; text: string }> = [];
  let current: { start: number; text: string } | undefined;
  for (const segment of segments) {
    if (current && current.text.length + segment.text.length <= TEXT_WINDOW) current.text += segment.text;
    else {
      current = { start: segment.start, text: segment.text };
      windows.push(current);
    }
  }
  return windows;
}

export interface Analyzer {
  analyze(input: AnalyzeInput): Finding[];
  readonly stats: AnalyzerStats;
  readonly rules: readonly AnyRule[];
  readonly vocabulary: Vocabulary;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const rules = options.rules ?? registry;
  const vocabulary = resolveVocabulary(options.vocabulary);
  const active = resolveRules(rules, options.settings ?? {}, vocabulary);
  const activeMedia = resolveMediaRules(options.settings ?? {});
  const mediaPolicy = options.media ?? wikimediaFoundationMedia;
  const cacheSize = options.cacheSize ?? 2000;
  const cache = new Map<string, SegmentFindings>();
  const stats: AnalyzerStats = { segmentsAnalyzed: 0, segmentsFromCache: 0, segmentsSkippedByTrigger: 0, nlpParses: 0 };

  function remember(key: string, value: SegmentFindings): void {
    cache.set(key, value);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
  }

  function recall(key: string): SegmentFindings | undefined {
    const hit = cache.get(key);
    if (hit) {
      // Least recently used goes first: move a hit to the back.
      cache.delete(key);
      cache.set(key, hit);
    }
    return hit;
  }

  function runRules(text: string, ruleSet: ActiveRule[], input: RuleContext<unknown>['input'], part: Part): SegmentFindings {
    const candidates = ruleSet.filter((r) => r.trigger.test(text));
    if (candidates.length === 0) {
      stats.segmentsSkippedByTrigger++;
      return [];
    }
    stats.segmentsAnalyzed++;
    let view: View | undefined;
    const nlp = () => {
      if (!view) {
        stats.nlpParses++;
        view = parseSegment(text);
      }
      return view;
    };
    const found: Finding[] = [];
    for (const { rule, options: ruleOptions, severity } of candidates) {
      for (const hit of rule.check({ text, input, options: ruleOptions, nlp, vocabulary, part })) {
        checkHit(rule, hit, text.length);
        if (vocabulary.isIgnored(text.slice(hit.start, hit.end))) continue;
        found.push(toFinding(rule, severity, hit));
      }
    }
    return found;
  }

  /** Runs the rules over one text (the post, or the post it quotes), sentence rules sentence by sentence. */
  function analyzePart(
    text: string,
    context: RuleContext<unknown>['input'],
    part: Part,
    perSentence: ActiveRule[],
    perText: ActiveRule[],
  ): Finding[] {
    const contextKey = `${part}\u0000${JSON.stringify(context)}`;
    const findings: Finding[] = [];
    const segments = perSentence.length > 0 || text.length > TEXT_WINDOW ? splitSentences(text) : [];
    if (perSentence.length > 0) {
      for (const segment of segments) {
        if (segment.text.trim() === '') continue;
        const key = `${contextKey}\u0000${segment.text}`;
        let result = recall(key);
        if (result) stats.segmentsFromCache++;
        else {
          result = runRules(segment.text, perSentence, context, part);
          remember(key, result);
        }
        for (const f of result) findings.push({ ...f, start: f.start + segment.start, end: f.end + segment.start });
      }
    }
    if (perText.length > 0 && text.trim() !== '') {
      for (const window of text.length > TEXT_WINDOW ? windowsOf(segments) : [{ start: 0, text }]) {
        const key = `${contextKey}\u0001${context.quoted ?? ''}\u0001${window.text}`;
        let result = recall(key);
        if (!result) {
          result = runRules(window.text, perText, context, part);
          remember(key, result);
        }
        for (const f of result) findings.push({ ...f, start: f.start + window.start, end: f.end + window.start });
      }
    }
    return findings;
  }

  function analyze(rawInput: AnalyzeInput): Finding[] {
    const input = analyzeInputSchema.parse(rawInput);
    const profile: Profile = input.profile ?? 'official';
    const applicable = active.filter((r) => r.rule.meta.profiles.includes(profile));
    const bySentence = (r: ActiveRule) => (r.rule.meta.scope ?? 'sentence') === 'sentence';
    const context = { reply: input.reply, profile, platform: input.platform, lang: input.lang };
    const textContext = input.quoted === undefined ? context : { ...context, quoted: input.quoted };
    const findings = analyzePart(
      input.text,
      textContext,
      'post',
      applicable.filter(bySentence),
      applicable.filter((r) => !bySentence(r)),
    );

    // Reposting or quoting a post that breaks the guidelines breaks them too: check the quoted text as well.
    const forQuoted = applicable.filter((r) => r.rule.meta.checksQuoted !== false);
    if (input.quoted && forQuoted.length > 0) {
      const quotedContext = { profile, platform: input.platform, lang: input.lang };
      const inQuote = analyzePart(input.quoted, quotedContext, 'quoted', forQuoted.filter(bySentence), forQuoted.filter((r) => !bySentence(r)));
      for (const f of inQuote) findings.push({ ...f, quoted: true });
    }
    // Media findings come from what is attached and linked, so they are found even for a post with no words.
    const media = activeMedia.filter((r) => r.meta.profiles.includes(profile));
    if (media.length > 0 && (input.media?.length || input.commons?.length)) findings.push(...mediaFindings(input, mediaPolicy, media));
    return findings.sort(
      (a, b) => Number(a.quoted ?? false) - Number(b.quoted ?? false) || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
    );
  }

  return { analyze, stats, rules, vocabulary };
}

function resolveVocabulary(input: VocabularyInput | undefined): Vocabulary {
  const parsed = vocabularySchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
    throw new SettingsError(`vocabulary${where}: ${issue?.message ?? 'invalid'}`);
  }
  return compileVocabulary(parsed.data);
}

function resolveMediaRules(settings: RuleSettings): ActiveMediaRule[] {
  return mediaRules
    .filter((meta) => settings[meta.id]?.enabled !== false)
    .map((meta) => ({ meta, severity: settings[meta.id]?.severity ?? meta.severity }));
}

function resolveRules(rules: readonly AnyRule[], settings: RuleSettings, vocabulary: Vocabulary): ActiveRule[] {
  const known = new Set([...rules.map((r) => r.meta.id), ...mediaRules.map((r) => r.id)]);
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) throw new SettingsError(`settings name an unknown rule "${id}"`);
  }
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? {};
    if (setting.enabled === false) continue;
    const parsed = rule.meta.options.safeParse(setting.options ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
      throw new SettingsError(`options for rule "${rule.meta.id}"${where}: ${issue?.message ?? 'invalid'}`);
    }
    const { trigger } = rule.meta;
    const built = trigger instanceof RegExp ? trigger : trigger(vocabulary);
    assertUsableTrigger(rule.meta.id, built);
    active.push({ rule, options: parsed.data, severity: setting.severity ?? rule.meta.severity, trigger: built });
  }
  return active;
}

function checkHit(rule: AnyRule, hit: RuleHit, length: number): void {
  if (!(hit.start >= 0 && hit.end > hit.start && hit.end <= length)) {
    throw new Error(`rule ${rule.meta.id} reported an impossible span [${hit.start}, ${hit.end}) in ${length} characters`);
  }
  if (!(hit.messageId in rule.meta.messages)) throw new Error(`rule ${rule.meta.id} has no message "${hit.messageId}"`);
}

function toFinding(rule: AnyRule, severity: Severity, hit: RuleHit): Finding {
  const { meta } = rule;
  const finding: Finding = {
    rule: meta.id,
    category: meta.category,
    start: hit.start,
    end: hit.end,
    severity,
    message: formatMessage(meta.messages[hit.messageId]!, hit.data),
    explanation: meta.explanation,
    policy: meta.policy,
  };
  return hit.suggestions?.length ? { ...finding, suggestions: hit.suggestions } : finding;
}

let defaultAnalyzer: Analyzer | undefined;

/** Analyses a post with every registered rule at its defaults. */
export function analyze(input: AnalyzeInput): Finding[] {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(input);
}
