#!/usr/bin/env python3
"""Copies the shared probe table into fixtures/reference/ with the values its cases use.

Writes:
  fixtures/reference/probe_results.json  verbatim copy of ../shared/reference/probe_results.json
  fixtures/reference/values.yaml         the probe chart's values.yaml (from probe_templates.py)
  fixtures/reference/helpers.json        the helper templates every probe chart contains
  fixtures/reference/values.json         those values as Helm coalesces them (helm-oracle values)
  fixtures/reference/Chart.yaml          the probe chart's Chart.yaml, as `helm create` (which
                                         probe_templates.py runs) writes it

Run through `scripts/record-fixtures reference`; never edit the outputs by hand.
"""

from __future__ import annotations

import ast
import helm_python
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
REFERENCE = SHARED / "reference"
ORACLE = SHARED / "tools" / "helm-oracle"
OUT = ROOT / "fixtures" / "reference"


def probe_constants() -> dict:
    """The string constants VALUES_YAML, HELPERS_TPL and EXTRA_HELPERS of probe_templates.py."""
    tree = ast.parse((REFERENCE / "probe_templates.py").read_text())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("VALUES_YAML", "HELPERS_TPL"):
                found[name] = ast.literal_eval(node.value)
            elif name == "EXTRA_HELPERS":
                found[name] = {
                    ast.literal_eval(k): (found["HELPERS_TPL"] if isinstance(v, ast.Name) else ast.literal_eval(v))
                    for k, v in zip(node.value.keys, node.value.values)
                }
    return found


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REFERENCE / "probe_results.json", OUT / "probe_results.json")
    constants = probe_constants()
    (OUT / "values.yaml").write_text(constants["VALUES_YAML"])
    (OUT / "helpers.json").write_text(json.dumps(constants["EXTRA_HELPERS"], indent=1, ensure_ascii=False) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        chart = Path(tmp) / "t"
        (chart / "templates").mkdir(parents=True)
        (chart / "Chart.yaml").write_text("apiVersion: v2\nname: t\nversion: 0.1.0\n")
        (chart / "values.yaml").write_text(constants["VALUES_YAML"])
        values = subprocess.run(
            [str(ORACLE), "values", str(chart), "-o", "json"], check=True, capture_output=True, text=True
        ).stdout
    (OUT / "values.json").write_text(values)
    with tempfile.TemporaryDirectory() as tmp:
        helm_python.Chart.create("t", tmp)
        shutil.copyfile(Path(tmp) / "t" / "Chart.yaml", OUT / "Chart.yaml")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
