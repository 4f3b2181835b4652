import type { MessageProducer, OutgoingMessage } from '../../src/index.ts';

/** Wraps a real producer so a test can count sends, see who published what, hold sends, or play a broker outage. */
export function watchedProducer(inner: MessageProducer) {
  const watched = { sends: [] as OutgoingMessage[][], published: [] as OutgoingMessage[], outage: false };
  let held: Promise<void> | undefined;
  let release = (): void => {};
  const producer: MessageProducer = {
    send: async (messages) => {
      watched.sends.push(messages);
      if (watched.outage) throw new Error('connection refused (the test plays a broker outage)');
      await held;
      await inner.send(messages);
      watched.published.push(...messages);
    },
    disconnect: async () => {},
  };
  return {
    producer,
    watched,
    hold: () => {
      held = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
  };
}
