import pg from 'pg';
import type { Logger } from '../logger.ts';
import { outboxChannel } from './enqueue-event.ts';

export interface OutboxListener {
  close(): Promise<void>;
}

/** Keeps a LISTEN connection open (reconnecting after errors) and calls `onNotify` for every outbox commit. */
export async function listenForOutbox(url: string, logger: Logger, onNotify: () => void): Promise<OutboxListener> {
  let closed = false;
  let client: pg.Client | undefined;
  const reconnectLater = (): void => {
    if (!closed) setTimeout(() => void connect().catch(reconnectLater), 1_000);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: 'outbox-relay-listener' });
    next.on('notification', onNotify);
    next.on('error', (error) => {
      logger.warn({ err: error }, 'outbox LISTEN connection lost; polling until it is back');
      void next.end().catch(() => {});
      reconnectLater();
    });
    await next.connect();
    await next.query(`LISTEN ${outboxChannel}`);
    client = next;
    onNotify();
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end();
    },
  };
}
