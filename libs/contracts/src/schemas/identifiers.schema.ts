import { z } from 'zod';

// Every id calbridge issues is a uuid (spec §4), in any letter case; consumers store them as `uuid`, so an id in
// another format is refused here, as an invalid event, rather than failing a handler five times over.
export const partnerIdSchema = z.uuid().describe('The partner (tenant) id, a uuid');

export const entityIdSchema = z.uuid().describe('An id calbridge issued (room, booking, block, integration), a uuid');

// Google's ids (calendars, events) are kept exactly as Google gives them.
export const googleIdSchema = z.string().min(1);

// Grows with every change of one aggregate so consumers can drop stale or repeated snapshots.
export const aggregateVersionSchema = z
  .int()
  .nonnegative()
  .describe('Per-aggregate version; only grows, consumers drop snapshots not newer than what they hold');
