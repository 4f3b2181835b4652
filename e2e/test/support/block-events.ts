import type { BlockAppliedEvent, BlockReleasedEvent, CalbridgeEvent } from '@calbridge/contracts';
import { eventually, type ReadEvent } from '@calbridge/testkit';

const isApplied = (event: CalbridgeEvent): event is BlockAppliedEvent => event.type === 'BlockApplied';
const isReleased = (event: CalbridgeEvent): event is BlockReleasedEvent => event.type === 'BlockReleased';

/** Every BlockApplied availability-service published, oldest first. */
export const blocksApplied = (events: ReadEvent[]): BlockAppliedEvent[] =>
  events.map((read) => read.event).filter(isApplied);

/** Every BlockApplied availability-service published for one Google event, oldest first. */
export const appliedFor = (events: ReadEvent[], googleEventId: string): BlockAppliedEvent[] =>
  blocksApplied(events).filter((event) => event.data.block.source.eventId === googleEventId);

/** Waits for the block a Google event placed, and answers it. */
export const blockOf = (events: ReadEvent[], googleEventId: string) =>
  eventually(() => {
    const applied = appliedFor(events, googleEventId).at(-1);
    if (!applied) throw new Error(`no BlockApplied for Google event ${googleEventId} yet`);
    return applied.data.block;
  });

/** Waits for a block's release, and answers it. */
export const releaseOf = (events: ReadEvent[], blockId: string) =>
  eventually(() => {
    const released = events
      .map((read) => read.event)
      .filter(isReleased)
      .find((event) => event.data.block.id === blockId);
    if (!released) throw new Error(`no BlockReleased for block ${blockId} yet`);
    return released.data;
  });
