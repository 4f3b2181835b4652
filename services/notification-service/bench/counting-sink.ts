import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server that accepts every message, keeps nothing and counts, and resolves once it took `count`. */
export async function startCountingSink() {
  let accepted = 0;
  let waiter: { count: number; resolve: () => void } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        accepted += 1;
        if (waiter && accepted >= waiter.count) waiter.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** Resolves once `more` messages beyond those taken so far have been accepted. */
    next: (more: number) => new Promise<void>((resolve) => (waiter = { count: accepted + more, resolve })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
