import type { ColumnType, Generated } from 'kysely';

export interface IdempotencyKeyTable {
  partner_id: string;
  key: string;
  /** Hash of the request (route, ids and body) the key was first used with. */
  fingerprint: string;
  response: ColumnType<unknown, string | null, string | null>;
  created_at: Generated<Date>;
}
