import { type EventType, parseEvent } from '@calbridge/contracts';
import { withExtractedContext } from '@calbridge/telemetry';
import type { Kysely } from 'kysely';
import type { BatchContext, IncomingMessage } from '../kafka/kafka-types.ts';
import type { MessagingTables } from '../messaging-tables.ts';
import { type AnyEventHandler, type EventHandlers, handleOne } from './event-handlers.ts';
import { reasonsByEvent, refusalsIn } from './refusal.ts';
import { isTransientInfrastructureError } from './transient-error.ts';

export type Outcome = { status: 'done' | 'duplicate' | 'ignored' } | { status: 'dead'; reason: string };

export interface ProcessSettings {
  db: Kysely<MessagingTables>;
  consumerName: string;
  handlers: EventHandlers;
  maxAttempts: number;
  retryBaseMs: number;
  onRetry: (error: unknown, attempt: number) => void;
}

/**
 * Parses, then runs the handler and the inbox insert in one transaction. Invalid messages, handlers that keep
 * failing and events the handler refused (once its transaction committed) end as `dead` (the caller dead-letters
 * them); infrastructure errors are retried for as long as the consumer runs. Returns undefined when the consumer
 * stopped before the message was settled.
 */
export async function processMessage(
  message: IncomingMessage,
  context: BatchContext,
  settings: ProcessSettings,
): Promise<Outcome | undefined> {
  const parsed = parseMessage(message);
  if (!parsed.ok) return { status: 'dead', reason: parsed.reason };
  const handler = settings.handlers[parsed.event.type as EventType] as AnyEventHandler | undefined;
  if (!handler) return { status: 'ignored' };
  const { event } = parsed;
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
      if (reason !== undefined) return { status: 'dead', reason };
      return { status: outcome.fresh ? 'done' : 'duplicate' };
    } catch (error) {
      const transient = isTransientInfrastructureError(error);
      if (!transient && attempt >= settings.maxAttempts) {
        return { status: 'dead', reason: `handler failed ${attempt} times: ${(error as Error).message}` };
      }
      settings.onRetry(error, attempt);
      await backoff(context, settings.retryBaseMs * 2 ** Math.min(attempt - 1, 7));
    }
  }
  return undefined;
}

export function parseMessage(message: IncomingMessage): ReturnType<typeof parseEvent> {
  if (!message.value || message.value.length === 0) return { ok: false, reason: 'empty message value' };
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${(error as Error).message}` };
  }
  return parseEvent(json);
}

/** Waits with heartbeats, so a long backoff never gets the member evicted from its group. */
async function backoff(context: BatchContext, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && context.isRunning()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, until - Date.now())));
    await context.heartbeat();
  }
}
