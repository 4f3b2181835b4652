import { isSpanContextValid, trace } from '@opentelemetry/api';

/** pino mixin adding the active span's ids, so a log line leads to its trace and back. */
export function traceContextMixin(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (spanContext === undefined || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
