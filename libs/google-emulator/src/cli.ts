#!/usr/bin/env node
import { readCliConfig } from './cli-config.ts';
import { createEmulator } from './emulator.ts';

const config = readCliConfig(process.argv.slice(2), process.env);
if ('error' in config) {
  process.stderr.write(`${config.error}\n`);
  process.exit(2);
}

const emulator = await createEmulator(config);
process.stdout.write(`google-emulator listening on ${emulator.url}\n`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`close failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  });
}
