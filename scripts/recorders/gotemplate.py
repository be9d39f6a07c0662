#!/usr/bin/env python3
"""Records fixtures/gotemplate/cases.json: the template language and Go's built-ins, rendered by
real Helm v4.2.3 (helm_python, offline).

Each case of gotemplate_cases.py is a chart template (plus optional extra files next to it)
rendered with fixtures/gotemplate/values.yaml. Cases that render cleanly are recorded many
templates per render; a render that fails is redone one case per render, so that each error
is recorded alone. A recorded case holds the files, the main file's name and either `ok` (the
rendered text) or `err` (Helm's error text).

Run through `scripts/record-fixtures gotemplate`; never edit the JSON by hand.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "gotemplate"
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
ORACLE = SHARED / "tools" / "helm-oracle"
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.chdir(tempfile.gettempdir())  # helm_python must not be imported from its own directory
import helm_python as h  # noqa: E402

from gotemplate_cases import BYTE_CASES, CASES, GENERATED, INCLUDE_CASES  # noqa: E402
from gotemplate_fuzz import control_cases, fuzz_cases  # noqa: E402

VALUES_YAML = """\
int: 42
neg: -7
big: 1000000
huge: 123456789
float: 3.5
small: 0.00001
zero: 0
fzero: 0.0
str: hello
numstr: "123"
emptystr: ""
t: true
f: false
nul: null
list: [a, b, c]
nums: [3, 1, 2]
emptylist: []
map: {b: 2, a: 1, c: 3}
emptymap: {}
nested: {a: {b: {c: deep}}}
mixed: [1, two, 3.5, true, null, ""]
deep: [[[[]]]]
multiline: "line1\\nline2\\n"
unicode: "h\\u00e9llo w\\u00f6rld"
url: "https://user:pw@example.com:8080/p/a?q=1&r=2#frag"
"""

BATCH = 40


class Chart:
    def __init__(self, root: Path) -> None:
        self.root = root / "t"
        (self.root / "templates").mkdir(parents=True)
        (self.root / "Chart.yaml").write_text("apiVersion: v2\nname: t\nversion: 0.1.0\nappVersion: 1.16.0\n")
        (self.root / "values.yaml").write_text(VALUES_YAML)

    def render(self, files: dict[str, str]) -> tuple[str, object]:
        templates = self.root / "templates"
        shutil.rmtree(templates)
        templates.mkdir()
        for name, text in files.items():
            path = templates / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        try:
            return "ok", h.Chart.load(str(self.root)).render(name="r", namespace="n")
        except Exception as error:  # noqa: BLE001 - every failure text is recorded
            return "err", getattr(error, "detail", None) or str(error)


    def render_bytes(self, source: bytes) -> tuple[str, object]:
        templates = self.root / "templates"
        shutil.rmtree(templates)
        templates.mkdir()
        (templates / "case.yaml").write_bytes(source)
        try:
            return "ok", h.Chart.load(str(self.root)).render(name="r", namespace="n")
        except Exception as error:  # noqa: BLE001 - every failure text is recorded
            return "err", getattr(error, "detail", None) or str(error)


def fnv1a(data: bytes) -> str:
    """64-bit FNV-1a, hex: lets a large output be checked without storing it."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def summarise(entry: dict) -> None:
    """Replaces a large `ok` output by its length, ends and FNV-1a hash."""
    output = entry.pop("ok").encode("utf-8")
    entry["ok_summary"] = {"length": len(output), "head": output[:200].decode("utf-8", "replace"),
                           "tail": output[-200:].decode("utf-8", "replace"), "fnv1a": fnv1a(output)}


def record_one(chart: Chart, name: str, template: str, extra: dict) -> dict:
    files = dict(extra)
    files["case.yaml"] = template
    kind, result = chart.render(files)
    entry = {"name": name, "main": "case.yaml", "files": files}
    if kind == "ok":
        entry["ok"] = result.get("t/templates/case.yaml", "")
    else:
        entry["err"] = result
    return entry


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "values.yaml").write_text(VALUES_YAML)
    recorded: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        chart = Chart(Path(tmp))
        values = subprocess.run(
            [str(ORACLE), "values", str(chart.root), "-o", "json"], check=True, capture_output=True, text=True
        ).stdout
        (OUT / "values.json").write_text(values)
        simple = [c for c in CASES if not c[2] and "define" not in c[1] and "block" not in c[1]
                  and ".Template" not in c[1]]
        for start in range(0, len(simple), BATCH):
            batch = simple[start:start + BATCH]
            files = {f"c{start + i:04d}.yaml": template for i, (_, template, _) in enumerate(batch)}
            kind, result = chart.render(files)
            if kind != "ok":
                continue
            for i, (name, template, _) in enumerate(batch):
                main_name = f"c{start + i:04d}.yaml"
                recorded[name] = {"name": name, "main": main_name, "files": {main_name: template},
                                  "ok": result.get("t/templates/" + main_name, "")}
        for name, template, extra in CASES:
            if name not in recorded:
                recorded[name] = record_one(chart, name, template, extra)
        include_cases = [record_one(chart, name, template, extra) for name, template, extra in INCLUDE_CASES]
        # Random templates; those that print Helm's whole top-level object (which holds
        # .Capabilities and .Files, Go structs this module's tests do not model) are left out.
        fuzz = [record_one(chart, name, template, {}) for name, template in fuzz_cases() + control_cases()]
        fuzz = [c for c in fuzz if "Capabilities:" not in c.get("ok", c.get("err", ""))]
        generated = []
        for name, prefix, middle, suffix, count in GENERATED:
            entry = record_one(chart, name, prefix * count + middle + suffix * count, {})
            del entry["files"]
            entry.update({"prefix": prefix, "middle": middle, "suffix": suffix, "count": count})
            if len(entry.get("ok", "")) > 4096:
                summarise(entry)
            generated.append(entry)
        byte_cases = []
        for name, source in BYTE_CASES:
            kind, result = chart.render_bytes(source)
            entry = {"name": name, "source_hex": source.hex()}
            entry["ok" if kind == "ok" else "err"] = result.get("t/templates/case.yaml", "") if kind == "ok" else result
            byte_cases.append(entry)
    cases = [recorded[name] for name, _, _ in CASES]
    (OUT / "cases.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n")
    (OUT / "fuzz.json").write_text(json.dumps(fuzz, indent=1, ensure_ascii=False) + "\n")
    (OUT / "include.json").write_text(json.dumps(include_cases, indent=1, ensure_ascii=False) + "\n")
    (OUT / "generated.json").write_text(json.dumps(generated, indent=1, ensure_ascii=False) + "\n")
    (OUT / "bytes.json").write_text(json.dumps(byte_cases, indent=1, ensure_ascii=False) + "\n")
    print(f"gotemplate: {len(cases)} cases, {sum('err' in c for c in cases)} errors, "
          f"{len(generated)} generated, {len(byte_cases)} byte cases, {len(fuzz)} fuzz cases", file=sys.stderr)


if __name__ == "__main__":
    main()
