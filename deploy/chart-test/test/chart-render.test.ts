import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { serviceEnv } from '../../../libs/runtime/src/service-env.ts';
import { chartDir, find, type KubeObject, kubeVersion, ofKind, render, template, valueArgs } from './support/chart.ts';
import { imageCommands } from './support/image-commands.ts';
import { installK8sTools, run, schemaDir } from './support/k8s-tools.ts';
import { repoRoot, services } from './support/repo.ts';
import { valueSets } from './support/value-sets.ts';

// The value sets most tests read, rendered once.
const rendered: Record<'defaults' | 'production' | 'everything', KubeObject[]> = {
  defaults: [],
  production: [],
  everything: [],
};
beforeAll(() => {
  installK8sTools();
  rendered.defaults = render();
  rendered.production = render(valueSets.production);
  rendered.everything = render(valueSets.everything);
}, 1_800_000);

const podSpecs = (objects: KubeObject[]) =>
  [...ofKind(objects, 'Deployment'), ...ofKind(objects, 'Job')].map((o) => ({
    owner: o.metadata.name,
    spec: o.spec.template.spec,
  }));

describe.each(Object.entries(valueSets))('values: %s', (_name, values) => {
  test('when linted and rendered, then helm lint --strict passes and every object is valid Kubernetes 1.34', () => {
    const lint = run('helm', ['lint', '--strict', chartDir, '--kube-version', kubeVersion, ...valueArgs(values)]);
    const validate = run(
      'kubeconform',
      [
        '-strict',
        '-summary',
        `-kubernetes-version=${kubeVersion.replace(/\d+$/, '0')}`,
        `-schema-location=${schemaDir}/{{ .NormalizedKubernetesVersion }}-local-strict/{{ .ResourceKind }}{{ .KindSuffix }}.json`,
        // A CRD of the Prometheus Operator, not part of Kubernetes' schemas; its fields are checked below.
        '-skip=ServiceMonitor',
      ],
      { input: template(values) },
    );

    expect({ code: lint.code, errors: lint.stdout.match(/\[(ERROR|WARNING)\].*/g) }).toEqual({ code: 0, errors: null });
    expect(validate.stderr).toBe('');
    expect({ code: validate.code, summary: validate.stdout.trim().split('\n').at(-1) }).toEqual({
      code: 0,
      summary: expect.stringMatching(/Invalid: 0, Errors: 0/),
    });
  });

  test('when rendered, then every pod is hardened to the restricted Pod Security Standard', () => {
    for (const { owner, spec } of podSpecs(render(values))) {
      expect({ owner, pod: spec.securityContext, token: spec.automountServiceAccountToken }).toEqual({
        owner,
        pod: expect.objectContaining({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }),
        token: false,
      });
      for (const container of spec.containers) {
        expect({ owner, container: container.name, context: container.securityContext }).toEqual({
          owner,
          container: container.name,
          context: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            capabilities: { drop: ['ALL'] },
          },
        });
        expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
      }
    }
  });
});

test('when rendered, then one workload per service: ServiceAccount, Deployment, Service, PDB, NetworkPolicy, migration Job', () => {
  const objects = rendered.defaults;
  const byService = (name: string) =>
    objects
      .filter((o) => o.metadata.labels?.['app.kubernetes.io/component'] === name)
      .map((o) => `${o.kind}/${o.metadata.name}`)
      .sort();

  for (const service of services) {
    expect(byService(service)).toEqual(
      ['Deployment', 'NetworkPolicy', 'PodDisruptionBudget', 'Service', 'ServiceAccount'].map(
        (kind) => `${kind}/cb-calbridge-${service}`,
      ),
    );
    expect(byService(`${service}-migrations`)).toEqual([`Job/cb-calbridge-${service}-migrate`]);
  }
  const withoutNotifications = render({ set: { 'services.notificationService.enabled': false } });
  expect(withoutNotifications.filter((o) => o.metadata.name.includes('notification'))).toEqual([]);
  expect(find(withoutNotifications, 'Job', 'cb-calbridge-topics').spec.template.spec.containers).toHaveLength(3);
});

test('when rendered, then each service is probed on its health endpoints, sized, and spread over zones and nodes', () => {
  for (const deployment of ofKind(rendered.defaults, 'Deployment')) {
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    expect(deployment.spec.replicas).toBe(2);
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } });
    expect(container.args).toBeUndefined();
    expect(pod.topologySpreadConstraints.map((c: { topologyKey: string }) => c.topologyKey)).toEqual([
      'topology.kubernetes.io/zone',
      'kubernetes.io/hostname',
    ]);
    expect(pod.topologySpreadConstraints[0].labelSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  }
});

