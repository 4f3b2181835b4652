import { withExtractedContext } from '@calbridge/telemetry';
import type { Kysely } from 'kysely';
import type { BatchContext, IncomingMessage } from '../kafka/kafka-types.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { type AnyEventHandler, type EventHandlers, handleOne } from './event-handlers.ts';
import { readEvent } from './read-event.ts';
import { reasonsByEvent, refusalsIn } from './refusal.ts';
import { noHandler, type SettledMessage, unknownType } from './settled-message.ts';
import { isTransientInfrastructureError } from './transient-error.ts';

export interface ProcessSettings {
  db: Kysely<MessagingTables>;
  consumerName: string;
  handlers: EventHandlers;
  maxAttempts: number;
  retryBaseMs: number;
  onRetry: (error: unknown, attempt: number) => void;
}

/**
 * Reads, then runs the handler and the inbox insert in one transaction. Invalid messages, handlers that keep
 * failing and events the handler refused (once its transaction committed) end as `dead_lettered` (the caller
 * dead-letters them); types without a handler are skipped; infrastructure errors are retried for as long as the
 * consumer runs. Returns undefined when the consumer stopped first.
 */
export async function processMessage(
  message: IncomingMessage,
  context: BatchContext,
  settings: ProcessSettings,
): Promise<SettledMessage | undefined> {
  const read = readEvent(message);
  if (read.kind === 'invalid') return { message, type: read.type, outcome: 'dead_lettered', reason: read.reason };
  if (read.kind === 'unknown') return { message, type: read.type, outcome: 'skipped', reason: unknownType };
  const { event } = read;
  const handler = settings.handlers[event.type] as AnyEventHandler | undefined;
  if (!handler) return { message, type: event.type, outcome: 'skipped', reason: noHandler };
  for (let attempt = 1; context.isRunning(); attempt++) {
    try {
      const outcome = await withExtractedContext(message.headers, () =>
        settings.db.transaction().execute(async (trx) => {
          const inserted = await trx
            .insertInto('messaging_inbox')
            .values({ consumer: settings.consumerName, event_id: event.id })
            .onConflict((conflict) => conflict.doNothing())
            .executeTakeFirst();
          if (inserted.numInsertedOrUpdatedRows === 0n) return { fresh: false };
          return { fresh: true, refused: await handleOne(handler, trx, event, message) };
        }),
      );
      const reason = reasonsByEvent(refusalsIn(outcome.refused)).get(event.id.toLowerCase());
      if (reason !== undefined) return { message, type: event.type, outcome: 'dead_lettered', reason };
      return { message, type: event.type, outcome: outcome.fresh ? 'handled' : 'duplicate' };
    } catch (error) {
      const transient = isTransientInfrastructureError(error);
      if (!transient && attempt >= settings.maxAttempts) {
        const reason = `handler failed ${attempt} times: ${(error as Error).message}`;
        return { message, type: event.type, outcome: 'dead_lettered', reason };
      }
      settings.onRetry(error, attempt);
      await backoff(context, settings.retryBaseMs * 2 ** Math.min(attempt - 1, 7));
    }
  }
  return undefined;
}

/** Waits with heartbeats, so a long backoff never gets the member evicted from its group. */
async function backoff(context: BatchContext, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && context.isRunning()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, until - Date.now())));
    await context.heartbeat();
  }
}
