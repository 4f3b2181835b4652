import { controlError } from './control-body.ts';

/** `since` as an ISO timestamp or epoch milliseconds; entries at or after it pass. */
export function sinceFilter(since: string | undefined): (entry: { at: string }) => boolean {
  if (since === undefined || since === '') return () => true;
  const bound = /^\d+$/.test(since) ? Number(since) : Date.parse(since);
  if (Number.isNaN(bound)) throw controlError(400, `since: not a timestamp: ${since}`);
  return (entry) => Date.parse(entry.at) >= bound;
}
