import { ProxyTracerProvider, trace } from '@opentelemetry/api';

/**
 * Exports the spans still buffered by whichever SDK is registered (for example by `@calbridge/telemetry/register`).
 * Call it last in a graceful shutdown; it resolves at once when tracing is off.
 */
export async function flushTelemetry(): Promise<void> {
  const registered = trace.getTracerProvider();
  const provider: object = registered instanceof ProxyTracerProvider ? registered.getDelegate() : registered;
  if ('forceFlush' in provider && typeof provider.forceFlush === 'function') await provider.forceFlush();
}
