import { conflict, notFound, type ProblemError, unprocessable } from '@calbridge/http';

// The service's one error vocabulary: every refusal a client can see, each with its stable `code` (spec §4).
export const roomNotFound = (): ProblemError => notFound('room');

export const bookingNotFound = (): ProblemError => notFound('booking');

export const bookingRoomMissing = (): ProblemError =>
  unprocessable('room_not_found', 'The room does not exist.', {
    errors: [{ field: 'body.roomId', message: 'No such room' }],
  });

export const slotTaken = (): ProblemError =>
  conflict('slot_taken', 'The time overlaps another active booking of this room.');

export const slotBlocked = (blockId: string): ProblemError =>
  conflict('slot_blocked', 'The booking starts inside a time the room is blocked.', { members: { blockId } });

export const bookingCancelled = (): ProblemError =>
  conflict('booking_cancelled', 'A cancelled booking cannot be changed.');

export const invalidInterval = (field: string, message: string): ProblemError =>
  unprocessable('invalid_interval', message, { errors: [{ field, message }] });

export const invalidStatusTransition = (from: string, to: string): ProblemError =>
  unprocessable('invalid_status_transition', `A ${from} booking cannot become ${to}.`, {
    errors: [{ field: 'body.status', message: `Cannot change from ${from} to ${to}` }],
  });

export const idempotencyKeyReused = (): ProblemError =>
  unprocessable('idempotency_key_reused', 'This Idempotency-Key was already used with a different request.', {
    errors: [{ field: 'headers.idempotency-key', message: 'Already used with a different request' }],
  });
