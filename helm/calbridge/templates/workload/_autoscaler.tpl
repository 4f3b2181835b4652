{{/*
calbridge.workload.autoscaler: a CPU-based HorizontalPodAutoscaler when the service's autoscaling is enabled.
*/}}
{{- define "calbridge.workload.autoscaler" -}}
{{- with .values.autoscaling }}
{{- if .enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "calbridge.resourceName" $ }}
  labels:
    {{- include "calbridge.serviceLabels" $ | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "calbridge.resourceName" $ }}
  minReplicas: {{ .minReplicas }}
  maxReplicas: {{ .maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: { type: Utilization, averageUtilization: {{ .targetCPUUtilizationPercentage }} }
{{- end }}
{{- end }}
{{- end -}}
