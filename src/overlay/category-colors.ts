import type { Category } from '../core/types.ts';

/**
 * Underline colours per category, chosen to stay distinguishable and to keep at least 3:1 contrast against
 * both white and near-black backgrounds (light and dark themes of the four sites).
 */
export const categoryColors: Record<Category, string> = {
  'endorsement/product': '#c2410c',
  'endorsement/political': '#dc2626',
  'conduct/dispute': '#b91c1c',
  'conduct/article-subject': '#7c3aed',
  'tone/sarcasm': '#d97706',
  'tone/unfriendly': '#db2777',
  'media/license': '#2563eb',
  'media/alt-text': '#0891b2',
  'voice/official': '#4f46e5',
  'voice/political-affiliation': '#9333ea',
};
