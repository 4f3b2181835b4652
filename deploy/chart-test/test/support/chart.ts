import { join } from 'node:path';
import { run, tool } from './k8s-tools.ts';
import { repoRoot } from './repo.ts';

export const chartDir = join(repoRoot, 'helm/calbridge');

/** The Kubernetes version the chart is rendered and validated for (the API server the tests build). */
export const kubeVersion = '1.34.4';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: manifests are checked field by field in the tests
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  [field: string]: any;
}

/** Values for `helm template`/`install`: files under the repo, then --set-json pairs (the last wins). */
export interface ValueSet {
  files?: string[];
  set?: Record<string, unknown>;
}

export function valueArgs({ files = [], set = {} }: ValueSet): string[] {
  return [
    ...files.flatMap((file) => ['--values', join(repoRoot, file)]),
    ...Object.entries(set).flatMap(([path, value]) => ['--set-json', `${path}=${JSON.stringify(value)}`]),
  ];
}

/** `helm template` of the chart as YAML text; throws with helm's message when it fails. */
export function template(values: ValueSet = {}, release = 'cb'): string {
  const result = run('helm', ['template', release, chartDir, '--kube-version', kubeVersion, ...valueArgs(values)]);
  if (result.code !== 0) throw new Error(result.stderr.trim());
  return result.stdout;
}

/** The rendered objects, parsed (yq turns each YAML document into one line of JSON). */
export function render(values: ValueSet = {}, release = 'cb'): KubeObject[] {
  return parseManifests(template(values, release));
}

export function parseManifests(yaml: string): KubeObject[] {
  const json = run('yq', ['--output-format=json', '--indent=0', '--yaml-fix-merge-anchor-to-spec', '.'], {
    input: yaml,
  });
  if (json.code !== 0) throw new Error(json.stderr);
  return json.stdout
    .split('\n')
    .filter((line) => line && line !== 'null')
    .map((line) => JSON.parse(line) as KubeObject);
}

export const helmBinary = () => tool('helm');

export const find = (objects: KubeObject[], kind: string, name: string): KubeObject => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
};

export const ofKind = (objects: KubeObject[], kind: string) => objects.filter((object) => object.kind === kind);
