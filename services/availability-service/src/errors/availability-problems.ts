import { notFound, type ProblemError } from '@calbridge/http';

// The service's one error vocabulary; @calbridge/http renders each as RFC 9457 problem+json with its `code`.

/** Unknown rooms and other partners' rooms look the same, so ids of other tenants leak nothing. */
export const roomNotFound = (): ProblemError =>
  notFound('room', 'Room not found (rooms are learned from RoomUpserted)');

export const blockNotFound = (): ProblemError => notFound('block');

export const scheduleNotFound = (): ProblemError => notFound('schedule', 'The room has no schedule; PUT one first');
