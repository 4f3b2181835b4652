import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopProcess } from '@calbridge/local-stack';

const script = fileURLToPath(new URL('./bare-fastify.server.ts', import.meta.url));

/** bare-fastify.server.ts in its own process, as the connector runs in its own. */
export async function startBareFastifyProcess() {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare fastify exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const found = /listening on (\S+)/.exec(chunk.toString())?.[1];
      if (found !== undefined) resolve(found);
    });
  });
  return { url, pid: child.pid as number, stop: () => stopProcess(child, 5_000) };
}
