import './zod-config.ts';
import type { z } from 'zod';
import type { View } from './nlp.ts';
import type { AnalyzeInput, Category, PolicyCitation, Profile, Severity, Suggestion } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What a rule sees: one segment of the post (a sentence, or the whole text for `scope: 'text'`). */
export interface RuleContext<Options> {
  /** The segment's text; offsets in hits are relative to it. */
  text: string;
  /** The post's context (reply, profile, platform, lang). `quoted` is only given to text-scope rules. */
  input: Readonly<Omit<AnalyzeInput, 'text'>>;
  options: Options;
  /** Organisation, project, brand, candidate and party names from the settings, compiled once. */
  vocabulary: Vocabulary;
  /** 'quoted' while checking the text of a post being quoted or reposted. */
  part: 'post' | 'quoted';
  /** The segment parsed by compromise, created on first use and shared by all rules on this segment. */
  nlp(): View;
}

/** Anything that can say quickly whether a segment is worth checking: a RegExp, or phrase matchers combined. */
export interface TextTest {
  test(text: string): boolean;
}

export interface RuleHit<MessageId extends string = string> {
  start: number;
  end: number;
  messageId: MessageId;
  /** Values for `{placeholders}` in the message. */
  data?: Record<string, string>;
  suggestions?: Suggestion[];
}

export interface RuleMeta<MessageId extends string, OptionsSchema extends z.ZodType> {
  /** Stable id, also the file name: `tone-sarcasm` lives in rules/tone-sarcasm.ts. */
  id: string;
  category: Category;
  severity: Severity;
  /** One line for the options page. */
  description: string;
  messages: Record<MessageId, string>;
  /** One or two friendly sentences: why it matters and what to do instead. */
  explanation: string;
  policy: PolicyCitation;
  options: OptionsSchema;
  /** Which account profiles the rule applies to; a post with no profile counts as official. */
  profiles: readonly Profile[];
  /** 'sentence' rules are cached per sentence; 'text' rules see the whole post. */
  scope?: 'sentence' | 'text';
  /**
   * A cheap test that must match the segment before `check` runs: when no rule's trigger matches,
   * nothing else (compromise included) runs. Must not be global or sticky. A function builds it once per
   * analyser from the settings' word lists.
   */
  trigger: RegExp | ((vocabulary: Vocabulary) => TextTest);
  /** Whether the rule also checks quoted and reposted text (default true: reposting a violation is one). */
  checksQuoted?: boolean;
}

export interface Rule<MessageId extends string = string, OptionsSchema extends z.ZodType = z.ZodType> {
  meta: RuleMeta<MessageId, OptionsSchema>;
  check(context: RuleContext<z.output<OptionsSchema>>): Iterable<RuleHit<MessageId>>;
}

export type AnyRule = Rule<string, z.ZodType>;

export function defineRule<MessageId extends string, OptionsSchema extends z.ZodType>(
  rule: Rule<MessageId, OptionsSchema>,
): Rule<MessageId, OptionsSchema> {
  const { id, trigger, messages } = rule.meta;
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(id)) throw new Error(`rule id "${id}" must be lower-case words joined by hyphens`);
  if (trigger instanceof RegExp) assertUsableTrigger(id, trigger);
  if (Object.keys(messages).length === 0) throw new Error(`rule ${id}: declare at least one message`);
  if (!rule.meta.options.safeParse(undefined).success && !rule.meta.options.safeParse({}).success) {
    throw new Error(`rule ${id}: options schema must accept {} (give every option a default)`);
  }
  return rule;
}

export function assertUsableTrigger(id: string, trigger: TextTest): void {
  if (trigger instanceof RegExp && (trigger.global || trigger.sticky)) {
    throw new Error(`rule ${id}: trigger must not be global or sticky`);
  }
}

/** A trigger that passes when any of its parts does (cheap patterns first). */
export function anyOf(...tests: TextTest[]): TextTest {
  return { test: (text) => tests.some((t) => t.test(text)) };
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function formatMessage(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
