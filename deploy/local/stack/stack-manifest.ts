import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { PartDescription } from './stack-part.ts';

/** What a running supervisor started, written once its start-up is done: `make up` and `make down` read it. */
export interface StackManifest {
  pid: number;
  startedAt: string;
  /** Tells `make up` whether its AUTH_JWT_SECRET is the one the services verify tokens with, without storing it. */
  jwtSecretFingerprint: string;
  parts: PartDescription[];
}

export const secretFingerprint = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex').slice(0, 12);

/** Written aside and renamed, so a reader polling for it never sees half a file. */
export function writeManifest(file: string, manifest: StackManifest): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function readManifest(file: string): StackManifest | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as StackManifest;
}

export const removeManifest = (file: string): void => rmSync(file, { force: true });
