import type { CalbridgeEvent, EventType } from '@calbridge/contracts';
import { withExtractedContext } from '@calbridge/telemetry';
import { sql } from 'kysely';
import type { IncomingMessage } from '../kafka/kafka-types.ts';
import type { EventHandler } from './event-handlers.ts';
import { type ProcessSettings, parseMessage } from './process-message.ts';

export interface ChunkOutcome {
  dead: { message: IncomingMessage; reason: string }[];
}

/**
 * The fast path: a whole chunk of one partition in one transaction (one inbox insert, every handler, one commit).
 * Resolves undefined when anything in it failed; the transaction is then rolled back and the caller settles the
 * messages one by one, with retries and dead-lettering.
 */
export async function processChunk(
  messages: IncomingMessage[],
  settings: ProcessSettings,
): Promise<ChunkOutcome | undefined> {
  const dead: ChunkOutcome['dead'] = [];
  const handled: { message: IncomingMessage; event: CalbridgeEvent; handler: EventHandler<EventType> }[] = [];
  for (const message of messages) {
    const parsed = parseMessage(message);
    if (!parsed.ok) dead.push({ message, reason: parsed.reason });
    const handler = parsed.ok && (settings.handlers[parsed.event.type] as EventHandler<EventType> | undefined);
    if (parsed.ok && handler) handled.push({ message, event: parsed.event, handler });
  }
  try {
    await settings.db.transaction().execute(async (trx) => {
      if (handled.length === 0) return;
      const ids = [...new Set(handled.map(({ event }) => event.id.toLowerCase()))];
      // One array parameter instead of a VALUES row per event: cheaper to build, send and plan for big chunks.
      const inserted = await sql<{ event_id: string }>`
        insert into messaging_inbox (consumer, event_id)
        select ${settings.consumerName}, unnest(${ids}::uuid[])
        on conflict do nothing
        returning event_id`.execute(trx);
      const fresh = new Set(inserted.rows.map(({ event_id }) => event_id));
      for (const { message, event, handler } of handled) {
        // delete(): an event delivered twice within one chunk is applied once.
        if (fresh.delete(event.id.toLowerCase())) {
          await withExtractedContext(message.headers, () => handler(trx, event as never, message));
        }
      }
    });
  } catch {
    return undefined;
  }
  return { dead };
}
