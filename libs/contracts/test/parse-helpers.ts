import type { ParseEventResult } from '../src/index.ts';

export function reasonOf(result: ParseEventResult): string {
  return result.ok ? '(accepted)' : result.reason;
}

export function failingFields(result: ParseEventResult): string[] {
  return result.ok ? [] : result.reason.split('; ').map((issue) => issue.slice(0, issue.indexOf(':')));
}
