import type { Category, Severity } from '../core/types.ts';

/** What each category is called on the card (English until the interface is translated, issue 8). */
export const categoryLabels: Record<Category, string> = {
  'endorsement/product': 'Product endorsement',
  'endorsement/political': 'Political endorsement',
  'conduct/dispute': 'Dispute with another account',
  'conduct/article-subject': 'Complaint about a Wikipedia article',
  'tone/sarcasm': 'Sarcasm or irony',
  'tone/unfriendly': 'Unfriendly tone',
  'media/license': 'Media licence',
  'media/alt-text': 'Missing alt text',
  'voice/official': 'Sounds like official messaging',
  'voice/political-affiliation': 'Organisation in a political post',
};

export const severityLabels: Record<Severity, string> = {
  error: 'Breaks the guidelines',
  warning: 'Check this',
  info: 'Note',
};

/** The guideline documents, by the seed file name rules cite. */
const guidelineTitles: Record<string, string> = {
  '000_e8e8b1b4ff4e163a.txt': 'Wikimedia Foundation, “Understanding social media” (2016)',
  '001_b85db6dbd37026c3.txt': 'Wikimedia Foundation, organic social media strategy (2024/25)',
  '003_3112ccb0d3c44757.txt': 'CIS-A2K, social media best practices',
};

export function guidelineTitle(source: string): string {
  return guidelineTitles[source] ?? source;
}
