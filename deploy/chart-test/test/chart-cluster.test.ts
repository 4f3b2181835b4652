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

test('when installed, upgraded, rolled back and uninstalled, then Kubernetes accepts every step and every pod', async () => {
  const installed = await install(valueSets.defaults);
  expect({ code: installed.code, stderr: installed.stderr }).toEqual({ code: 0, stderr: '' });
  expect(installed.jobs.map((job) => job.owner).sort()).toEqual([...hookJobs].sort());
  expect(installed.jobs.filter((job) => job.status !== 201 || job.warnings.length > 0)).toEqual([]);
  expect(await deployments()).toEqual(services.map((service) => `${release}-calbridge-${service}`).sort());
  // Succeeded hooks (and the Secret copy they read) are gone; the release's own Secret stays.
  expect(await list(`/apis/batch/v1/namespaces/${namespace}/jobs`)).toEqual([]);
  expect(await list(`/api/v1/namespaces/${namespace}/secrets`)).toEqual([`${release}-calbridge`]);
  const workloadPods = await Promise.all(
    (await storedDeployments()).map((d) => admitPod(cluster.api, namespace, d.metadata.name, d.spec.template)),
  );
  expect(workloadPods.filter((pod) => pod.status !== 201 || pod.warnings.length > 0)).toEqual([]);

  const upgraded = await install(valueSets.production, 'upgrade');
  expect({ code: upgraded.code, stderr: upgraded.stderr }).toEqual({ code: 0, stderr: '' });
  expect(upgraded.jobs.map((job) => job.owner).sort()).toEqual([...hookJobs].sort());
  expect(upgraded.jobs.filter((job) => job.status !== 201 || job.warnings.length > 0)).toEqual([]);
  expect(await list(`/apis/autoscaling/v2/namespaces/${namespace}/horizontalpodautoscalers`)).toHaveLength(4);
  expect(await list(`/apis/networking.k8s.io/v1/namespaces/${namespace}/ingresses`)).toEqual([`${release}-calbridge`]);
  expect(await list(`/api/v1/namespaces/${namespace}/secrets`)).toEqual([]);
  const upgradedPods = await Promise.all(
    (await storedDeployments()).map((d) => admitPod(cluster.api, namespace, d.metadata.name, d.spec.template)),
  );
  expect(upgradedPods.filter((pod) => pod.status !== 201 || pod.warnings.length > 0)).toEqual([]);

  const rolledBack = await helm(['rollback', release, '1']);
  expect({ code: rolledBack.code, stderr: rolledBack.stderr }).toEqual({ code: 0, stderr: '' });
  expect(await list(`/apis/autoscaling/v2/namespaces/${namespace}/horizontalpodautoscalers`)).toEqual([]);
  expect((await storedDeployments()).map((d) => d.spec.replicas)).toEqual([2, 2, 2, 2]);

  const uninstalled = await helm(['uninstall', release]);
  expect({ code: uninstalled.code, stderr: uninstalled.stderr }).toEqual({ code: 0, stderr: '' });
  for (const path of [
    `/apis/apps/v1/namespaces/${namespace}/deployments`,
    `/api/v1/namespaces/${namespace}/services`,
    `/api/v1/namespaces/${namespace}/serviceaccounts`,
    `/api/v1/namespaces/${namespace}/secrets`,
    `/apis/batch/v1/namespaces/${namespace}/jobs`,
    `/apis/policy/v1/namespaces/${namespace}/poddisruptionbudgets`,
    `/apis/networking.k8s.io/v1/namespaces/${namespace}/networkpolicies`,
  ]) {
    expect({ path, left: await list(path) }).toEqual({ path, left: [] });
  }
}, 180_000);

test('when a pod template breaks the restricted standard, then the API server warns at install and refuses its Pod', async () => {
  const weakened = await install({
    set: { 'workloadDefaults.securityContext': { allowPrivilegeEscalation: true }, 'kafka.topicsJob.enabled': false },
  });
  const [deployment] = await storedDeployments();
  const pod = await admitPod(cluster.api, namespace, deployment.metadata.name, deployment.spec.template);
  await helm(['uninstall', release]);

  expect(weakened.code).toBe(0);
  expect(weakened.stderr).toContain('would violate PodSecurity "restricted:latest"');
  expect(pod.status).toBe(403);
  expect(pod.message).toContain('allowPrivilegeEscalation != false');
}, 120_000);
