import { describe, expect, test } from '@jest/globals';
import { context, TraceFlags, trace } from '@opentelemetry/api';
import { flushTelemetry, injectTraceHeaders, startTelemetry, withExtractedContext } from '../src/index.ts';

describe('when tracing is off', () => {
  test('when no endpoint is given, then startTelemetry registers nothing and shutdown resolves', async () => {
    const telemetry = startTelemetry({ serviceName: 'booking-service', otlpEndpoint: undefined });

    const span = trace.getTracer('test').startSpan('ignored');
    expect(span.isRecording()).toBe(false);
    span.end();
    await expect(telemetry.shutdown()).resolves.toBeUndefined();
    await expect(flushTelemetry()).resolves.toBeUndefined();
  });

  test('when headers are injected and extracted without an SDK, then nothing is written and fn still runs', () => {
    const headers: Record<string, string> = {};
    const inSpan = trace.setSpanContext(context.active(), {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
    });

    context.with(inSpan, () => injectTraceHeaders(headers));
    const result = withExtractedContext(
      { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      () => 42,
    );

    expect(headers).toEqual({});
    expect(result).toBe(42);
  });
});
