import { parseArgs } from 'node:util';
import type { EmulatorOptions } from './emulator.ts';

const USAGE = `usage: google-emulator [--port <n>] [--host <address>] [--allow-http-push] [--snapshot <file>] [--quiet]
  --port             port to listen on (default: $EMULATOR_PORT or 8085; 0 picks a free one)
  --host             address to bind (default: $EMULATOR_HOST or 127.0.0.1)
  --allow-http-push  accept http:// push addresses on loopback hosts (Google requires HTTPS)
  --snapshot         keep state in this JSON file across restarts
  --quiet            no request logging`;

/** The only place that reads argv and the environment; reports every problem at once. */
export function readCliConfig(argv: string[], env: NodeJS.ProcessEnv): EmulatorOptions | { error: string } {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    return { error: `${(error as Error).message}\n${USAGE}` };
  }
  if (values.help) return { error: USAGE };
  const portText = values.port ?? env.EMULATOR_PORT ?? '8085';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) return { error: `invalid port: ${portText}\n${USAGE}` };
  return {
    port,
    host: values.host ?? env.EMULATOR_HOST ?? '127.0.0.1',
    allowHttpPushOnLoopback: values['allow-http-push'] ?? false,
    logger: !(values.quiet ?? false),
    ...(values.snapshot === undefined ? {} : { snapshotFile: values.snapshot }),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-http-push': { type: 'boolean' },
      snapshot: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
