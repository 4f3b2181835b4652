import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const serviceDir = fileURLToPath(new URL('../../services/notification-service', import.meta.url));

/**
 * ConflictDetected → a message accepted by an SMTP server, against raw nodemailer sends to it in the same run:
 * notification-service's own bench (`services/notification-service/bench/`), run as a child with its own infra.
 */
export async function notificationBench(): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=@calbridge/source', 'bench/conflict-to-smtp.bench.ts'],
    { cwd: serviceDir, env: process.env, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout);
}
