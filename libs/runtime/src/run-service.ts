import closeWithGrace from 'close-with-grace';
import type { ServiceDefinition } from './service-definition.ts';
import type { ServiceConfig } from './service-env.ts';
import { startService } from './start-service.ts';

/** The process around a service (`src/main.ts`): start, log where it listens, close gracefully on SIGTERM/SIGINT. */
export async function runService<Config extends ServiceConfig, Schema>(
  definition: ServiceDefinition<Config, Schema>,
  config: Config,
): Promise<void> {
  const service = await startService(definition, config);
  const { logger } = service.deps;
  logger.info({ port: config.PORT, host: config.HOST }, `${definition.name} started`);
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'closing after an uncaught error');
    else logger.info({ signal }, 'closing');
    await service.close();
    logger.info('closed');
  });
}
