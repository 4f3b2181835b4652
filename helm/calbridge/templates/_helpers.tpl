{{/*
Helpers shared by every template. A "service context" is the dict calbridge.services yields for one service:
  root    the chart's root context ($)
  key     its key under .Values.services (bookingService)
  name    its package and component name (booking-service)
  values  workloadDefaults merged with its entry under .Values.services
*/}}

{{/*
calbridge.name: the chart name, or nameOverride.
*/}}
{{- define "calbridge.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
calbridge.fullname: prefix of every resource name: fullnameOverride, else "<release>-<name>", else just the release
name when it already contains the chart name. Truncated to 63 characters (DNS label limit).
*/}}
{{- define "calbridge.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "calbridge.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
calbridge.labels: the recommended labels of every object (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/).
Takes the root context.
*/}}
{{- define "calbridge.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "calbridge.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: calbridge
{{- end -}}

{{/*
calbridge.selectorLabels: the labels that pick one service's pods. Never change them: a Deployment's selector is
immutable. Takes a service context.
*/}}
{{- define "calbridge.selectorLabels" -}}
app.kubernetes.io/name: {{ include "calbridge.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/*
calbridge.serviceLabels: calbridge.labels plus the component. Takes a service context.
*/}}
{{- define "calbridge.serviceLabels" -}}
{{ include "calbridge.labels" .root }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/*
calbridge.resourceName: "<fullname>-<service>", the name of each object of one service. Takes a service context.
*/}}
{{- define "calbridge.resourceName" -}}
{{- printf "%s-%s" (include "calbridge.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
calbridge.services: the enabled services as a JSON list of {key, name, values}; a template turns each into a service
context with `set $entry "root" $` (a template can only return text, and JSON cannot carry the root context).
*/}}
{{- define "calbridge.services" -}}
{{- $list := list -}}
{{- range $key, $entry := .Values.services -}}
{{- if $entry.enabled -}}
{{- $values := mergeOverwrite (deepCopy $.Values.workloadDefaults) (deepCopy $entry) -}}
{{- $list = append $list (dict "key" $key "name" (kebabcase $key) "values" $values) -}}
{{- end -}}
{{- end -}}
{{- toJson $list -}}
{{- end -}}

{{/*
calbridge.image: "<repository>/<service>:<tag>", the tag defaulting to the chart's appVersion. Takes a service
context.
*/}}
{{- define "calbridge.image" -}}
{{- $image := .root.Values.image -}}
{{- printf "%s/%s:%s" $image.repository .name (default .root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/*
calbridge.secretName: the Secret the services read: secrets.existingSecret, else the one the chart creates. Takes
the root context.
*/}}
{{- define "calbridge.secretName" -}}
{{- default (include "calbridge.fullname" .) .Values.secrets.existingSecret -}}
{{- end -}}

{{/*
calbridge.hookSecretName: the Secret hook Jobs read. Before an install the chart's own Secret does not exist yet, so
the chart writes a copy as a hook that lives only while the hooks run. Takes the root context.
*/}}
{{- define "calbridge.hookSecretName" -}}
{{- if .Values.secrets.existingSecret -}}
{{- .Values.secrets.existingSecret -}}
{{- else -}}
{{- printf "%s-hooks" (include "calbridge.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
calbridge.databaseUrlRef: the secretKeyRef fields (name, key) of one service's DATABASE_URL: its databaseUrlSecret
when set, else key <SERVICE>_DATABASE_URL of the Secret named "secretName". Takes a service context plus "secretName".
*/}}
{{- define "calbridge.databaseUrlRef" -}}
{{- $ref := .values.databaseUrlSecret -}}
name: {{ default .secretName $ref.name }}
key: {{ default (printf "%s_DATABASE_URL" (.name | upper | replace "-" "_")) $ref.key }}
{{- end -}}

{{/*
calbridge.secretEnv: the secret variables of one service as env entries (secretKeyRef). Every service reads
DATABASE_URL and AUTH_JWT_SECRET; the connector its encryption keys and Google OAuth client, notification-service its
SMTP URL. Takes a service context plus "secretName".
*/}}
{{- define "calbridge.secretEnv" -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      {{- include "calbridge.databaseUrlRef" . | nindent 6 }}
{{- /* key: optional? Optional keys may be missing from an existing Secret; the service then uses its default. */ -}}
{{- $keys := dict "AUTH_JWT_SECRET" false -}}
{{- if eq .name "calendar-connector" -}}
{{- $keys = merge $keys (dict "CONNECTOR_ENCRYPTION_KEY" false "CONNECTOR_ENCRYPTION_KEY_ID" true "CONNECTOR_ENCRYPTION_PREVIOUS_KEYS" true "GOOGLE_OAUTH_CLIENT_ID" true "GOOGLE_OAUTH_CLIENT_SECRET" true) -}}
{{- end -}}
{{- if eq .name "notification-service" -}}
{{- $_ := set $keys "SMTP_URL" false -}}
{{- end -}}
{{- range $key := keys $keys | sortAlpha }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $.secretName }}
      key: {{ $key }}
      {{- if get $keys $key }}
      optional: true
      {{- end }}
{{- end -}}
{{- end -}}

{{/*
calbridge.env: every variable of one service's container: the chart's wiring (PORT, Kafka), its secrets, then
`config` merged with the service's own `config`. Names are the service's config (src/config.ts) one to one. Takes a
service context plus "secretName".
*/}}
{{- define "calbridge.env" -}}
{{- $values := .root.Values -}}
- name: PORT
  value: "8080"
- name: KAFKA_BROKERS
  value: {{ required "kafka.brokers is required (host:port,…)" $values.kafka.brokers | quote }}
- name: KAFKA_TOPIC_PREFIX
  value: {{ $values.kafka.topicPrefix | quote }}
- name: KAFKA_CLIENT_ID
  value: {{ .name }}
# Topics are the topic Job's business (kafka.topicsJob), never a pod's.
- name: KAFKA_CREATE_TOPICS
  value: "false"
{{ include "calbridge.secretEnv" . }}
{{- $config := mergeOverwrite (deepCopy $values.config) (deepCopy (.values.config | default dict)) -}}
{{- if eq .name "calendar-connector" -}}
{{- if and $values.ingress.enabled (not (hasKey $config "PUBLIC_BASE_URL")) -}}
{{- $_ := set $config "PUBLIC_BASE_URL" (printf "https://%s" $values.ingress.host) -}}
{{- end -}}
{{- if not (hasKey $config "GOOGLE_QUOTA_FRACTION") -}}
{{- /* The connector's quota limiter counts per process: split the share over the most pods there can be. */ -}}
{{- $pods := .values.autoscaling.enabled | ternary .values.autoscaling.maxReplicas .values.replicaCount | int | max 1 -}}
{{- $_ := set $config "GOOGLE_QUOTA_FRACTION" (printf "%.4f" (divf .values.googleQuotaShare $pods)) -}}
{{- end -}}
{{- if .values.googleServiceAccount -}}
{{- $_ := set $config "GOOGLE_SERVICE_ACCOUNT_KEY_FILE" "/var/run/secrets/calbridge/google/service-account.json" -}}
{{- end -}}
{{- end -}}
{{- range $name := keys $config | sortAlpha }}
- name: {{ $name }}
  value: {{ get $config $name | toString | quote }}
{{- end -}}
{{- end -}}

{{/*
calbridge.podSecurity: the pod-level fields every pod of the chart shares (workloads and hook Jobs): the security
context, pull secrets, no API token (the services never call the Kubernetes API). Takes a service context.
*/}}
{{- define "calbridge.podSecurity" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .values.podSecurityContext | nindent 2 }}
{{- with .root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
{{- end -}}
