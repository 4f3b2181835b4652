{{/*
calbridge.workload.deployment: one service's pods. The image's CMD starts the service (docker/Dockerfile); probes
use its health endpoints; /tmp is the only writable path.
*/}}
{{- define "calbridge.workload.deployment" -}}
{{- $annotations := deepCopy (.values.podAnnotations | default dict) -}}
{{- if not .root.Values.secrets.existingSecret -}}
{{- /* Rolls the pods when the chart's Secret changes; an existing Secret's rotation is the operator's restart. */ -}}
{{- $_ := set $annotations "checksum/secret" (.root.Values.secrets.values | toJson | sha256sum) -}}
{{- end -}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "calbridge.resourceName" . }}
  labels:
    {{- include "calbridge.serviceLabels" . | nindent 4 }}
spec:
  {{- if not .values.autoscaling.enabled }}
  replicas: {{ .values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "calbridge.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }
  template:
    metadata:
      labels:
        {{- include "calbridge.serviceLabels" . | nindent 8 }}
      {{- with $annotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      serviceAccountName: {{ include "calbridge.resourceName" . }}
      {{- include "calbridge.podSecurity" . | nindent 6 }}
      terminationGracePeriodSeconds: {{ .values.terminationGracePeriodSeconds }}
      containers:
        - name: {{ .name }}
          image: {{ include "calbridge.image" . }}
          imagePullPolicy: {{ .root.Values.image.pullPolicy }}
          ports:
            - { name: http, containerPort: 8080, protocol: TCP }
          env:
            {{- include "calbridge.env" . | nindent 12 }}
          startupProbe:
            httpGet: { path: /health/live, port: http }
            {{- toYaml .values.probes.startup | nindent 12 }}
          livenessProbe:
            httpGet: { path: /health/live, port: http }
            {{- toYaml .values.probes.liveness | nindent 12 }}
          readinessProbe:
            httpGet: { path: /health/ready, port: http }
            {{- toYaml .values.probes.readiness | nindent 12 }}
          resources:
            {{- toYaml .values.resources | nindent 12 }}
          securityContext:
            {{- toYaml .values.securityContext | nindent 12 }}
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
            {{- if and (eq .name "calendar-connector") .values.googleServiceAccount }}
            - { name: google-service-account, mountPath: /var/run/secrets/calbridge/google, readOnly: true }
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 64Mi }
        {{- if and (eq .name "calendar-connector") .values.googleServiceAccount }}
        - name: google-service-account
          secret:
            secretName: {{ .secretName }}
            items:
              - { key: google-service-account.json, path: service-account.json }
        {{- end }}
      {{- if .values.topologySpreadKeys }}
      topologySpreadConstraints:
        {{- range .values.topologySpreadKeys }}
        - maxSkew: 1
          topologyKey: {{ . }}
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "calbridge.selectorLabels" $ | nindent 14 }}
          matchLabelKeys: [pod-template-hash]
        {{- end }}
      {{- end }}
      {{- with .values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
