import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { chartDir, type ValueSet, valueArgs } from './support/chart.ts';
import { installK8sTools, type Run, runAsync } from './support/k8s-tools.ts';
import { type Admission, admitPod, jobController } from './support/pod-admission.ts';
import { services } from './support/repo.ts';
import { startTestCluster, type TestCluster } from './support/test-cluster.ts';
import { valueSets } from './support/value-sets.ts';

// The chart against a real kube-apiserver: it validates and stores every object and judges each pod template by the
// "restricted" Pod Security Standard. No controllers run there, so the test creates the Pods a ReplicaSet or Job
// would, and completes the hook Jobs helm waits for.
const namespace = 'calbridge';
const release = 'cb';
let cluster: TestCluster;

beforeAll(async () => {
  installK8sTools();
  cluster = await startTestCluster();
  const created = await cluster.api('POST', '/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: namespace,
      labels: Object.fromEntries(
        ['enforce', 'warn', 'audit'].map((mode) => [`pod-security.kubernetes.io/${mode}`, 'restricted']),
      ),
    },
  });
  expect(created.status).toBe(201);
  // Hook Jobs run as the namespace's `default` ServiceAccount, which only the controller-manager would create.
  await cluster.api('POST', `/api/v1/namespaces/${namespace}/serviceaccounts`, { metadata: { name: 'default' } });
}, 1_800_000);

afterAll(() => cluster?.stop(), 30_000);

const helm = async (args: string[]): Promise<Run & { jobs: Admission[] }> => {
  const controller = jobController(cluster.api, namespace);
  const env = {
    PATH: process.env.PATH,
    KUBECONFIG: cluster.kubeconfig,
    HOME: cluster.home,
    HELM_CACHE_HOME: `${cluster.home}/cache`,
    HELM_CONFIG_HOME: `${cluster.home}/config`,
    HELM_DATA_HOME: `${cluster.home}/data`,
  };
  const result = await runAsync('helm', [...args, '--namespace', namespace, '--timeout', '60s'], env).finally(
    controller.stop,
  );
  return { ...result, jobs: controller.admissions() };
};

const install = (values: ValueSet, command = 'install') =>
  helm([command, release, chartDir, '--wait=false', ...valueArgs(values)]);

const list = async (path: string) => {
  const response = await cluster.api('GET', `${path}?labelSelector=app.kubernetes.io/instance%3D${release}`);
  return (response.body.items as { metadata: { name: string } }[]).map((item) => item.metadata.name).sort();
};
const deployments = () => list(`/apis/apps/v1/namespaces/${namespace}/deployments`);

// biome-ignore lint/suspicious/noExplicitAny: Deployments as the API server stored them
const storedDeployments = async (): Promise<any[]> =>
  (await cluster.api('GET', `/apis/apps/v1/namespaces/${namespace}/deployments`)).body.items;

const hookJobs = [
  ...services.map((service) => `${release}-calbridge-${service}-migrate`),
  `${release}-calbridge-topics`,
];

test('when a value is misspelled, then the install fails naming it and creates nothing', async () => {
  const result = await install({ set: { 'services.calendarConnector.replicaCont': 3 } });

  expect(result.code).toBe(1);
  expect(result.stderr).toContain("at '/services/calendarConnector': additional properties 'replicaCont' not allowed");
  expect(await deployments()).toEqual([]);
}, 60_000);

/** A helm step that succeeded without a word on stderr, where Pod Security warnings would appear. */
const expectClean = (step: Run) => expect({ code: step.code, stderr: step.stderr }).toEqual({ code: 0, stderr: '' });

/** Every hook Job was created server-side, and a Pod from each one's template was admitted without a warning. */
const expectHooksAdmitted = (step: { jobs: Admission[] }) => {
  expect(step.jobs.map((job) => job.owner).sort()).toEqual([...hookJobs].sort());
  expect(step.jobs.filter((job) => job.status !== 201 || job.warnings.length > 0)).toEqual([]);
};

/** A Pod from each stored Deployment's template is admitted without a warning. */
const expectWorkloadsAdmitted = async () => {
  const pods = await Promise.all(
    (await storedDeployments()).map((d) => admitPod(cluster.api, namespace, d.metadata.name, d.spec.template)),
  );
  expect(pods.map((pod) => pod.owner).sort()).toEqual(services.map((s) => `${release}-calbridge-${s}`).sort());
  expect(pods.filter((pod) => pod.status !== 201 || pod.warnings.length > 0)).toEqual([]);
};