test('when autoscaling is on, then an HPA owns the replica count', () => {
  const objects = rendered.production;
  const deployment = find(objects, 'Deployment', 'cb-calbridge-booking-service');
  const hpa = find(objects, 'HorizontalPodAutoscaler', 'cb-calbridge-booking-service');

  expect(deployment.spec.replicas).toBeUndefined();
  expect(hpa.spec).toMatchObject({
    scaleTargetRef: { kind: 'Deployment', name: 'cb-calbridge-booking-service' },
    minReplicas: 3,
    maxReplicas: 12,
    metrics: [{ resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 65 } } }],
  });
  expect(ofKind(objects, 'HorizontalPodAutoscaler').map((o) => o.metadata.name)).not.toContain(
    'cb-calbridge-calendar-connector',
  );
  expect(find(objects, 'Deployment', 'cb-calbridge-calendar-connector').spec.replicas).toBe(3);
});

test.each([
  ['2 pods (the default)', {}, '0.4000'],
  ['at most 10 pods', { 'services.calendarConnector.autoscaling': { enabled: true, maxReplicas: 10 } }, '0.0800'],
  ['a fraction set by hand', { 'services.calendarConnector.config': { GOOGLE_QUOTA_FRACTION: 0.5 } }, '0.5'],
])(
  'when the connector runs %s, then each pod limits itself to its part of the Google quota share',
  (_name, set, fraction) => {
    const connector = find(render({ set }), 'Deployment', 'cb-calbridge-calendar-connector');

    expect(connector.spec.template.spec.containers[0].env).toContainEqual({
      name: 'GOOGLE_QUOTA_FRACTION',
      value: fraction,
    });
  },
);

