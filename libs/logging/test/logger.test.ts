import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { context, TraceFlags, trace } from '@opentelemetry/api';
import { createLogger } from '../src/index.ts';
import { AsyncLocalContextManager } from './async-local-context-manager.ts';
import { memoryDestination } from './memory-destination.ts';

const spanContext = {
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  spanId: '00f067aa0ba902b7',
  traceFlags: TraceFlags.SAMPLED,
};

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalContextManager());
});
afterAll(() => {
  context.disable();
});

describe('createLogger', () => {
  test('when a line is written, then it is JSON carrying the service name', () => {
    const { destination, entries } = memoryDestination();
    createLogger({ name: 'availability-service', level: 'info', destination }).info({ roomId: 'r-1' }, 'ready');

    expect(entries()).toEqual([
      expect.objectContaining({ service: 'availability-service', roomId: 'r-1', msg: 'ready' }),
    ]);
  });

  test('when a line is below the level, then it is not written', () => {
    const { destination, raw } = memoryDestination();
    const logger = createLogger({ name: 'availability-service', level: 'warn', destination });

    logger.info('chatter');
    logger.warn('worth knowing');

    expect(raw).toHaveLength(1);
  });

  test('when a span is active, then the line carries its trace and span ids', async () => {
    const { destination, entries } = memoryDestination();
    const logger = createLogger({ name: 'notification-service', level: 'info', destination });
    const inSpan = trace.setSpan(context.active(), trace.wrapSpanContext(spanContext));

    await context.with(inSpan, async () => {
      await Promise.resolve();
      logger.info('inside');
    });
    logger.info('outside');

    const [inside, outside] = entries();
    expect(inside).toMatchObject({ trace_id: spanContext.traceId, span_id: spanContext.spanId });
    expect(outside).not.toHaveProperty('trace_id');
    expect(outside).not.toHaveProperty('span_id');
  });
});
