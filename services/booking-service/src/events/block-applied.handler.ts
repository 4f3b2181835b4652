import type { EventHandler } from '@calbridge/messaging';
import { storeBlock } from '../blocks/block.repository.ts';

/** BlockApplied is an upsert keyed by block id (spec §3); the projection keeps the newest version. */
export const onBlockApplied: EventHandler<'BlockApplied'> = async (trx, event) => {
  const { id, partnerId, roomId, version, start, end } = event.data.block;
  await storeBlock(trx, { id, partnerId, roomId, version, interval: { start, end } });
};
