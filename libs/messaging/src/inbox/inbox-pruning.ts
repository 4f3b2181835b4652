import type { Kysely } from 'kysely';
import type { MessagingTables } from '../messaging-tables.ts';
import { pruneInbox } from './prune-inbox.ts';

export interface InboxPruningOptions {
  db: Kysely<MessagingTables>;
  retentionMs: number;
  everyMs?: number;
  onError: (error: unknown) => void;
}

/** Prunes once at start, then hourly; several replicas pruning at once only delete the same rows twice. */
export function startInboxPruning({ db, retentionMs, everyMs = 3_600_000, onError }: InboxPruningOptions) {
  let running: Promise<unknown> = Promise.resolve();
  const prune = () => {
    running = pruneInbox(db, retentionMs).catch(onError);
  };
  prune();
  const timer = setInterval(prune, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
