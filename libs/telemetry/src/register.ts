// Preload: `node --import @calbridge/telemetry/register src/main.ts`. Instrumentation must be in place before http,
// pg or kafkajs is first imported, which happens before a service's config.ts can run. That is why this file is the
// one place besides config.ts that reads process.env (the standard OTEL_* variables).
import { register } from 'node:module';
import { startTelemetry } from './start-telemetry.ts';

const otlpEndpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined;

if (otlpEndpoint !== undefined) {
  // An ESM `import` of a CommonJS package never passes through require hooks, so kafkajs is only patched by the
  // loader hook. The hook comes from auto-instrumentations-node's own dependencies, hence that parent URL.
  const hookParent = import.meta.resolve('@opentelemetry/auto-instrumentations-node');
  register('@opentelemetry/instrumentation/hook.mjs', hookParent, { data: { include: ['kafkajs', 'pg'] } });
  const telemetry = startTelemetry({
    serviceName: process.env.OTEL_SERVICE_NAME || 'unknown_service:node',
    otlpEndpoint,
  });
  // A service that ends by draining its event loop gets its last spans exported; a collector that cannot be reached
  // is reported but does not turn a clean exit into a crash.
  process.once('beforeExit', () => {
    telemetry.shutdown().catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: 40, time: Date.now(), msg: `telemetry shutdown: ${error}` })}\n`);
    });
  });
}