describe('environment', () => {
  // The service's config: what runtime gives every service, plus the names in its own src/config.ts.
  const configNames = (service: string) => {
    const source = readFileSync(join(repoRoot, 'services', service, 'src/config.ts'), 'utf8');
    return new Set([
      ...Object.keys(serviceEnv),
      ...[...source.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].flatMap((m) => m[1] ?? []),
    ]);
  };
  const schema = JSON.parse(readFileSync(join(chartDir, 'values.schema.json'), 'utf8'));
  const configDefinitions: Record<string, string> = {
    'calendar-connector': 'connectorConfig',
    'notification-service': 'notificationConfig',
  };
  const settable = (service: string) =>
    Object.keys(schema.$defs[configDefinitions[service] ?? 'commonConfig'].properties);
  const envOf = (objects: KubeObject[], service: string) =>
    find(objects, 'Deployment', `cb-calbridge-${service}`).spec.template.spec.containers[0].env as {
      name: string;
      value?: string;
      valueFrom?: { secretKeyRef: { name: string; key: string } };
    }[];

  test.each(services)('when %s is rendered, then its variables are its config one to one', (service) => {
    const names = envOf(rendered.everything, service).map((e) => e.name);
    const reads = configNames(service);
    const expected = reads;

    expect(names.filter((name) => !expected.has(name))).toEqual([]);
    expect(settable(service).filter((name) => !expected.has(name))).toEqual([]);
    // HOST keeps the service's default (0.0.0.0): a pod must listen on its pod IP.
    const reachable = new Set([...names, ...settable(service), 'HOST']);
    expect([...reads].filter((name) => !reachable.has(name))).toEqual([]);
  });

  test('when the chart creates the Secret, then pods reference it and carry no secret value', () => {
    const objects = render({ set: { 'secrets.values.AUTH_JWT_SECRET': 'x'.repeat(40) } });
    const connector = envOf(objects, 'calendar-connector');
    const secrets = ofKind(objects, 'Secret');

    expect(JSON.stringify(ofKind(objects, 'Deployment'))).not.toContain('x'.repeat(40));
    expect(connector.filter((e) => e.valueFrom).map((e) => [e.name, e.valueFrom?.secretKeyRef])).toEqual([
      ['DATABASE_URL', { name: 'cb-calbridge', key: 'CALENDAR_CONNECTOR_DATABASE_URL' }],
      ['AUTH_JWT_SECRET', { name: 'cb-calbridge', key: 'AUTH_JWT_SECRET' }],
      ['CONNECTOR_ENCRYPTION_KEY', { name: 'cb-calbridge', key: 'CONNECTOR_ENCRYPTION_KEY' }],
      // Optional in the connector's config, so an existing Secret may lack them.
      ...[
        'CONNECTOR_ENCRYPTION_KEY_ID',
        'CONNECTOR_ENCRYPTION_PREVIOUS_KEYS',
        'GOOGLE_OAUTH_CLIENT_ID',
        'GOOGLE_OAUTH_CLIENT_SECRET',
      ].map((key) => [key, { name: 'cb-calbridge', key, optional: true }]),
    ]);
    expect(envOf(objects, 'notification-service').find((e) => e.name === 'SMTP_URL')?.valueFrom).toEqual({
      secretKeyRef: { name: 'cb-calbridge', key: 'SMTP_URL' },
    });
    expect(secrets.map((s) => [s.metadata.name, s.metadata.annotations?.['helm.sh/hook-weight']])).toEqual([
      ['cb-calbridge', undefined],
      ['cb-calbridge-hooks', '-10'],
    ]);
    expect(secrets[1]?.stringData).toEqual(secrets[0]?.stringData);
  });

  test('when an existing Secret is named, then the chart creates none and reads every key from it', () => {
    const objects = rendered.production;
    const refs = [...ofKind(objects, 'Deployment'), ...ofKind(objects, 'Job')].flatMap((o) =>
      o.spec.template.spec.containers.flatMap((c: { env: { valueFrom?: { secretKeyRef?: { name: string } } }[] }) =>
        c.env.flatMap((e) => e.valueFrom?.secretKeyRef?.name ?? []),
      ),
    );

    expect(ofKind(objects, 'Secret')).toEqual([]);
    expect(new Set(refs)).toEqual(new Set(['calbridge-secrets', 'connector-db-app']));
    expect(envOf(objects, 'calendar-connector')[5]).toEqual({
      name: 'DATABASE_URL',
      valueFrom: { secretKeyRef: { name: 'connector-db-app', key: 'uri' } },
    });
  });

  test('when the connector uses a service account, then its key is mounted read-only and named by path', () => {
    const pod = find(rendered.defaults, 'Deployment', 'cb-calbridge-calendar-connector').spec.template.spec;
    const off = find(
      render({ set: { 'services.calendarConnector.googleServiceAccount': false } }),
      'Deployment',
      'cb-calbridge-calendar-connector',
    );

    expect(pod.containers[0].env).toContainEqual({
      name: 'GOOGLE_SERVICE_ACCOUNT_KEY_FILE',
      value: '/var/run/secrets/calbridge/google/service-account.json',
    });
    expect(pod.containers[0].env).toContainEqual({ name: 'PUBLIC_BASE_URL', value: 'https://calbridge.example.com' });
    expect(pod.containers[0].volumeMounts).toContainEqual({
      name: 'google-service-account',
      mountPath: '/var/run/secrets/calbridge/google',
      readOnly: true,
    });
    expect(pod.volumes).toContainEqual({
      name: 'google-service-account',
      secret: {
        secretName: 'cb-calbridge',
        items: [{ key: 'google-service-account.json', path: 'service-account.json' }],
      },
    });
    expect(JSON.stringify(off)).not.toContain('google-service-account');
  });
});

describe('hook Jobs', () => {
  const hookAnnotations = {
    'helm.sh/hook': 'pre-install,pre-upgrade',
    'helm.sh/hook-weight': '0',
    'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
  };

  test('when rendered, then each service migrates before install and upgrade with the image migration command', () => {
    const objects = rendered.defaults;
    for (const service of services) {
      const job = find(objects, 'Job', `cb-calbridge-${service}-migrate`);
      const [container] = job.spec.template.spec.containers;
      expect(job.metadata.annotations).toEqual(hookAnnotations);
      expect(job.spec.template.spec.restartPolicy).toBe('Never');
      expect(container.image).toBe(`ghcr.io/calbridge/${service}:0.1.0`);
      expect(container.args).toEqual(imageCommands.migrate);
      expect(container.env.map((e: { name: string }) => e.name)).toEqual(['DATABASE_URL']);
      // Before an install the chart's own Secret does not exist yet: the Job reads the hook copy.
      expect(container.env[0].valueFrom.secretKeyRef.name).toBe('cb-calbridge-hooks');
    }
  });

  test('when rendered, then one topic Job creates each service topics with the image topic command', () => {
    const job = find(render({ set: { 'kafka.topicPrefix': 'prod.' } }), 'Job', 'cb-calbridge-topics');
    const containers = job.spec.template.spec.containers;

    expect(job.metadata.annotations).toEqual(hookAnnotations);
    expect(containers.map((c: { name: string }) => c.name).sort()).toEqual([...services].sort());
    for (const container of containers) {
      expect(container.image).toBe(`ghcr.io/calbridge/${container.name}:0.1.0`);
      expect(container.args).toEqual([...imageCommands.createTopics, '--partitions', '3']);
      expect(container.env).toEqual([
        { name: 'KAFKA_BROKERS', value: 'kafka:9092' },
        { name: 'KAFKA_TOPIC_PREFIX', value: 'prod.' },
      ]);
    }
  });
});

