import type { z } from 'zod';

/**
 * One rule for every `from`/`to` query (spec §4): when both are given, `to` must come after `from`, else a 400
 * names `query.to`. Dates and instants compare by their UTC reading, which is what a window means.
 */
export function orderedWindow(window: { from?: string; to?: string }, context: z.RefinementCtx): void {
  const { from, to } = window;
  if (from === undefined || to === undefined) return;
  if (Date.parse(to) <= Date.parse(from)) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'Invalid to: must be after from' });
  }
}
