import type { EventHandler } from '@calbridge/messaging';
import { storeBlock } from '../blocks/block.repository.ts';
import { foreignBlockReason } from '../blocks/block-owner.ts';

/** BlockApplied is an upsert keyed by block id (spec §3); the projection keeps the newest version. */
export const onBlockApplied: EventHandler<'BlockApplied'> = async (trx, event) => {
  const { id, partnerId, roomId, version, start, end } = event.data.block;
  const foreign = await foreignBlockReason(trx, event.data.block, event.partnerid);
  if (foreign) return [{ eventId: event.id, reason: foreign }];
  await storeBlock(trx, { id, partnerId, roomId, version, interval: { start, end } });
};
