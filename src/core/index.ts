export { analyze, createAnalyzer, SettingsError } from './engine.ts';
export type { Analyzer, AnalyzerOptions, AnalyzerStats, RuleSetting, RuleSettings } from './engine.ts';
export { defineRule } from './define-rule.ts';
export type { AnyRule, Rule, RuleContext, RuleHit, RuleMeta } from './define-rule.ts';
export { registry } from './rules/index.ts';
export * from './types.ts';
