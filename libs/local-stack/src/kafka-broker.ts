import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { awaitReady } from './await-ready.ts';
import { kafkaClassArchive } from './kafka-class-archive.ts';
import { processExit } from './process-exit.ts';
import { kafkaJarsDir, repoRoot } from './repo-paths.ts';
import { stopProcess } from './stop-process.ts';

export interface KafkaBrokerOptions {
  dataDir: string;
  port: number;
  controllerPort: number;
  heapMb?: number;
  /** Aborting stops the broker, whether it is still starting or already running. */
  signal?: AbortSignal;
}

export interface KafkaBroker {
  brokers: string[];
  pid: number;
  /** Resolves when the broker ends, by a stop or not, saying how. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a real single-node Apache Kafka broker (KRaft, broker and controller in one JVM) from the Maven Central jars
 * that deploy/local/kafka/install.sh fetched. Formats the storage on first use; keeps data in `dataDir`.
 */
export async function startKafkaBroker(options: KafkaBrokerOptions): Promise<KafkaBroker> {
  const properties = join(options.dataDir, 'server.properties');
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(properties, serverProperties(options));
  if (!existsSync(join(options.dataDir, 'logs', 'meta.properties'))) {
    const clusterId = randomBytes(16).toString('base64url');
    const format = ['-cp', classpath(), 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`];
    await formatStorage([...format, '-c', properties], options);
  }
  const archive = kafkaClassArchive(kafkaJarsDir());
  const child = spawnBroker(options, properties, archive.jvmOptions);
  const brokers = [`127.0.0.1:${options.port}`];
  const exited = processExit(child).then((how) => {
    archive.afterExit(how);
    return how;
  });
  const stop = (): Promise<void> => stopProcess(child, 30_000);
  options.signal?.addEventListener('abort', () => void stop(), { once: true });
  await awaitReady({
    what: 'Kafka broker',
    probe: () => describeCluster(brokers),
    timeoutMs: 90_000,
    everyMs: 200,
    exited,
    exitError: (how) => new Error(`Kafka ${how} before accepting clients; see ${logFile(options)}`),
    signal: options.signal,
    stop,
  });
  return { brokers, pid: child.pid ?? 0, exited, stop };
}

/** Waits for the formatting JVM to be gone, also when aborted, so a stopped start leaves no process behind. */
async function formatStorage(args: string[], options: KafkaBrokerOptions): Promise<void> {
  const log = openSync(logFile(options), 'a');
  const child = spawn('java', args, { stdio: ['ignore', 'ignore', log] });
  closeSync(log);
  const stop = (): Promise<void> => stopProcess(child, 10_000);
  options.signal?.addEventListener('abort', () => void stop(), { once: true });
  const result = await processExit(child);
  if (options.signal?.aborted) throw new Error('Kafka: start aborted');
  if (result !== 'exited with code 0') throw new Error(`Kafka storage format ${result}; see ${logFile(options)}`);
}

function spawnBroker(options: KafkaBrokerOptions, properties: string, archiveOptions: string[]): ChildProcess {
  const log = openSync(logFile(options), 'a');
  const log4j = join(repoRoot(), 'deploy', 'local', 'kafka', 'log4j.properties');
  const jvm = [
    `-Xmx${options.heapMb ?? 512}m`,
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    ...archiveOptions,
    `-Dlog4j.configuration=file:${log4j}`,
  ];
  try {
    return spawn('java', [...jvm, '-cp', classpath(), 'kafka.Kafka', properties], { stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
}

async function describeCluster(brokers: string[]): Promise<void> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } finally {
    await admin.disconnect();
  }
}

const classpath = (): string => `${kafkaJarsDir()}/*`;
const logFile = (options: KafkaBrokerOptions): string => join(options.dataDir, 'server.log');

function serverProperties({ dataDir, port, controllerPort }: KafkaBrokerOptions): string {
  return `${[
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${join(dataDir, 'logs')}`,
    'num.partitions=3',
    // Topics are created explicitly (with their dead-letter topics), as in production.
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // The broker is unfenced (serves clients) after a heartbeat the controller answers; the 2 s default makes a
    // start wait up to that long for nothing on a single node.
    'broker.heartbeat.interval.ms=500',
    'unclean.leader.election.enable=false',
  ].join('\n')}\n`;
}
