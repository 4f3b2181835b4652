export { createDatabase, type DatabaseOptions } from './create-database.ts';
export { type MigrateOptions, migrateToLatest } from './migrate.ts';
export { pingDatabase } from './ping.ts';
export { prepared } from './prepared-statements.ts';
export { inTransaction, type TransactionOptions } from './transaction.ts';
