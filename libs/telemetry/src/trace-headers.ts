import { context, propagation, type TextMapGetter, trace } from '@opentelemetry/api';

/** Kafka message headers as kafkajs hands them over. */
export type MessageHeaders = Record<string, string | Buffer | (string | Buffer)[] | undefined>;

const messageHeadersGetter: TextMapGetter<MessageHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.map(String) : String(value);
  },
};

/** Writes `traceparent` (and `tracestate`) of the active context into `headers`; no-op while tracing is off. */
export function injectTraceHeaders(headers: Record<string, string>): void {
  propagation.inject(context.active(), headers);
}

/** Runs `fn` inside the trace context carried by `headers`, so its spans and log lines join the producer's trace. */
export function withExtractedContext<T>(headers: MessageHeaders, fn: () => T): T {
  const extracted = propagation.extract(context.active(), headers, messageHeadersGetter);
  const incoming = trace.getSpanContext(extracted)?.traceId;
  // The kafkajs instrumentation may already have opened a consumer span in that trace; keep it as the parent.
  const sameTrace = incoming !== undefined && trace.getActiveSpan()?.spanContext().traceId === incoming;
  return sameTrace ? fn() : context.with(extracted, fn);
}