describe('exposure', () => {
  test('when rendered, then the public host routes only the webhook and the OAuth callback, to the connector', () => {
    const ingress = find(rendered.defaults, 'Ingress', 'cb-calbridge');

    expect(ingress.spec.tls).toEqual([{ secretName: 'calbridge-tls', hosts: ['calbridge.example.com'] }]);
    expect(ingress.spec.rules).toEqual([
      {
        host: 'calbridge.example.com',
        http: {
          paths: ['/webhooks/google', '/oauth2/callback'].map((path) => ({
            path,
            pathType: 'Exact',
            backend: { service: { name: 'cb-calbridge-calendar-connector', port: { name: 'http' } } },
          })),
        },
      },
    ]);
  });

  test('when a service has an apiHost, then its /v1 API is exposed there alone, under TLS', () => {
    const ingress = find(rendered.everything, 'Ingress', 'cb-calbridge');

    expect(ingress.spec.tls[0].hosts).toEqual([
      'calbridge.example.com',
      'availability-api.example.com',
      'booking-api.example.com',
    ]);
    expect(ingress.spec.rules.slice(1)).toEqual(
      ['availability', 'booking'].map((name) => ({
        host: `${name}-api.example.com`,
        http: {
          paths: [
            {
              path: '/v1',
              pathType: 'Prefix',
              backend: { service: { name: `cb-calbridge-${name}-service`, port: { name: 'http' } } },
            },
          ],
        },
      })),
    );
  });

  test('when network policies are on, then only the connector may call HTTPS and only notifications may send mail', () => {
    const objects = rendered.production;
    const egressPorts = (service: string) =>
      find(objects, 'NetworkPolicy', `cb-calbridge-${service}`)
        .spec.egress.flatMap((rule: { ports: { port: number }[] }) => rule.ports.map((p) => p.port))
        .sort((a: number, b: number) => a - b);
    const booking = find(objects, 'NetworkPolicy', 'cb-calbridge-booking-service').spec;

    expect(egressPorts('booking-service')).toEqual([53, 53, 4318, 5432, 9092]);
    expect(egressPorts('calendar-connector')).toEqual([53, 53, 443, 4318, 5432, 9092]);
    expect(egressPorts('notification-service')).toEqual([25, 53, 53, 443, 465, 587, 4318, 5432, 9092]);
    expect(booking.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(booking.ingress).toEqual([{ ports: [{ port: 'http', protocol: 'TCP' }], from: expect.any(Array) }]);
    expect(booking.ingress[0].from).toHaveLength(3);
  });

  test('when the ServiceMonitor is on, then it scrapes /metrics of the release services', () => {
    const [monitor] = ofKind(rendered.everything, 'ServiceMonitor');

    expect(ofKind(rendered.defaults, 'ServiceMonitor')).toEqual([]);
    expect(monitor?.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    expect(monitor?.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'calbridge', 'app.kubernetes.io/instance': 'cb' } },
      endpoints: [{ port: 'http', path: '/metrics', interval: '30s' }],
    });
  });
});

test.each([
  [
    'replicaCont',
    { 'workloadDefaults.replicaCont': 3 },
    "at '/workloadDefaults': additional properties 'replicaCont' not allowed",
  ],
  ['LOG_LEVL', { 'config.LOG_LEVL': 'debug' }, "at '/config': additional properties 'LOG_LEVL' not allowed"],
  [
    'a connector setting on another service',
    { 'services.bookingService.config': { GOOGLE_API_ROOT_URL: 'https://example.com/' } },
    "at '/services/bookingService/config': additional properties 'GOOGLE_API_ROOT_URL' not allowed",
  ],
])('when a value is misspelled (%s), then rendering fails naming it', (_name, set, message) => {
  expect(() => template({ set })).toThrow(message);
});
