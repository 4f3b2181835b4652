{{/*
calbridge.workload.serviceAccount: one service's own identity, without an API token (it never calls Kubernetes).
*/}}
{{- define "calbridge.workload.serviceAccount" -}}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "calbridge.resourceName" . }}
  labels:
    {{- include "calbridge.serviceLabels" . | nindent 4 }}
  {{- with .values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: false
{{- end -}}
