import type { z } from 'zod';

// One line naming every failing field, short enough for a dead-letter header or a log field.
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');
}
