import { z } from 'zod';

/**
 * Fidelity switches for behaviour Google leaves undocumented or ambiguous (reference §11).
 * Defaults are the stricter reading, so a connector that passes here survives the real service.
 */
export const settingsSchema = z.object({
  /** §11.1: repeated privateExtendedProperty/sharedExtendedProperty constraints: all must match, or any. */
  extendedPropertyMatch: z.enum(['all', 'any']),
  /** `scan`: maxResults bounds the entries examined, so filtered pages come back short or empty with a nextPageToken. */
  listPaging: z.enum(['scan', 'filled']),
  /** §11.3: channel lifetime cap; a longer ttl is cut to this. */
  channelMaxTtlSeconds: z.number().int().positive(),
  /** How far after "now" an open-ended recurrence is expanded when no timeMax bounds it. */
  recurrenceHorizonDays: z.number().int().positive(),
  /** updatedMin older than this answers 410 updatedMinTooLongAgo. */
  updatedMinMaxAgeDays: z.number().int().positive(),
  allowHttpPushOnLoopback: z.boolean(),
  /** Refresh tokens expire this long after issue (0 = never); 604800 mimics an OAuth app in "Testing" status. */
  refreshTokenLifetimeSeconds: z.number().int().nonnegative(),
  /** Access tokens live this long (Google: 3599 s); shorter shows a client refreshing before expiry. */
  accessTokenLifetimeSeconds: z.number().int().positive(),
  pushRetryBaseDelayMs: z.number().int().nonnegative(),
  pushMaxAttempts: z.number().int().positive(),
});

export type EmulatorSettings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): EmulatorSettings => ({
  extendedPropertyMatch: 'all',
  listPaging: 'scan',
  channelMaxTtlSeconds: 30 * 24 * 3600,
  recurrenceHorizonDays: 365,
  updatedMinMaxAgeDays: 28,
  allowHttpPushOnLoopback: false,
  refreshTokenLifetimeSeconds: 0,
  accessTokenLifetimeSeconds: 3599,
  pushRetryBaseDelayMs: 1000,
  pushMaxAttempts: 6,
});