const expectUninstalled = async () => {
  const uninstalled = await helm(['uninstall', release]);
  expectClean(uninstalled);
  for (const path of [
    `/apis/apps/v1/namespaces/${namespace}/deployments`,
    `/api/v1/namespaces/${namespace}/services`,
    `/api/v1/namespaces/${namespace}/serviceaccounts`,
    `/api/v1/namespaces/${namespace}/secrets`,
    `/apis/batch/v1/namespaces/${namespace}/jobs`,
    `/apis/policy/v1/namespaces/${namespace}/poddisruptionbudgets`,
    `/apis/networking.k8s.io/v1/namespaces/${namespace}/networkpolicies`,
    `/apis/networking.k8s.io/v1/namespaces/${namespace}/ingresses`,
    `/apis/autoscaling/v2/namespaces/${namespace}/horizontalpodautoscalers`,
  ]) {
    expect({ path, left: await list(path) }).toEqual({ path, left: [] });
  }
};

const hpas = () => list(`/apis/autoscaling/v2/namespaces/${namespace}/horizontalpodautoscalers`);

test('when installed with the defaults, upgraded to production values, rolled back and uninstalled, then Kubernetes accepts every step and every pod', async () => {
  const installed = await install(valueSets.defaults);
  expectClean(installed);
  expectHooksAdmitted(installed);
  expect(await deployments()).toEqual(services.map((service) => `${release}-calbridge-${service}`).sort());
  // Succeeded hooks (and the Secret copy they read) are gone; the release's own Secret stays.
  expect(await list(`/apis/batch/v1/namespaces/${namespace}/jobs`)).toEqual([]);
  expect(await list(`/api/v1/namespaces/${namespace}/secrets`)).toEqual([`${release}-calbridge`]);
  await expectWorkloadsAdmitted();

  const upgraded = await install(valueSets.production, 'upgrade');
  expectClean(upgraded);
  expectHooksAdmitted(upgraded);
  expect(await hpas()).toHaveLength(3);
  expect(await list(`/api/v1/namespaces/${namespace}/secrets`)).toEqual([]);
  await expectWorkloadsAdmitted();

  const rolledBack = await helm(['rollback', release, '1']);
  expectClean(rolledBack);
  expect(await hpas()).toEqual([]);
  expect((await storedDeployments()).map((d) => d.spec.replicas)).toEqual([2, 2, 2, 2]);

  await expectUninstalled();
}, 180_000);

test('when installed with production values (existing Secrets, TLS Ingress, HPA) and upgraded to changed values, then both are accepted', async () => {
  const installed = await install(valueSets.production);
  expectClean(installed);
  expectHooksAdmitted(installed);
  expect(await hpas()).toHaveLength(3);
  const [ingress] = (await cluster.api('GET', `/apis/networking.k8s.io/v1/namespaces/${namespace}/ingresses`)).body
    .items;
  expect(ingress.spec.tls).toEqual([{ hosts: ['calbridge.example.com'], secretName: 'calbridge-tls' }]);
  await expectWorkloadsAdmitted();

  const changed = await install(
    {
      ...valueSets.production,
      set: { ...valueSets.everything.set, 'metrics.serviceMonitor.enabled': false, 'config.LOG_LEVEL': 'debug' },
    },
    'upgrade',
  );
  expectClean(changed);
  expectHooksAdmitted(changed);
  const stored = await storedDeployments();
  const env = stored.map((d) =>
    d.spec.template.spec.containers[0].env.find((e: { name: string }) => e.name === 'LOG_LEVEL'),
  );
  expect(env).toEqual(services.map(() => ({ name: 'LOG_LEVEL', value: 'debug' })));
  const [upgradedIngress] = (await cluster.api('GET', `/apis/networking.k8s.io/v1/namespaces/${namespace}/ingresses`))
    .body.items;
  expect(upgradedIngress.spec.rules.map((rule: { host: string }) => rule.host)).toEqual([
    'calbridge.example.com',
    'availability-api.example.com',
    'booking-api.example.com',
  ]);
  await expectWorkloadsAdmitted();

  await expectUninstalled();
}, 180_000);

test('when a pod template breaks the restricted standard, then the API server warns at install and refuses its Pod', async () => {
  const weakened = await install({
    set: { 'workloadDefaults.securityContext': { allowPrivilegeEscalation: true }, 'kafka.topicsJob.enabled': false },
  });
  const [deployment] = await storedDeployments();
  const pod = await admitPod(cluster.api, namespace, deployment.metadata.name, deployment.spec.template);
  await helm(['uninstall', release]);

  expect(weakened.code).toBe(0);
  for (const container of ['migrate', ...services]) {
    expect(weakened.stderr).toMatch(
      new RegExp(
        `would violate PodSecurity .*restricted:latest.*allowPrivilegeEscalation != false .*container .*${container}`,
      ),
    );
  }
  expect(weakened.jobs.map((job) => job.status)).toEqual([403, 403, 403, 403]);
  expect(pod.status).toBe(403);
  expect(pod.message).toContain('allowPrivilegeEscalation != false');
}, 120_000);
