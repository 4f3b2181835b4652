{{/*
calbridge.workload.disruptionBudget: limits how many of the service's pods a drain or upgrade of nodes takes at once.
*/}}
{{- define "calbridge.workload.disruptionBudget" -}}
{{- if .values.podDisruptionBudget.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "calbridge.resourceName" . }}
  labels:
    {{- include "calbridge.serviceLabels" . | nindent 4 }}
spec:
  maxUnavailable: {{ .values.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "calbridge.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}
