// Thrown by createEvent: an event that breaks its contract is a bug in the publisher, never something to send.
export class InvalidEventError extends Error {
  readonly type: string;
  readonly reason: string;

  constructor(type: string, reason: string) {
    super(`invalid ${type} event: ${reason}`);
    this.name = 'InvalidEventError';
    this.type = type;
    this.reason = reason;
  }
}
