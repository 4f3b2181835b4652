import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/** A connection or a transaction: every data function takes one first. */
export type Db = Kysely<Database>;

// The inbox hands handlers a transaction typed for any schema; this service knows it is its own.
// biome-ignore lint/suspicious/noExplicitAny: the inbox's transaction type
export const ownDb = (trx: Kysely<any>): Db => trx as Db;
