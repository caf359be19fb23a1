import type { z } from 'zod';
import { analyzeInputSchema, type AnalyzeInput } from '../core/types.ts';

export type RecordId = string | number;

export interface PostRecord {
  id: RecordId;
  /** False when the id is the line number standing in for a missing one. */
  idGiven: boolean;
  input: AnalyzeInput;
}

/** One record read from the input: either a post to check or the reason it can't be checked. */
export type RecordResult = { line: number; record: PostRecord } | { line: number; error: string };

/**
 * Validates one record's fields (as parsed from JSON, or built from a CSV row or a line of text).
 * Fields the core doesn't know about are ignored, so planning tools can keep their own columns.
 */
export function toPostRecord(fields: unknown, line: number): RecordResult {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return { line, error: `expected a JSON object, got ${describeValue(fields)}` };
  }
  const record = fields as Record<string, unknown>;
  const { id } = record;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { line, error: `"id" must be a string or a number, got ${describeValue(id)}` };
  }
  const parsed = analyzeInputSchema.safeParse(record);
  if (!parsed.success) {
    return { line, error: parsed.error.issues.map((issue) => describeIssue(issue, record)).join('; ') };
  }
  return { line, record: { id: id ?? line, idGiven: id !== undefined, input: parsed.data } };
}

function describeIssue(issue: z.core.$ZodIssue, record: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? 'record');
  const value = record[field];
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `missing required field "${field}"`
        : `"${field}" must be a ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value':
      return `"${field}" must be one of ${issue.values.map(String).join(', ')}, got ${describeValue(value)}`;
    case 'too_big':
      return `"${field}" is longer than ${String(issue.maximum)} characters (${lengthOf(value)})`;
    case 'too_small':
      return `"${field}" is shorter than ${String(issue.minimum)} characters (${lengthOf(value)})`;
    default:
      return `"${field}": ${issue.message}`;
  }
}

function lengthOf(value: unknown): string {
  return typeof value === 'string' ? `it has ${value.length}` : 'not a string';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
