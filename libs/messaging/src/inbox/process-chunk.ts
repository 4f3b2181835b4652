import type { CalbridgeEvent } from '@calbridge/contracts';
import { withExtractedContext } from '@calbridge/telemetry';
import { type Kysely, sql } from 'kysely';
import type { IncomingMessage } from '../kafka/kafka-types.ts';
import type { AnyEventHandler } from './event-handlers.ts';
import type { ProcessSettings } from './process-message.ts';
import { readEvent } from './read-event.ts';
import { type HandlerOutcome, type Refusal, reasonsByEvent, refusalsIn } from './refusal.ts';
import { noHandler, type SettledMessage, unknownType } from './settled-message.ts';

interface Handled {
  message: IncomingMessage;
  event: CalbridgeEvent;
  handler: AnyEventHandler;
}

/**
 * The fast path: a whole chunk of one partition in one transaction (one inbox insert, every handler, one commit).
 * Resolves undefined when anything in it failed; the transaction is then rolled back and the caller settles the
 * messages one by one, with retries and dead-lettering.
 */
export async function processChunk(
  messages: IncomingMessage[],
  settings: ProcessSettings,
): Promise<SettledMessage[] | undefined> {
  const settled: SettledMessage[] = [];
  const handled: Handled[] = [];
  for (const message of messages) {
    const read = readEvent(message);
    if (read.kind === 'invalid')
      settled.push({ message, type: read.type, outcome: 'dead_lettered', reason: read.reason });
    if (read.kind === 'unknown') settled.push({ message, type: read.type, outcome: 'skipped', reason: unknownType });
    if (read.kind !== 'event') continue;
    const handler = settings.handlers[read.event.type] as AnyEventHandler | undefined;
    if (handler) handled.push({ message, event: read.event, handler });
    else settled.push({ message, type: read.event.type, outcome: 'skipped', reason: noHandler });
  }
  const refusals: Refusal[] = [];
  let fresh = new Set<Handled>();
  try {
    await settings.db.transaction().execute(async (trx) => {
      if (handled.length === 0) return;
      const applied = await recordFresh(trx, settings.consumerName, handled);
      for (const run of runsOf(applied)) refusals.push(...refusalsIn(await applyRun(trx, run)));
      fresh = new Set(applied);
    });
  } catch {
    return undefined;
  }
  const reasons = reasonsByEvent(refusals);
  for (const item of handled) {
    const { message, event } = item;
    const id = event.id.toLowerCase();
    const reason = reasons.get(id);
    // delete(): an event delivered twice within one chunk was applied, and is dead-lettered, once.
    if (reason !== undefined && reasons.delete(id)) {
      settled.push({ message, type: event.type, outcome: 'dead_lettered', reason });
    } else {
      settled.push({ message, type: event.type, outcome: fresh.has(item) ? 'handled' : 'duplicate' });
    }
  }
  return settled;
}

/** Records the ids in the inbox; keeps the events seen for the first time, once each, in partition order. */
// biome-ignore lint/suspicious/noExplicitAny: the service's own schema
async function recordFresh(trx: Kysely<any>, consumer: string, handled: Handled[]): Promise<Handled[]> {
  const ids = [...new Set(handled.map(({ event }) => event.id.toLowerCase()))];
  // One array parameter instead of a VALUES row per event, and only the ids seen before come back (almost always
  // none): cheaper to build, send, plan and read for big chunks.
  const result = await sql<{ seen: string[] | null }>`
    with inserted as (
      insert into messaging_inbox (consumer, event_id)
      select ${consumer}, unnest(${ids}::uuid[])
      on conflict do nothing
      returning event_id
    )
    select array_agg(id)::text[] as seen from unnest(${ids}::uuid[]) as id
    where id not in (select event_id from inserted)`.execute(trx);
  const seen = new Set(result.rows[0]?.seen ?? []);
  const unseen = new Set(ids.filter((id) => !seen.has(id)));
  // delete(): an event delivered twice within one chunk is applied once.
  return handled.filter(({ event }) => unseen.delete(event.id.toLowerCase()));
}

/** Consecutive events sharing one batch handler form a run; every other event is a run of its own. */
function runsOf(handled: Handled[]): Handled[][] {
  const runs: Handled[][] = [];
  for (const item of handled) {
    const last = runs.at(-1)?.[0];
    const joins = last && typeof item.handler !== 'function' && last.handler === item.handler;
    if (joins) runs.at(-1)?.push(item);
    else runs.push([item]);
  }
  return runs;
}

// biome-ignore lint/suspicious/noExplicitAny: the service's own schema
function applyRun(trx: Kysely<any>, run: Handled[]): Promise<HandlerOutcome> {
  const [first] = run as [Handled];
  const { handler } = first;
  // A batch spans many producers' traces; it continues the first one's.
  return withExtractedContext(first.message.headers, () =>
    typeof handler === 'function'
      ? handler(trx, first.event as never, first.message)
      : handler.batch(trx, run.map(({ event }) => event) as never[]),
  );
}
