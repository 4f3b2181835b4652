export { createDatabase, type DatabaseOptions } from './create-database.ts';
export { type MigrateOptions, migrateToLatest } from './migrate.ts';
export { pingDatabase } from './ping.ts';
export { inTransaction, type TransactionOptions } from './transaction.ts';
