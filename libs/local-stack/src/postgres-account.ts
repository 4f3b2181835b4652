import { execFileSync, spawnSync } from 'node:child_process';

export interface Account {
  uid: number;
  gid: number;
}

/**
 * The account the server runs as: none (the caller's own) unless the caller is root, which Postgres refuses to run
 * as; then the `postgres` account, created if the machine has none.
 */
export function postgresAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  return idsOf('postgres') ?? createAccount();
}

/**
 * Whether `account` can enter `dir`, found out by trying as that account with the same spawn options the server gets
 * (no supplementary groups), so modes, ACLs and every folder above count exactly as they will for Postgres.
 */
export function canEnter(dir: string, account: Account): boolean {
  const tried = spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { ...account, stdio: 'ignore' });
  return tried.status === 0;
}

function idsOf(name: string): Account | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

function createAccount(): Account {
  const group = spawnSync('getent', ['group', 'postgres']).status === 0 ? ['-g', 'postgres'] : ['--user-group'];
  execFileSync('useradd', ['--system', '--no-create-home', ...group, 'postgres'], { stdio: 'pipe' });
  const created = idsOf('postgres');
  if (!created) throw new Error('could not create the postgres account the server must run as (running as root)');
  return created;
}
