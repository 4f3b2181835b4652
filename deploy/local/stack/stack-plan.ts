import { join } from 'node:path';
import { withEarlyMigrations } from './early-migrations.ts';
import { emulatorPart } from './emulator.part.ts';
import { kafkaPart } from './kafka.part.ts';
import { localGoogle } from './local-google.ts';
import { postgresPart } from './postgres.part.ts';
import { servicePart } from './service.part.ts';
import type { ServiceFolder } from './service-discovery.ts';
import { serviceEnv } from './service-env.ts';
import { smtpSinkEnv, smtpSinkPart } from './smtp-sink.part.ts';
import type { StackPart } from './stack-part.ts';
import type { StackPaths } from './stack-paths.ts';
import { type StackSettings, serviceDefaults } from './stack-settings.ts';

export interface StackPlanInput {
  settings: StackSettings;
  paths: StackPaths;
  services: ServiceFolder[];
  callerEnv: NodeJS.ProcessEnv;
  log: (line: string) => void;
  onChange: () => void;
}

/**
 * The stack as layers: each layer starts in parallel once the one before is up, and stops before it. A new part
 * (the SMTP sink) is one more entry in the layer it needs. The services' migrations begin with Postgres, before the
 * services' layer (early-migrations.ts).
 */
export function stackPlan({ settings, paths, services, callerEnv, log, onChange }: StackPlanInput): StackPart[][] {
  const { ports } = settings;
  const known = services.map((service) => ({ service, defaults: defaultsOf(service) }));
  const databases = known.map(({ defaults }) => defaults.database);
  const postgres = postgresPart({
    dataDir: paths.postgresDir,
    port: ports.POSTGRES_PORT,
    databases,
    logsDir: paths.logsDir,
    log,
    onChange,
  });
  const kafka = kafkaPart({
    dataDir: paths.kafkaDir,
    port: ports.KAFKA_PORT,
    controllerPort: ports.KAFKA_CONTROLLER_PORT,
    topicPrefix: settings.topicPrefix,
    log,
    onChange,
  });
  const google = localGoogle(callerEnv, paths.dir, ports.EMULATOR_PORT, ports.CONNECTOR_PORT);
  const emulator = emulatorPart({
    afterLaunch: google.register,
    packageDir: paths.emulatorDir,
    port: ports.EMULATOR_PORT,
    snapshotFile: paths.emulatorSnapshot,
    logsDir: paths.logsDir,
    log,
    onChange,
  });
  const smtpSink = smtpSinkPart({
    smtpPort: ports.SMTP_PORT,
    webPort: ports.SMTP_WEB_PORT,
    mailDir: join(paths.dir, 'mail'),
    logsDir: paths.logsDir,
    log,
    onChange,
  });
  const serviceParts = known
    .sort((a, b) => ports[a.defaults.portVariable] - ports[b.defaults.portVariable])
    .map(({ service, defaults }) => {
      const port = ports[defaults.portVariable];
      const wiring = () => ({ port, databaseUrl: postgres.urlFor(defaults.database), kafkaBrokers: kafka.brokers });
      return servicePart({
        service,
        port,
        env: () => ({
          ...(service.name === 'calendar-connector' ? google.connectorEnv : {}),
          ...(service.name === 'notification-service' ? smtpSinkEnv(ports.SMTP_PORT) : {}),
          ...serviceEnv(callerEnv, settings, wiring()),
        }),
        logsDir: paths.logsDir,
        log,
        onChange,
      });
    });
  return [[withEarlyMigrations(postgres, serviceParts), kafka, emulator, smtpSink], serviceParts];
}

function defaultsOf(service: ServiceFolder) {
  const defaults = serviceDefaults[service.name];
  if (defaults) return defaults;
  throw new Error(`services/${service.name} has no port and database in deploy/local/stack/stack-settings.ts`);
}
