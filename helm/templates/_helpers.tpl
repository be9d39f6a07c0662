{{/* Chart name, shortened to Kubernetes' 63-character label limit. */}}
{{- define "alga-core.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Release-qualified name; the release name alone when it already contains the chart name. */}}
{{- define "alga-core.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "alga-core.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels shared by every object; call with (dict "ctx" $ "component" "server"). */}}
{{- define "alga-core.labels" -}}
helm.sh/chart: {{ include "alga-core.chart" .ctx }}
{{ include "alga-core.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: alga-psa
{{- end -}}

{{/* Selector labels: stable across upgrades, so no version in them. */}}
{{- define "alga-core.selectorLabels" -}}
app.kubernetes.io/name: {{ include "alga-core.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "alga-core.appSecretName" -}}
{{- printf "%s-secrets" (include "alga-core.fullname" .) -}}
{{- end -}}

{{- define "alga-core.postgresClaimName" -}}
{{- default (printf "%s-postgres-data" (include "alga-core.fullname" .)) .Values.postgres.persistence.existingClaim -}}
{{- end -}}

{{/* In-cluster DNS name of a Service of this release's namespace. */}}
{{- define "alga-core.serviceHost" -}}
{{- printf "%s.%s.svc.cluster.local" .name .ctx.Release.Namespace -}}
{{- end -}}

{{/*
One generated credential, base64-encoded for a Secret's data. Order of precedence: an explicit
value, then the value already stored in the live Secret (lookup), then a fresh randAlphaNum.
Call with (dict "ctx" $ "secret" NAME "key" KEY "value" OVERRIDE "length" N).
*/}}
{{- define "alga-core.credential" -}}
{{- $live := lookup "v1" "Secret" .ctx.Release.Namespace .secret -}}
{{- $liveData := dig "data" dict $live -}}
{{- if .value -}}
{{- .value | toString | b64enc -}}
{{- else if hasKey $liveData .key -}}
{{- index $liveData .key -}}
{{- else -}}
{{- randAlphaNum (int .length) | b64enc -}}
{{- end -}}
{{- end -}}

{{/* Annotations of every generated-credential Secret: never deleted by uninstall or upgrade. */}}
{{- define "alga-core.credentialAnnotations" -}}
helm.sh/resource-policy: keep
{{- end -}}

{{/* Image reference: repository:tag, or repository@digest when a digest is pinned. */}}
{{- define "alga-core.image" -}}
{{- if .digest -}}
{{- printf "%s@%s" .repository .digest -}}
{{- else -}}
{{- printf "%s:%s" .repository (toString .tag) -}}
{{- end -}}
{{- end -}}

{{/* Environment of a connection to the database as the server sees it (PgBouncer or Postgres). */}}
{{- define "alga-core.serverDbHost" -}}
{{- if .Values.pgbouncer.enabled -}}
{{- .Values.pgbouncer.host -}}
{{- else -}}
{{- include "alga-core.serviceHost" (dict "ctx" . "name" .Values.postgres.service.name) -}}
{{- end -}}
{{- end -}}

{{- define "alga-core.serverDbPort" -}}
{{- if .Values.pgbouncer.enabled -}}
{{- .Values.pgbouncer.port -}}
{{- else -}}
{{- .Values.postgres.service.port -}}
{{- end -}}
{{- end -}}

{{/*
Init container that holds an application pod until the bootstrap hook recorded the expected
version in the database. It talks to Postgres directly with the superuser, because the
application roles may not exist yet when the pod starts on a fresh install.
*/}}
{{- define "alga-core.waitForBootstrap" -}}
- name: wait-for-bootstrap
  image: {{ include "alga-core.image" .Values.bootstrap.image | quote }}
  imagePullPolicy: {{ .Values.bootstrap.image.pullPolicy }}
  command: ["alga-bootstrap", "wait"]
  env:
    {{- include "alga-core.bootstrapConnectionEnv" . | nindent 4 }}
    - name: ALGA_BOOTSTRAP_VERSION
      value: {{ .Values.bootstrap.version | quote }}
    - name: ALGA_WAIT_TIMEOUT_SECONDS
      value: {{ .Values.bootstrap.waitTimeoutSeconds | quote }}
  volumeMounts:
    - name: db-credentials
      mountPath: /run/secrets/db
      readOnly: true
  resources:
    {{- toYaml .Values.bootstrap.resources | nindent 4 }}
  securityContext:
    {{- toYaml .Values.bootstrap.securityContext | nindent 4 }}
{{- end -}}

{{/* Direct-Postgres connection of the bootstrap runner (never PgBouncer: it creates roles). */}}
{{- define "alga-core.bootstrapConnectionEnv" -}}
- name: ALGA_DB_HOST
  value: {{ include "alga-core.serviceHost" (dict "ctx" . "name" .Values.postgres.service.name) | quote }}
- name: ALGA_DB_PORT
  value: {{ .Values.postgres.service.port | quote }}
- name: ALGA_DB_NAME
  value: {{ .Values.postgres.databases.server | quote }}
- name: ALGA_DB_ADMIN_USER
  value: {{ .Values.postgres.users.admin | quote }}
- name: ALGA_DB_ADMIN_PASSWORD_FILE
  value: /run/secrets/db/DB_PASSWORD_SUPERUSER
{{- end -}}

{{/* The db-credentials Secret as a read-only volume for /run/secrets/db. */}}
{{- define "alga-core.dbCredentialsVolume" -}}
- name: db-credentials
  secret:
    secretName: db-credentials
    defaultMode: 0440
{{- end -}}
