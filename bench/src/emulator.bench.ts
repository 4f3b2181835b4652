import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const TOTAL = 6000;
const WARMUP = 500;
const CONCURRENCY = 8;
const emulatorDir = fileURLToPath(new URL('../../libs/google-emulator', import.meta.url));

interface Target {
  url: URL;
  token: string;
  agent: Agent;
}

function startChild(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', 'src/cli.ts', '--port', '0', '--quiet'], {
    cwd: emulatorDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const url = /listening on (\S+)/.exec(chunk.toString())?.[1];
      if (url !== undefined) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
  });
}

function call(target: Target, method: string, path: string, body?: unknown): Promise<number> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, target.url),
      {
        method,
        agent: target.agent,
        headers: {
          authorization: `Bearer ${target.token}`,
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Half inserts, half first pages of events.list, on one calendar that keeps growing. */
function operation(target: Target, i: number): Promise<number> {
  if (i % 2 === 0) {
    const day = `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    return call(target, 'POST', '/calendar/v3/calendars/primary/events', {
      summary: `bench ${i}`,
      start: { dateTime: `${day}T10:00:00Z` },
      end: { dateTime: `${day}T11:00:00Z` },
      extendedProperties: { private: { calbridgeBookingId: String(i) } },
    });
  }
  return call(target, 'GET', '/calendar/v3/calendars/primary/events?maxResults=50');
}

async function run(target: Target, count: number, offset: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = offset + next++;
      const started = performance.now();
      const status = await operation(target, i);
      latencies.push(performance.now() - started);
      if (status !== 200) throw new Error(`request ${i} answered ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return latencies;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

/** events.list/insert requests per second and latency against the emulator in its own process, as the connector sees it. */
export async function emulatorBench() {
  const child = await startChild();
  try {
    const control = (method: string, path: string, body: unknown) =>
      fetch(`${child.url}/_emulator${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const user = (await (await control('POST', '/users', { email: 'bench@example.com' })).json()) as {
      accessToken: string;
    };
    await control('PUT', '/quotas', { enabled: false });
    const target: Target = {
      url: new URL(child.url),
      token: user.accessToken,
      agent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
    };
    await run(target, WARMUP, 0);
    const started = performance.now();
    const latencies = (await run(target, TOTAL, WARMUP)).sort((a, b) => a - b);
    const seconds = (performance.now() - started) / 1000;
    target.agent.destroy();
    return {
      requestsPerSecond: Math.round(TOTAL / seconds),
      p50Ms: round(percentile(latencies, 0.5)),
      p99Ms: round(percentile(latencies, 0.99)),
    };
  } finally {
    child.stop();
  }
}
