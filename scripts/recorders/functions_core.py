#!/usr/bin/env python3
"""Records fixtures/functions/core/*.json: Go fmt and Sprig core function cases, rendered by
real Helm v4.2.3 (helm_python, offline).

Each suite file holds a list of cases. A case is a template (one file of a chart whose
values.yaml is fixtures/functions/core/values.yaml) and either `output` (the rendered text)
or `error` (Helm's error text; `FILE` stands for the case's template path). Cases of the
`fmt` suite also carry `call`: the Go fmt function, format and typed operands the template
passes, so GoFormat can be tested without the template engine.

Run through `scripts/record-fixtures functions_core`; never edit the JSON by hand.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "functions" / "core"
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.chdir(tempfile.gettempdir())  # helm_python must not be imported from its own directory

from functions_core_cases import SUITES, VALUES_YAML  # noqa: E402
from oracle_chart import OracleChart, dump  # noqa: E402

def go_literal(arg) -> str:
    """The template expression producing a typed operand."""
    (kind, v), = arg.items()
    if kind == "nil":
        return "nil"
    if kind == "bool":
        return "true" if v else "false"
    if kind == "int":
        return str(v)
    if kind == "int64":
        return f"(int64 {v})"
    if kind == "float64":
        return f'(float64 "{v}")'
    if kind == "string":
        return json.dumps(v, ensure_ascii=False)
    if kind == "uint8":  # a byte of a one-character ASCII string
        if not 0 <= int(v) < 0x80:
            raise ValueError(f"uint8 operand {v} is not ASCII")
        return f'(index {json.dumps(chr(int(v)))} 0)'
    if kind == "bytes":
        return f'(.Files.GetBytes "files/{bytes_file(v)}")'
    if kind == "list":
        return "(list" + "".join(" " + go_literal(x) for x in v) + ")"
    if kind == "strings":
        return "(list" + "".join(" " + json.dumps(x, ensure_ascii=False) for x in v) + " | toStrings)"
    if kind == "map":
        return "(dict" + "".join(f" {json.dumps(k)} {go_literal(x)}" for k, x in v.items()) + ")"
    raise ValueError(f"unknown operand kind {kind}")


def bytes_file(text: str) -> str:
    return "b" + text.encode().hex() + ".txt"


def fmt_template(call) -> str:
    func = call["func"]
    args = "".join(" " + go_literal(a) for a in call["args"])
    if func == "sprintf":
        return "{{ printf " + json.dumps(call["format"], ensure_ascii=False) + args + " }}"
    return "{{ " + {"sprint": "print", "sprintln": "println"}[func] + args + " }}"


def byte_operands(case) -> list[str]:
    found = []

    def walk(arg):
        (kind, v), = arg.items()
        if kind == "bytes":
            found.append(v)
        elif kind == "list":
            for x in v:
                walk(x)
        elif kind == "map":
            for x in v.values():
                walk(x)
    for a in case.get("call", {}).get("args", []):
        walk(a)
    return found


def record_suite(chart: OracleChart, cases: list[dict]) -> list[dict]:
    for case in cases:
        if "call" in case:
            case["template"] = fmt_template(case["call"])
    files = {bytes_file(b): b for c in cases for b in byte_operands(c)}
    return chart.record(cases, files)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "values.yaml").write_text(VALUES_YAML)
    chart = OracleChart(VALUES_YAML, "functions-core-")
    try:
        for suite, cases in SUITES.items():
            recorded = record_suite(chart, [dict(c) for c in cases])
            path = OUT / f"{suite}.json"
            path.write_text(dump(recorded))
            errors = sum(1 for c in recorded if "error" in c)
            print(f"functions_core: {path.relative_to(ROOT)}: {len(recorded)} cases ({errors} errors)",
                  file=sys.stderr)
    finally:
        chart.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
