import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RequestLogEntry } from '@calbridge/google-emulator';

const emulatorDir = fileURLToPath(new URL('../../libs/google-emulator', import.meta.url));

/** The Google emulator in its own process, as `make up` runs it, with its control API (spec §7). */
export async function startEmulatorProcess() {
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', 'src/cli.ts', '--port', '0', '--quiet'], {
    cwd: emulatorDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const found = /listening on (\S+)/.exec(chunk.toString())?.[1];
      if (found !== undefined) resolve(found);
    });
  });
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}/_emulator${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`emulator ${method} ${path} answered ${response.status}: ${text}`);
    return (text === '' ? {} : JSON.parse(text)) as T;
  };
  return {
    url,
    pid: child.pid as number,
    control,
    /** Calendar API calls (token calls left out) logged at or after `since` (epoch ms). */
    calendarCalls: async (since: number) =>
      (await control<RequestLogEntry[]>('GET', `/requests?since=${since}`)).filter((call) =>
        call.path.startsWith('/calendar/v3/'),
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export type EmulatorProcess = Awaited<ReturnType<typeof startEmulatorProcess>>;
