import type { EventHandler } from '@calbridge/messaging';
import { storeBlock } from '../blocks/block.repository.ts';
import { foreignBlockReason } from '../blocks/block-owner.ts';

/** A released block stays as an inactive row with its version, so an older BlockApplied arriving late is dropped. */
export const onBlockReleased: EventHandler<'BlockReleased'> = async (trx, event) => {
  const { id, partnerId, roomId, version } = event.data.block;
  const foreign = await foreignBlockReason(trx, event.data.block, event.partnerid);
  if (foreign) return [{ eventId: event.id, reason: foreign }];
  await storeBlock(trx, { id, partnerId, roomId, version });
};
