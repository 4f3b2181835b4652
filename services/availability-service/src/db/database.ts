import type { MessagingTables } from '@calbridge/messaging';

/** The kysely schema of this service's database. */
export type Database = MessagingTables;
