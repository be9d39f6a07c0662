#!/usr/bin/env python3
"""Records fixtures/functions/ext/*.json and fixtures/functions/names*.txt with real Helm
v4.2.3 (helm_python, offline): dates, semver, random, crypto, network and Helm's own
functions, and the names of Helm's function map.

* Each suite file holds a list of cases (see functions_ext_cases.py) with the oracle's
  `output` or `error` (`FILE` stands for the case's template path). Cases with a `pattern`
  are random or clock-dependent: the recorder checks the oracle's output matches it.
* `decryptAES` cases are added from ciphertexts the oracle's own `encryptAES` produced, so
  swiftchart is tested on Helm's ciphertexts.
* names.txt: every function name Helm's templates accept, found by probing each candidate
  name (the inventory and removed names of the shared reference) with
  `{{ if false }}{{ NAME }}{{ end }}`, which only parses when the name is defined.
  names-undefined.txt: the candidates Helm rejects (Sprig's `env`, `expandenv`).

Run through `scripts/record-fixtures functions_ext`; never edit the outputs by hand.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "functions" / "ext"
NAMES = ROOT / "fixtures" / "functions" / "names.txt"
UNDEFINED = ROOT / "fixtures" / "functions" / "names-undefined.txt"
REFERENCE = Path("/work/shared/reference/go-template-and-functions.md")
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.chdir(tempfile.gettempdir())  # helm_python must not be imported from its own directory

from functions_ext_cases import SUITES, c, S  # noqa: E402
from oracle_chart import OracleChart, dump  # noqa: E402

VALUES_YAML = "x: 7\nint: 42\nlist: [a, b]\n"
AES_ROUNDTRIPS = [("secretkey", "plaintext"), ("k", "0123456789abcdef"), ("", "x"),
                  ("a-password-longer-than-thirty-two-bytes!", "héllo wörld\nline 2"),
                  ("short", "a" * 100)]


def literal(arg) -> str:
    """The template expression producing a typed operand."""
    (kind, v), = arg.items()
    if kind == "nil":
        return "nil"
    if kind == "bool":
        return "true" if v else "false"
    if kind in ("int", "uint32"):
        return str(v)
    if kind == "int64":
        return f"(int64 {v})"
    if kind == "float64":
        return f'(float64 "{v}")'
    if kind == "string":
        return json.dumps(v, ensure_ascii=False)
    if kind == "list":
        return "(list" + "".join(" " + literal(x) for x in v) + ")"
    if kind == "call":
        return "(" + call_text(v) + ")"
    raise ValueError(f"unknown operand kind {kind}")


def call_text(call) -> str:
    return call["func"] + "".join(" " + literal(a) for a in call["args"])


def record_suite(chart: OracleChart, cases: list[dict]) -> list[dict]:
    for case in cases:
        if "call" in case:
            case["template"] = "{{ " + call_text(case["call"]) + " }}"
    chart.record(cases)
    for case in cases:
        pattern = case.get("pattern")
        if pattern and not re.search(pattern, case.get("output", "")):
            raise SystemExit(f"functions_ext: {case['name']}: oracle output {case!r} does not match its pattern")
    return cases


def previous_cases(suite: str) -> dict[str, dict]:
    path = OUT / f"{suite}.json"
    if not path.exists():
        return {}
    return {c["name"]: c for c in json.loads(path.read_text())}


def keep_stable(cases: list[dict], previous: dict[str, dict]) -> None:
    """A random or clock-dependent output is re-recorded and checked against its pattern, but
    the stored sample only changes when the old one no longer matches: `make conformance`
    diffs fixtures/, and a fresh bcrypt salt is not a change."""
    for case in cases:
        old = previous.get(case["name"], {})
        pattern = case.get("pattern")
        if pattern and "output" in case and re.search(pattern, old.get("output", "") or "\0"):
            if old.get("template") == case["template"]:
                case["output"] = old["output"]


def oracle_ciphertexts(chart: OracleChart, previous: dict[str, dict]) -> list[dict]:
    """Ciphertexts from the oracle's encryptAES; a stored one is kept (and decrypted again
    live) while its key and plaintext are unchanged."""
    cases = []
    for i, (key, text) in enumerate(AES_ROUNDTRIPS):
        old = previous.get(f"decrypt-oracle-{i}")
        if old and old.get("output") == text and old["call"]["args"][0] == S(key):
            cases.append(c(f"decrypt-oracle-{i}", "decryptAES", S(key), old["call"]["args"][1]))
            continue
        kind, cipher = chart.one("{{ encryptAES " + json.dumps(key) + " " + json.dumps(text, ensure_ascii=False) + " }}")
        if kind != "output":
            raise SystemExit(f"functions_ext: encryptAES failed in the oracle: {cipher}")
        cases.append(c(f"decrypt-oracle-{i}", "decryptAES", S(key), S(cipher)))
    return cases


def candidate_names() -> list[str]:
    names: set[str] = set()
    text = REFERENCE.read_text() if REFERENCE.exists() else ""
    inventory = text[text.find("### 7.1"):text.find("### 7.2")] + text[text.find("### 8.11"):text.find("## 9.")]
    for line in inventory.splitlines():
        if line.startswith(("Builtins", "Helm", "Sprig", "* Removed")):
            for chunk in re.findall(r"`([^`]+)`", line):
                if line.startswith("* Removed") and " " in chunk:
                    continue  # the quoted error text, not a name
                names.update(w for w in chunk.split() if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", w))
    return sorted(names)


def probe_names(chart: OracleChart) -> tuple[list[str], list[str]]:
    """Which candidates parse: render them all, dropping each name Helm reports undefined."""
    pending = candidate_names()
    undefined: list[str] = []
    while True:
        templates = {f"n{i:04d}.yaml": "{{ if false }}{{ " + n + " }}{{ end }}" for i, n in enumerate(pending)}
        try:
            chart.render(templates)
            return pending, sorted(undefined)
        except Exception as e:  # noqa: BLE001 - the message names the undefined function
            message = getattr(e, "detail", None) or str(e)
            found = re.search(r'function "([^"]+)" not defined', message)
            if not found or found.group(1) not in pending:
                raise
            pending.remove(found.group(1))
            undefined.append(found.group(1))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "values.yaml").write_text(VALUES_YAML)
    chart = OracleChart(VALUES_YAML, "functions-ext-")
    try:
        for suite, cases in SUITES.items():
            cases = [json.loads(json.dumps(c)) for c in cases]
            previous = previous_cases(suite)
            if suite == "crypto":
                cases += oracle_ciphertexts(chart, previous)
            recorded = record_suite(chart, cases)
            keep_stable(recorded, previous)
            path = OUT / f"{suite}.json"
            path.write_text(dump(recorded))
            errors = sum(1 for c in recorded if "error" in c)
            print(f"functions_ext: {path.relative_to(ROOT)}: {len(recorded)} cases ({errors} errors)", file=sys.stderr)
        defined, undefined = probe_names(chart)
        NAMES.write_text("".join(n + "\n" for n in defined))
        UNDEFINED.write_text("".join(n + "\n" for n in undefined))
        print(f"functions_ext: {len(defined)} function names defined, {len(undefined)} rejected", file=sys.stderr)
    finally:
        chart.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
