import type { EventOf, EventType } from '@calbridge/contracts';
import type { Kysely } from 'kysely';
import type { IncomingMessage } from '../kafka/kafka-types.ts';
import type { HandlerOutcome } from './refusal.ts';

/**
 * Handles one event inside the transaction that also records it in the inbox: its effects and the
 * "processed" mark commit together, so a redelivered event changes nothing. Refusals go to the dead-letter topic.
 */
export type EventHandler<Type extends EventType> = (
  // biome-ignore lint/suspicious/noExplicitAny: the service's own schema
  trx: Kysely<any>,
  event: EventOf<Type>,
  message: IncomingMessage,
) => Promise<HandlerOutcome>;

/**
 * Handles a run of consecutive events of one type (in partition order, duplicates already removed) inside the same
 * kind of transaction, for handlers that gain from set-based SQL. When a chunk fails, the inbox retries its events
 * one by one, so the handler is then called with a single event.
 */
export interface BatchEventHandler<Type extends EventType> {
  batch: (
    // biome-ignore lint/suspicious/noExplicitAny: the service's own schema
    trx: Kysely<any>,
    events: EventOf<Type>[],
  ) => Promise<HandlerOutcome>;
}

export type AnyEventHandler = EventHandler<EventType> | BatchEventHandler<EventType>;

/** The subscription table of a service: one line per event type it consumes. */
export type EventHandlers = { [Type in EventType]?: EventHandler<Type> | BatchEventHandler<Type> };

/** Runs the handler of one type for one event, whichever form it has. */
export function handleOne<Type extends EventType>(
  handler: EventHandler<Type> | BatchEventHandler<Type>,
  // biome-ignore lint/suspicious/noExplicitAny: the service's own schema
  trx: Kysely<any>,
  event: EventOf<Type>,
  message: IncomingMessage,
): Promise<HandlerOutcome> {
  return typeof handler === 'function' ? handler(trx, event, message) : handler.batch(trx, [event]);
}
