import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { context, TraceFlags, trace } from '@opentelemetry/api';
import { injectTraceHeaders, startTelemetry, type Telemetry, withExtractedContext } from '../src/index.ts';
import { type FakeCollector, startFakeCollector } from './fake-collector.ts';

const producer = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
const traceparent = `00-${producer.traceId}-${producer.spanId}-01`;
let collector: FakeCollector;
let telemetry: Telemetry;

beforeAll(async () => {
  collector = await startFakeCollector();
  // Registers the SDK's W3C trace-context propagator and its context manager, as a service start-up does.
  telemetry = startTelemetry({ serviceName: 'trace-headers-test', otlpEndpoint: collector.url });
});
afterAll(async () => {
  await telemetry.shutdown();
  await collector.close();
});

describe('trace headers', () => {
  test('when a span context is active, then injectTraceHeaders writes its W3C traceparent', () => {
    const headers: Record<string, string> = {};
    const active = trace.setSpanContext(context.active(), { ...producer, traceFlags: TraceFlags.SAMPLED });

    context.with(active, () => injectTraceHeaders(headers));

    expect(headers.traceparent).toBe(traceparent);
  });

  test('when a message carries a traceparent as a Buffer, then fn runs inside that trace', () => {
    const seen = withExtractedContext({ traceparent: Buffer.from(traceparent), other: undefined }, () =>
      trace.getSpanContext(context.active()),
    );

    expect(seen).toMatchObject({ ...producer, isRemote: true });
  });

  test('when fn starts a span, then the span continues the producer trace', () => {
    const child = withExtractedContext({ traceparent }, () => {
      const span = trace.getTracer('test').startSpan('handle BookingCreated');
      span.end();
      return span.spanContext();
    });

    expect(child.traceId).toBe(producer.traceId);
    expect(child.spanId).not.toBe(producer.spanId);
  });

  test('when a consumer span of the same trace is already active, then it stays the parent', () => {
    const consumerSpan = { traceId: producer.traceId, spanId: '1111111111111111', traceFlags: TraceFlags.SAMPLED };
    const active = trace.setSpanContext(context.active(), consumerSpan);

    const seen = context.with(active, () =>
      withExtractedContext({ traceparent }, () => trace.getSpanContext(context.active())),
    );

    expect(seen?.spanId).toBe(consumerSpan.spanId);
  });
});
