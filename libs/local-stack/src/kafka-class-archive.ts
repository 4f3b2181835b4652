import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Application class-data sharing (JEP 350) for the broker's JVM, which otherwise spends most of its start loading
 * and verifying classes: a broker started without an archive writes the classes it loaded when it stops, and later
 * brokers (`make up`, tests) map them instead (a warm start ready in about half the time). One archive beside the jars,
 * made anew when they change; written aside and renamed, so two brokers stopping at once cannot leave half a file.
 * The JVM ignores an archive it cannot use (-Xshare:auto): it is an accelerator, never a requirement.
 */
export function kafkaClassArchive(jarsDir: string) {
  const archive = join(jarsDir, '..', 'kafka-classes.jsa');
  const quiet = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
  if (existsSync(archive) && statSync(archive).mtimeMs > statSync(jarsDir).mtimeMs) {
    return { jvmOptions: [`-XX:SharedArchiveFile=${archive}`, ...quiet], afterExit: () => {} };
  }
  const pending = `${archive}.${randomBytes(4).toString('hex')}.tmp`;
  return {
    jvmOptions: [`-XX:ArchiveClassesAtExit=${pending}`, ...quiet],
    /** Keeps what a broker that stopped by itself or on SIGTERM wrote; a SIGKILL may have cut it short. */
    afterExit: (how: string) => {
      if (existsSync(pending) && !how.includes('SIGKILL')) renameSync(pending, archive);
      else rmSync(pending, { force: true });
    },
  };
}
