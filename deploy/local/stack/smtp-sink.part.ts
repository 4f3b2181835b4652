import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../libs/local-stack/src/index.ts';
import { spawnLogged } from './spawn-logged.ts';
import type { StackPart } from './stack-part.ts';
import { runningChild, superviseProcess } from './supervised-process.ts';

export interface SmtpSinkPartOptions {
  smtpPort: number;
  webPort: number;
  /** Keeps received mail across restarts of the sink (`make down` / `make up` too). */
  mailDir: string;
  logsDir: string;
  log: (line: string) => void;
  onChange: () => void;
}

const stopGraceMs = 5_000;

/** MailDev (npm `maildev`), installed into .tools/ by scripts/bootstrap.sh, outside the workspace's dependencies. */
export const maildevCli = (): string =>
  join(repoRoot(), '.tools', 'maildev', 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');

/**
 * A local SMTP server that delivers nowhere: it keeps every message, and a person reads them in its web inbox.
 * The notification-service sends its e-mail here (SMTP_URL) in `make up`.
 */
export function smtpSinkPart({ smtpPort, webPort, mailDir, logsDir, log, onChange }: SmtpSinkPartOptions): StackPart {
  const url = `http://127.0.0.1:${webPort}`;
  const logFile = join(logsDir, 'smtp-sink.log');
  const args = ['--smtp', String(smtpPort), '--ip', '127.0.0.1', '--web', String(webPort), '--web-ip', '127.0.0.1'];
  args.push('--mail-directory', mailDir);
  const supervised = superviseProcess(
    'smtp-sink',
    async () => {
      const cli = maildevCli();
      if (!existsSync(cli)) throw new Error(`smtp-sink: ${cli} is missing; run scripts/bootstrap.sh`);
      mkdirSync(mailDir, { recursive: true });
      const child = spawnLogged(process.execPath, [cli, ...args], { cwd: mailDir, env: process.env, logFile });
      log(`smtp-sink: started, SMTP on 127.0.0.1:${smtpPort}, inbox on ${url}`);
      return runningChild(child, stopGraceMs);
    },
    log,
    onChange,
  );

  return {
    describe: () => ({
      name: 'smtp-sink',
      address: url,
      probe: { http: `${url}/api/healthz` },
      log: logFile,
      ports: [smtpPort, webPort],
      ...supervised.status(),
    }),
    start: () => supervised.start(),
    stop: () => supervised.stop(),
  };
}

/** What the notification-service needs to send to the sink; the caller's own SMTP_URL wins (serviceEnv). */
export const smtpSinkEnv = (smtpPort: number) => ({
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  // Local webhooks (a receiver on loopback, plain http) are what a developer tries first; production refuses them.
  WEBHOOK_ALLOW_LOCAL_TARGETS: 'true',
});
