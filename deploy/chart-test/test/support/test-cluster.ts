import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../../libs/local-stack/src/free-port.ts';
import { stopProcess } from '../../../../libs/local-stack/src/stop-process.ts';
import { waitUntil } from '../../../../libs/local-stack/src/wait-until.ts';
import { tool } from './k8s-tools.ts';

export interface ApiResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects, read field by field in the tests
  body: any;
  warnings: string[];
}

export interface TestCluster {
  /** A kubeconfig for helm (admin token, the server's self-signed certificate accepted). */
  kubeconfig: string;
  /** Folder for helm's cache and config, so the tests never touch the user's. */
  home: string;
  api(method: string, path: string, body?: unknown, contentType?: string): Promise<ApiResponse>;
  stop(): Promise<void>;
}

/**
 * etcd and kube-apiserver (built into .tools/ by scripts/install-k8s-tools.sh) on loopback ports: a real API server
 * that validates, admits (Pod Security included) and stores objects. Nothing runs pods: there is no scheduler,
 * kubelet or controller-manager, so a test plays those parts itself.
 */
export async function startTestCluster(): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'calbridge-cluster-'));
  const token = randomBytes(16).toString('hex');
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(join(dir, 'sa.key'), privateKey.export({ type: 'pkcs1', format: 'pem' }));
  writeFileSync(join(dir, 'sa.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'tokens.csv'), `${token},admin,admin,system:masters\n`);
  const [etcdPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const start = (name: string, args: string[]) => {
    const child = spawn(tool(name), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(join(dir, `${name}.log`));
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    children.push(child);
    return child;
  };
  start('etcd', [
    `--data-dir=${join(dir, 'etcd')}`,
    `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
    `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
    `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
    `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
    `--initial-cluster=default=http://127.0.0.1:${peerPort}`,
    '--unsafe-no-fsync',
    '--log-level=warn',
  ]);
  mkdirSync(join(dir, 'certs'));
  const apiserver = start('kube-apiserver', [
    `--etcd-servers=http://127.0.0.1:${etcdPort}`,
    '--bind-address=127.0.0.1',
    '--advertise-address=127.0.0.1',
    `--secure-port=${apiPort}`,
    `--cert-dir=${join(dir, 'certs')}`,
    `--token-auth-file=${join(dir, 'tokens.csv')}`,
    '--authorization-mode=RBAC',
    `--service-account-key-file=${join(dir, 'sa.pub')}`,
    `--service-account-signing-key-file=${join(dir, 'sa.key')}`,
    '--service-account-issuer=https://kubernetes.default.svc',
    '--service-cluster-ip-range=10.96.0.0/16',
  ]);
  const api = apiClient(`https://127.0.0.1:${apiPort}`, token);
  const stop = async () => {
    for (const child of children.reverse()) await stopProcess(child, 10_000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      'kube-apiserver /readyz',
      async () => {
        if (apiserver.exitCode !== null) throw new Error(`kube-apiserver exited (log: ${dir}/kube-apiserver.log)`);
        const ready = await api('GET', '/readyz');
        if (ready.status !== 200) throw new Error(`status ${ready.status}`);
      },
      90_000,
      500,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        { name: 'test', cluster: { server: `https://127.0.0.1:${apiPort}`, 'insecure-skip-tls-verify': true } },
      ],
      users: [{ name: 'admin', user: { token } }],
      contexts: [{ name: 'test', context: { cluster: 'test', user: 'admin' } }],
      'current-context': 'test',
    }),
  );
  const home = join(dir, 'helm');
  mkdirSync(home);
  return { kubeconfig, home, api, stop };
}

/** A tiny client: the server's certificate is self-signed and on loopback, so it is not verified. */
function apiClient(server: string, token: string) {
  return (method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<ApiResponse> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        `${server}${path}`,
        {
          method,
          rejectUnauthorized: false,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(payload ? { 'content-type': contentType } : {}),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => {
            const warning = res.headers.warning;
            const warnings = warning === undefined ? [] : ([] as string[]).concat(warning);
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {}
            resolve({ status: res.statusCode ?? 0, body: parsed, warnings });
          });
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
}
