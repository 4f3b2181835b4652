{{/*
calbridge.workload.migrationJob: runs the service's migrations before an install or upgrade creates or rolls its
pods, so new code never meets an old schema. Old pods keep serving during the rollout, so a migration must leave the
previous release working (additive changes). The
Job is deleted once it succeeded and kept for `kubectl logs` when it failed (until the next attempt replaces it).
*/}}
{{- define "calbridge.workload.migrationJob" -}}
{{- if .values.migrations.enabled }}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ printf "%s-migrate" (include "calbridge.resourceName" . | trunc 55 | trimSuffix "-") }}
  labels:
    {{- include "calbridge.labels" .root | nindent 4 }}
    app.kubernetes.io/component: {{ .name }}-migrations
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: 2
  activeDeadlineSeconds: {{ .values.migrations.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
        {{- include "calbridge.labels" .root | nindent 8 }}
        app.kubernetes.io/component: {{ .name }}-migrations
    spec:
      restartPolicy: Never
      {{- include "calbridge.podSecurity" . | nindent 6 }}
      containers:
        - name: migrate
          image: {{ include "calbridge.image" . }}
          imagePullPolicy: {{ .root.Values.image.pullPolicy }}
          args: [dist/src/db/migrate.js]
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  {{- include "calbridge.databaseUrlRef" (merge (dict "secretName" (include "calbridge.hookSecretName" .root)) .) | nindent 18 }}
          resources:
            {{- toYaml .values.migrations.resources | nindent 12 }}
          securityContext:
            {{- toYaml .values.securityContext | nindent 12 }}
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 64Mi }
{{- end }}
{{- end -}}
