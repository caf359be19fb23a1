import { citations } from '../policy-citations.ts';
import type { AnalyzeInput, Category, Finding, PolicyCitation, Profile, Severity, Suggestion } from '../types.ts';
import { classifyCommonsFile, commonsCredit, findCommonsLinks } from './commons.ts';
import { classifyLicence, creditsWork, type LicenceVerdict } from './licence.ts';
import type { MediaPolicy } from './media-policy.ts';

/**
 * The media rules look at what is attached to a post and the Commons files it links to, not at its sentences, so
 * they are not in the text rules' registry: the engine runs them once per post. They document themselves the same
 * way, so the options page can list and toggle them with the rest.
 */
export interface MediaRuleMeta {
  id: 'media-license' | 'media-alt-text';
  category: Category;
  severity: Severity;
  description: string;
  explanation: string;
  /** The licence rule quotes the organisation's own media line (the policy's); this is the default. */
  policy: PolicyCitation;
  profiles: readonly Profile[];
}

export const mediaLicenseRule: MediaRuleMeta = {
  id: 'media-license',
  category: 'media/license',
  severity: 'error',
  description: 'Attached or linked media must be the organisation’s own, public domain, or under a licence the policy allows.',
  explanation:
    'Only post media the organisation owns, that is in the public domain or under a licence its policy allows, or that the author gave written permission for. Freely licensed work must credit its author and licence.',
  policy: citations.mediaFreeLicences,
  profiles: ['official'],
};

export const mediaAltTextRule: MediaRuleMeta = {
  id: 'media-alt-text',
  category: 'media/alt-text',
  severity: 'warning',
  description: 'Every attached image needs a description (alt text) for people who cannot see it.',
  explanation: 'A description lets people using screen readers, or on slow connections, know what the image shows. Add one with the platform’s ALT or “Add description” button.',
  policy: citations.accessible,
  profiles: ['official'],
};

export const mediaRules: readonly MediaRuleMeta[] = [mediaLicenseRule, mediaAltTextRule];

export interface ActiveMediaRule {
  meta: MediaRuleMeta;
  severity: Severity;
}

const quoteName = (name: string | undefined) => (name ? `“${name}”` : 'The attached file');

/** Findings about the post's media. Attachment findings have an empty span at 0 and name the attachment. */
export function mediaFindings(input: AnalyzeInput, policy: MediaPolicy, active: readonly ActiveMediaRule[]): Finding[] {
  const findings: Finding[] = [];
  const licence = active.find((r) => r.meta.id === 'media-license');
  const alt = active.find((r) => r.meta.id === 'media-alt-text');
  const text = input.text;

  const finding = (rule: ActiveMediaRule, start: number, end: number, message: string, extra: Partial<Finding> = {}): Finding => ({
    rule: rule.meta.id,
    category: rule.meta.category,
    start,
    end,
    severity: rule.severity,
    message,
    explanation: rule.meta.explanation,
    policy: rule.meta.id === 'media-license' ? policy.policy : rule.meta.policy,
    ...extra,
  });

  for (const attachment of input.media ?? []) {
    const name = quoteName(attachment.name);
    if (alt && attachment.kind === 'image' && attachment.alt === 'missing') {
      findings.push(finding(alt, 0, 0, `${name} has no description (alt text)`, { media: attachment.id }));
    }
    if (!licence || attachment.read !== 'read' || !attachment.metadata) continue;
    const verdict = classifyLicence(attachment.metadata, policy);
    const problem = licenceProblem(verdict, text, policy, name);
    if (problem) findings.push(finding(licence, 0, 0, problem.message, { media: attachment.id, ...suggest(problem.credit), ...lighter(licence, problem) }));
  }

  if (licence && input.commons?.length) {
    for (const link of findCommonsLinks(text)) {
      const file = input.commons.find((f) => f.title === link.title);
      if (!file || file.status !== 'found') continue;
      const verdict = classifyCommonsFile(file, policy);
      const problem = licenceProblem(verdict, text, policy, `“${link.title.replace(/^File:/, '')}”`, commonsCredit(file));
      if (!problem) continue;
      const linked = text.slice(link.start, link.end);
      findings.push(finding(licence, link.start, link.end, problem.message, { ...suggest(problem.credit, linked), ...lighter(licence, problem) }));
    }
  }
  return findings;
}

/** What is wrong with media under a verdict: not allowed, or allowed but not credited in the post. */
function licenceProblem(
  verdict: LicenceVerdict,
  text: string,
  policy: MediaPolicy,
  name: string,
  credit?: string,
): { message: string; credit?: string } | undefined {
  if (verdict.class === 'not-allowed') {
    return { message: `${name}: ${verdict.reason}. ${policy.name}’s guidelines don’t allow it without the author’s written permission` };
  }
  if (verdict.class !== 'attribution' || creditsWork(text, verdict)) return undefined;
  const line = credit ?? creditLine(verdict);
  const what = verdict.licence?.label ?? 'Its licence';
  // Without an author in the file, the credit offered names the licence only: never a placeholder in a post.
  const author = verdict.author ? '' : '; the file does not name its author, so add who made it';
  return { message: `${name}: ${what} asks for credit to the author and the licence in the post${author}`, credit: line };
}

/** A missing credit is one step lighter than media that may not be posted at all: a warning where that is an error. */
function lighter(rule: ActiveMediaRule, problem: { credit?: string }): { severity?: Severity } {
  return problem.credit !== undefined && rule.severity === 'error' ? { severity: 'warning' } : {};
}

/** "Photo: Jane Doe, CC BY-SA 4.0" for an attached file. */
export function creditLine(verdict: LicenceVerdict): string {
  const licence = verdict.licence?.label ?? '';
  return `Photo: ${[verdict.author, licence].filter(Boolean).join(', ')}`;
}

/**
 * The credit as a suggestion. On a Commons link it follows the link (the span is the link); on an attachment the
 * span is empty and the page adds the credit at the end of the post.
 */
function suggest(credit: string | undefined, linked?: string): { suggestions?: Suggestion[] } {
  if (!credit) return {};
  return { suggestions: [{ label: `Add “${credit}”`, replacement: linked === undefined ? credit : `${linked} ${credit}` }] };
}
