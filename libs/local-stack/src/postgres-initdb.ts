import { spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresPlacement } from './postgres-placement.ts';
import { processExit } from './process-exit.ts';

/**
 * Creates the cluster. UTF8 with the C locale whatever the machine's locale, so every run gets the same encoding
 * and ordering. The password goes through a file only the server's account can read, as initdb requires.
 */
export async function initCluster(
  { binDir, dataDir, account }: PostgresPlacement,
  { user, password, logFd, signal }: { user: string; password: string; logFd: number | 'ignore'; signal?: AbortSignal },
): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'calbridge-initdb-'));
  const passwordFile = join(scratch, 'password');
  try {
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account) {
      chownSync(scratch, account.uid, account.gid);
      chownSync(passwordFile, account.uid, account.gid);
    }
    const args = [`--pgdata=${dataDir}`, `--username=${user}`, `--pwfile=${passwordFile}`, '--auth=password'];
    args.push('--encoding=UTF8', '--no-locale');
    const child = spawn(join(binDir, 'initdb'), args, { ...account, stdio: ['ignore', logFd, logFd], signal });
    const result = await processExit(child);
    if (result !== 'exited with code 0') throw new Error(`initdb ${result}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
