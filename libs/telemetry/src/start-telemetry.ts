import { getNodeAutoInstrumentations } from '@opentelemetry/auto-instrumentations-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';

export interface TelemetryOptions {
  serviceName: string;
  /** OTLP/HTTP collector base URL (`OTEL_EXPORTER_OTLP_ENDPOINT`); tracing stays off without it. */
  otlpEndpoint?: string | undefined;
}

export interface Telemetry {
  /** Exports what is buffered and stops; resolves at once when tracing is off. */
  shutdown(): Promise<void>;
}

/** Starts OpenTelemetry tracing (W3C trace context, http/pg/kafkajs spans over OTLP/HTTP) when an endpoint is set. */
export function startTelemetry({ serviceName, otlpEndpoint }: TelemetryOptions): Telemetry {
  if (otlpEndpoint === undefined) return { shutdown: async () => {} };
  const sdk = new NodeSDK({
    serviceName,
    // The base URL gets the signal path appended, as the OTLP exporter spec says for OTEL_EXPORTER_OTLP_ENDPOINT.
    traceExporter: new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }),
    instrumentations: [
      getNodeAutoInstrumentations({
        // One span per file read, lookup or socket buries the spans that matter.
        '@opentelemetry/instrumentation-fs': { enabled: false },
        '@opentelemetry/instrumentation-dns': { enabled: false },
        '@opentelemetry/instrumentation-net': { enabled: false },
        // @calbridge/logging adds trace ids itself; this one would also forward every line to a logs pipeline.
        '@opentelemetry/instrumentation-pino': { enabled: false },
        // Runtime metrics go nowhere with metrics off; prom-client serves them at /metrics.
        '@opentelemetry/instrumentation-runtime-node': { enabled: false },
      }),
    ],
    // Without these, the SDK builds OTLP metric and log exporters from its defaults; with no collector for them,
    // shutdown waits for exports that never finish.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
