#!/usr/bin/env bash
# Bootstraps Flux on the appliance and points it at an appliance profile of this repository.
# Talos first boot calls this once the Kubernetes API answers; it is safe to run again.
#
# Usage: deploy-app.sh [--profile NAME] [--repo-url URL] [--branch NAME]
#                      [--flux-manifest FILE] [--kubeconfig FILE] [--timeout DURATION] [--dry-run]
#   --profile        directory under ee/appliance/flux/profiles/ (default: talos-single-node)
#   --repo-url       Git repository Flux pulls from (default: the Alga PSA repository)
#   --branch         branch Flux tracks (default: main)
#   --flux-manifest  install Flux from this manifest with kubectl instead of the flux CLI
#                    (air-gapped appliances ship it beside the script)
#   --kubeconfig     kubeconfig of the appliance cluster (default: kubectl's own)
#   --timeout        how long to wait for the Flux controllers (default: 5m)
#   --dry-run        print what would be applied and run nothing
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../../.." && pwd)"
readonly script_dir repo_root

profile="talos-single-node"
repo_url="https://github.com/Nine-Minds/alga-psa"
branch="main"
flux_manifest=""
kubeconfig=""
timeout="5m"
dry_run=false

die() {
  echo "deploy-app.sh: error: $*" >&2
  exit 1
}

usage() {
  sed -n '5,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

need_value() {
  [[ $# -ge 2 && -n "$2" ]] || die "$1 needs a value (see --help)"
}

while (($#)); do
  case "$1" in
    --profile) need_value "$@"; profile="$2"; shift 2 ;;
    --repo-url) need_value "$@"; repo_url="$2"; shift 2 ;;
    --branch) need_value "$@"; branch="$2"; shift 2 ;;
    --flux-manifest) need_value "$@"; flux_manifest="$2"; shift 2 ;;
    --kubeconfig) need_value "$@"; kubeconfig="$2"; shift 2 ;;
    --timeout) need_value "$@"; timeout="$2"; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done

[[ "$profile" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "profile name '$profile' must be lower-case letters, digits and dashes"
profile_dir="$repo_root/ee/appliance/flux/profiles/$profile"
[[ -f "$profile_dir/kustomization.yaml" ]] || die "no profile '$profile': $profile_dir/kustomization.yaml does not exist"
[[ "$repo_url" =~ ^(https://|ssh://|git@) ]] || die "repository URL '$repo_url' must start with https://, ssh:// or git@"
[[ "$branch" =~ ^[A-Za-z0-9._/-]+$ ]] || die "branch name '$branch' has characters a Git branch cannot have here"
[[ -z "$flux_manifest" || -f "$flux_manifest" ]] || die "Flux manifest '$flux_manifest' does not exist"
[[ -z "$kubeconfig" || -f "$kubeconfig" ]] || die "kubeconfig '$kubeconfig' does not exist"

kubectl_args=()
flux_args=()
if [[ -n "$kubeconfig" ]]; then
  kubectl_args+=(--kubeconfig "$kubeconfig")
  flux_args+=(--kubeconfig "$kubeconfig")
fi

# The bootstrap objects: the chart source (the same object the base declares, with the URL and
# branch chosen here) and the Flux Kustomization that applies the profile. The Kustomization
# patches the base's GitRepository so that the profile never reverts this URL or branch.
bootstrap_objects() {
  cat <<YAML
apiVersion: v1
kind: Namespace
metadata:
  name: flux-system
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: alga-psa
  namespace: flux-system
spec:
  interval: 10m
  url: ${repo_url}
  ref:
    branch: ${branch}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: alga-appliance
  namespace: flux-system
spec:
  interval: 10m
  retryInterval: 1m
  timeout: 20m
  prune: true
  wait: false
  path: ./ee/appliance/flux/profiles/${profile}
  sourceRef:
    kind: GitRepository
    name: alga-psa
  patches:
    - target:
        kind: GitRepository
        name: alga-psa
        namespace: flux-system
      patch: |
        - op: replace
          path: /spec/url
          value: ${repo_url}
        - op: replace
          path: /spec/ref
          value:
            branch: ${branch}
YAML
}

run() {
  if [[ "$dry_run" == true ]]; then
    printf '+ %s\n' "$*"
  else
    "$@"
  fi
}

install_flux() {
  if [[ -n "$flux_manifest" ]]; then
    run kubectl "${kubectl_args[@]}" apply --server-side -f "$flux_manifest"
  else
    run flux "${flux_args[@]}" install --namespace flux-system
  fi
  local controller
  for controller in source-controller kustomize-controller helm-controller; do
    run kubectl "${kubectl_args[@]}" -n flux-system rollout status "deployment/$controller" --timeout "$timeout"
  done
}

if [[ "$dry_run" != true ]]; then
  command -v kubectl >/dev/null || die "kubectl not found in PATH"
  if [[ -z "$flux_manifest" ]]; then
    command -v flux >/dev/null || die "flux CLI not found in PATH; install it or pass --flux-manifest FILE"
  fi
  kubectl "${kubectl_args[@]}" version --request-timeout=10s >/dev/null 2>&1 ||
    die "the Kubernetes API does not answer; check --kubeconfig and that the cluster is up"
fi

echo "deploy-app.sh: profile $profile from $repo_url ($branch)" >&2
install_flux
if [[ "$dry_run" == true ]]; then
  echo "+ kubectl ${kubectl_args[*]:+${kubectl_args[*]} }apply -f - <<'EOF'"
  bootstrap_objects
  echo "EOF"
else
  bootstrap_objects | kubectl "${kubectl_args[@]}" apply -f -
  echo "deploy-app.sh: Flux now reconciles ee/appliance/flux/profiles/$profile" >&2
fi
