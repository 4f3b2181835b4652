import { ProblemError } from '@calbridge/http';

// The service's error vocabulary; @calbridge/http renders each as RFC 9457 problem+json with its `code`.

/** Unknown rooms and other partners' rooms look the same, so ids of other tenants leak nothing. */
export const roomNotFound = (): ProblemError =>
  new ProblemError(404, 'room_not_found', 'Not Found', 'Room not found (rooms are learned from RoomUpserted)');

export const blockNotFound = (): ProblemError =>
  new ProblemError(404, 'block_not_found', 'Not Found', 'Block not found');

export const scheduleNotFound = (): ProblemError =>
  new ProblemError(404, 'schedule_not_found', 'Not Found', 'The room has no schedule; PUT one first');
