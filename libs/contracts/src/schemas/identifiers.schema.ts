import { z } from 'zod';

// Partner ids are the JWT `sub` (a uuid, spec §4); other ids are opaque so each owner may choose its format.
export const partnerIdSchema = z.uuid().describe('The partner (tenant) id, a uuid');

export const entityIdSchema = z.string().min(1);

// Grows with every change of one aggregate so consumers can drop stale or repeated snapshots.
export const aggregateVersionSchema = z
  .int()
  .nonnegative()
  .describe('Per-aggregate version; only grows, consumers drop snapshots not newer than what they hold');
