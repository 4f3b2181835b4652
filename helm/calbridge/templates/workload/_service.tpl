{{/*
calbridge.workload.service: the service's in-cluster address, port 8080 (named http).
*/}}
{{- define "calbridge.workload.service" -}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "calbridge.resourceName" . }}
  labels:
    {{- include "calbridge.serviceLabels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "calbridge.selectorLabels" . | nindent 4 }}
  ports:
    - { name: http, port: 8080, targetPort: http, protocol: TCP }
{{- end -}}
