// Errors that say nothing about the message itself: the database is away or asked for a retry. Such a message is
// retried until it succeeds instead of being dead-lettered.
const transientSqlStates = /^(08|53|57P0|40001|40P01)/;
const transientNetworkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

export function isTransientInfrastructureError(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (transientSqlStates.test(code) || transientNetworkCodes.has(code))) return true;
  return typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect/i.test(message);
}
