{{/*
calbridge.workload.networkPolicy: the service's pods take traffic on their HTTP port only, and call only DNS,
Postgres, Kafka and what networkPolicy.extraEgress and networkPolicy.serviceEgress.<service> add.
*/}}
{{- define "calbridge.workload.networkPolicy" -}}
{{- with .root.Values.networkPolicy }}
{{- if .enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "calbridge.resourceName" $ }}
  labels:
    {{- include "calbridge.serviceLabels" $ | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "calbridge.selectorLabels" $ | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - ports:
        - { port: http, protocol: TCP }
      {{- with .ingressFrom }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
  egress:
    # DNS, wherever the cluster runs it.
    - ports:
        - { port: 53, protocol: UDP }
        - { port: 53, protocol: TCP }
    - ports:
        - { port: {{ .postgres.port }}, protocol: TCP }
      {{- with .postgres.to }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    - ports:
        {{- range .kafka.ports }}
        - { port: {{ . }}, protocol: TCP }
        {{- end }}
      {{- with .kafka.to }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- with .extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
    {{- with get .serviceEgress $.key }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}
{{- end }}
{{- end -}}
