// Topic names are a contract (spec §3); a breaking change of an event means a new `.v2` topic, never an edit here.
export const topics = {
  booking: 'booking.events.v1',
  calendar: 'calendar.events.v1',
  availability: 'availability.events.v1',
  integration: 'integration.events.v1',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

export function dlqTopic<Name extends string>(topic: Name): `${Name}.dlq` {
  return `${topic}.dlq`;
}
