#!/usr/bin/env python3
"""Records the Alga PSA appliance goldens in fixtures/alga/ from real Helm and kubectl.

Each chart case is a directory fixtures/alga/<case>/ holding `args` (the arguments of
`helm template` / `swiftchart template`, relative to the repository root, shell-quoted) and
expected/{stdout,stderr,exit} as the oracle printed them, with generated credentials masked
(see mask_generated). The lint case holds `lint-args` and expected/{stdout,exit}. The kustomize cases hold `profile` and expected/stdout from
`kubectl kustomize`. Run through `scripts/record-fixtures alga`; scripts/test-charts reads them.
"""
import base64
import binascii
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "alga"
PROFILE = "ee/appliance/flux/profiles/talos-single-node"
VALUES = f"{PROFILE}/values"

# Stands in for every value of a Secret's data: randAlphaNum differs on every render, and the
# oracle renders hooks separately, so only the masked text is stable. Valid base64 ("MASKED").
MASK = '"TUFTS0VE"'

CHARTS = {
    "alga-core": "helm",
    "pgbouncer": "ee/helm/pgbouncer",
    "workflow-worker": "ee/helm/workflow-worker",
    "email-service": "ee/helm/email-service",
    "temporal-worker": "ee/helm/temporal-worker",
    "temporal": "charts/temporal",
}

# case name -> (release, extra arguments). Every chart: the talos profile, its defaults and one
# variant; alga-core also the two toggles the issue names and a values error.
CASES = {
    "alga-core-talos": ("alga-core", ["-f", f"{VALUES}/alga-core.yaml"]),
    "alga-core-defaults": ("alga-core", []),
    "alga-core-no-pgbouncer": ("alga-core", ["-f", f"{VALUES}/alga-core.yaml",
                                             "--set-json", "pgbouncer.enabled=false"]),
    "alga-core-no-hocuspocus": ("alga-core", ["-f", f"{VALUES}/alga-core.yaml",
                                              "--set-json", "hocuspocus.enabled=false"]),
    "alga-core-pinned-credentials": ("alga-core", [
        "-f", f"{VALUES}/alga-core.yaml", "--set-json",
        'credentials={"db":{"superuserPassword":"s3cret-super","serverPassword":"s3cret-server",'
        '"hocuspocusPassword":"s3cret-hp","pgbouncerPassword":"s3cret-pgb"}}',
        "--set-json", 'server={"ingress":{"enabled":true,"className":"traefik","tlsSecretName":"alga-tls"}}']),
    "alga-core-upgrade": ("alga-core", ["-f", f"{VALUES}/alga-core.yaml", "--is-upgrade"]),
    "alga-core-bad-values": ("alga-core", ["--set-json", 'postgres={"service":{"port":"5432"}}']),
    "pgbouncer-talos": ("pgbouncer", ["-f", f"{VALUES}/pgbouncer.yaml"]),
    "pgbouncer-defaults": ("pgbouncer", []),
    "pgbouncer-disabled": ("pgbouncer", ["-f", f"{VALUES}/pgbouncer.yaml", "--set-json", "enabled=false"]),
    "temporal-talos": ("temporal", ["-f", f"{VALUES}/temporal.yaml"]),
    "temporal-defaults": ("temporal", []),
    "temporal-ui": ("temporal", ["-f", f"{VALUES}/temporal.yaml", "--set-json", "ui.enabled=true"]),
}
for worker in ("workflow-worker", "email-service", "temporal-worker"):
    CASES[f"{worker}-talos"] = (worker, ["-f", f"{VALUES}/{worker}.yaml"])
    CASES[f"{worker}-defaults"] = (worker, [])
    CASES[f"{worker}-scaled"] = (worker, ["--set-json", 'autoscaling={"enabled":true,"minReplicas":2}',
                                          "--set-json", 'podDisruptionBudget={"enabled":true}'])

# `helm lint --strict` over every appliance chart at once, as a golden for `swiftchart lint`.
LINT_CASES = {
    "lint-strict": ["--strict", "-n", "msp", *CHARTS.values()],
}

KUSTOMIZE_CASES = {
    "kustomize-base": "ee/appliance/flux/base",
    "kustomize-talos-single-node": PROFILE,
}


