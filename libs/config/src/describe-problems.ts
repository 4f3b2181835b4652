import type { z } from 'zod';

// Connection strings (`*_URL`) carry passwords as often as the obvious names do.
const secretName = /SECRET|KEY|PASSWORD|TOKEN|CREDENTIAL|URL$/i;
const maxEchoLength = 80;

/** Turns zod issues into one line per variable, naming it and why it was refused. */
export function describeProblems(issues: readonly z.core.$ZodIssue[], env: Record<string, string | undefined>) {
  const reasons = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issue.path[0];
    // A rule over several variables names no single one.
    const name = key === undefined ? 'configuration' : String(key);
    const reason = key !== undefined && env[name] === undefined ? 'required' : issue.message;
    const list = reasons.get(name) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(name, list);
  }
  return [...reasons].map(([name, list]) => `${name}: ${list.join('; ')}${echo(name, env[name])}`);
}

function echo(name: string, value: string | undefined): string {
  if (value === undefined || secretName.test(name)) return '';
  const shown = value.length > maxEchoLength ? `${value.slice(0, maxEchoLength)}…` : value;
  return `, got ${JSON.stringify(shown)}`;
}
