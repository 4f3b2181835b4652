import type { EventOf, EventType } from '@calbridge/contracts';
import type { Kysely } from 'kysely';
import type { IncomingMessage } from '../kafka/kafka-types.ts';

/**
 * Handles one event inside the transaction that also records it in the inbox: its effects and the
 * "processed" mark commit together, so a redelivered event changes nothing.
 */
export type EventHandler<Type extends EventType> = (
  // biome-ignore lint/suspicious/noExplicitAny: the service's own schema
  trx: Kysely<any>,
  event: EventOf<Type>,
  message: IncomingMessage,
) => Promise<void>;

/** The subscription table of a service: one line per event type it consumes. */
export type EventHandlers = { [Type in EventType]?: EventHandler<Type> };