def mask_generated(stream: str) -> str:
    """Replaces each generated value in the `data:` map of a Secret document with MASK.

    A value is generated when it decodes to randAlphaNum's alphabet at the charts' length (32);
    explicitly pinned credentials stay visible so that the goldens prove they pass through.
    """
    out = []
    in_secret = False
    in_data = False
    for line in stream.split("\n"):
        if line == "---":
            in_secret = in_data = False
        elif line == "kind: Secret":
            in_secret = True
        elif in_secret and line == "data:":
            in_data = True
            out.append(line)
            continue
        if in_data:
            match = re.match(r'^(  [A-Za-z0-9_.-]+): "([A-Za-z0-9+/=]*)"$', line)
            if match:
                out.append(f"{match.group(1)}: {MASK}" if is_generated(match.group(2)) else line)
                continue
            in_data = False
        out.append(line)
    return "\n".join(out)


def is_generated(encoded: str) -> bool:
    try:
        decoded = base64.b64decode(encoded, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return re.fullmatch(r"[A-Za-z0-9]{32}", decoded) is not None


def find_oracle() -> Path:
    """The helm-oracle entry point: $HELM_ORACLE, else shared/tools beside a parent directory."""
    if os.environ.get("HELM_ORACLE"):
        return Path(os.environ["HELM_ORACLE"])
    for parent in [ROOT, *ROOT.parents]:
        candidate = parent.parent / "shared" / "tools" / "helm-oracle"
        if candidate.exists():
            return candidate
    sys.exit("alga.py: helm-oracle not found; set HELM_ORACLE")


def template_args(release: str, extra: list) -> list:
    return [release, CHARTS[release], "-n", "msp", *extra]


def record_chart_case(oracle: Path, name: str, release: str, extra: list) -> None:
    args = template_args(release, extra)
    result = subprocess.run([str(oracle), "template", *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode == 2:
        sys.exit(f"alga.py: {name}: the oracle cannot answer: {result.stderr.strip()}")
    case = FIXTURES / name
    (case / "expected").mkdir(parents=True, exist_ok=True)
    (case / "args").write_text(shlex.join(args) + "\n")
    (case / "expected" / "stdout").write_text(mask_generated(result.stdout))
    (case / "expected" / "stderr").write_text(error_line(result.stderr))
    (case / "expected" / "exit").write_text(f"{result.returncode}\n")


def error_line(stderr: str) -> str:
    """Helm's error, from its `Error:` line on; the oracle's log lines before it are its own."""
    start = stderr.find("Error:")
    return "" if start < 0 else stderr[start:]


def record_lint_case(oracle: Path, name: str, args: list) -> None:
    result = subprocess.run([str(oracle), "lint", *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode == 2:
        sys.exit(f"alga.py: {name}: the oracle cannot answer: {result.stderr.strip()}")
    case = FIXTURES / name
    (case / "expected").mkdir(parents=True, exist_ok=True)
    (case / "lint-args").write_text(shlex.join(args) + "\n")
    (case / "expected" / "stdout").write_text(result.stdout)
    (case / "expected" / "exit").write_text(f"{result.returncode}\n")


def record_kustomize_case(name: str, path: str) -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        sys.exit("alga.py: kubectl is needed to record the kustomize goldens")
    result = subprocess.run([kubectl, "kustomize", path], cwd=ROOT, capture_output=True, text=True, check=True)
    case = FIXTURES / name
    (case / "expected").mkdir(parents=True, exist_ok=True)
    (case / "profile").write_text(path + "\n")
    (case / "expected" / "stdout").write_text(result.stdout)


def main() -> None:
    oracle = find_oracle()
    if FIXTURES.exists():
        shutil.rmtree(FIXTURES)
    for name, (release, extra) in CASES.items():
        record_chart_case(oracle, name, release, extra)
    for name, args in LINT_CASES.items():
        record_lint_case(oracle, name, args)
    for name, path in KUSTOMIZE_CASES.items():
        record_kustomize_case(name, path)
    print(f"alga.py: {len(CASES)} chart cases, {len(LINT_CASES)} lint case, {len(KUSTOMIZE_CASES)} kustomize cases",
          file=sys.stderr)


if __name__ == "__main__":
    main()
