export { freePort } from './free-port.ts';
export { type KafkaBroker, type KafkaBrokerOptions, startKafkaBroker } from './kafka-broker.ts';
export { lastLogLine } from './last-log-line.ts';
export { createDatabases } from './postgres-databases.ts';
export { type PostgresServer, type PostgresServerOptions, startPostgres } from './postgres-server.ts';
export { aborted, processExit } from './process-exit.ts';
export { kafkaJarsDir, localDataDir, repoRoot } from './repo-paths.ts';
export { stopProcess } from './stop-process.ts';
export { waitUntil } from './wait-until.ts';
