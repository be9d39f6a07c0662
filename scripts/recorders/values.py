#!/usr/bin/env python3
"""Records the ChartValues fixtures (fixtures/values/*.jsonl) from the real Helm engine.

Run as `scripts/record-fixtures values`. Every expected output comes from helm_python
(Helm v4's engine): template renders for fromYaml/fromJson/toYaml/toJson, `parse_set_*` for the
--set family, chart loads for values files and coalescing. Each line of a .jsonl file is one
case: {"name", "input", ...inputs..., "expected" | "error"}. Cases are generated below, never
typed as expected output.
"""
import json
import os
import shutil
import sys
import tempfile

import helm_python as h

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "values")
sys.path.insert(0, os.path.dirname(__file__))
from values_cases import (YAML_DOCUMENTS, YAML_LISTS, VALUES_FILES, ENCODE_VALUES,  # noqa: E402
                          TEMPLATE_LITERALS, JSON_TEXTS, SET_EXPRESSIONS, COALESCE_CASES, CLI_CASES)

ORACLE = os.path.normpath(os.path.join(ROOT, "..", "..", "shared", "tools", "helm-oracle"))
if not os.path.exists(ORACLE):
    ORACLE = "/work/shared/tools/helm-oracle"


class ScratchChart:
    """A throwaway chart whose templates are rewritten for every batch."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="values-oracle-")
        self.chart = os.path.join(self.dir, "c")
        os.makedirs(os.path.join(self.chart, "templates"))
        with open(os.path.join(self.chart, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
        self.values("")

    def values(self, text):
        with open(os.path.join(self.chart, "values.yaml"), "w", encoding="utf-8") as f:
            f.write(text)

    def render(self, templates, values):
        """Renders {name: template text}; returns {name: output}."""
        tdir = os.path.join(self.chart, "templates")
        shutil.rmtree(tdir)
        os.makedirs(tdir)
        for name, text in templates.items():
            with open(os.path.join(tdir, name + ".yaml"), "w", encoding="utf-8") as f:
                f.write(text)
        out = h.Chart.load(self.chart).render(values=values)
        return {name: out["c/templates/%s.yaml" % name] for name in templates}

    def close(self):
        shutil.rmtree(self.dir)


def write(area, cases):
    path = os.path.join(OUT, area + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=True, sort_keys=True) + "\n")
    print("  %s: %d cases" % (os.path.relpath(path, ROOT), len(cases)), file=sys.stderr)


STABILITY_RENDERS = 8


def batch_function(chart, pattern, inputs):
    """Renders PATTERN (`{x}` = `.Values.cases.cN`) for every input, in one render, several
    times: go-yaml sorts keys with a comparator that is not transitive for some key sets
    (x1a < x01 < x10 < x1a), so Helm's output then depends on Go's random map order. Such
    unstable outputs are returned as None and left out of the fixtures."""
    templates = {"c%04d" % i: "{{ " + pattern.replace("{x}", ".Values.cases.c%04d" % i) + " }}"
                 for i in range(len(inputs))}
    values = {"cases": {"c%04d" % i: v for i, v in enumerate(inputs)}}
    runs = [chart.render(templates, values) for _ in range(STABILITY_RENDERS)]
    results = []
    for i in range(len(inputs)):
        outputs = {run["c%04d" % i] for run in runs}
        if len(outputs) > 1:
            print("  unstable in Helm, not recorded: %s of %r" % (pattern, inputs[i]), file=sys.stderr)
            results.append(None)
        else:
            results.append(outputs.pop())
    return results


def record_decoding(chart):
    for function, inputs, area in (("fromYaml", YAML_DOCUMENTS, "fromyaml"),
                                   ("fromYamlArray", YAML_LISTS, "fromyamlarray"),
                                   ("fromJson", JSON_TEXTS, "fromjson"),
                                   ("fromJsonArray", JSON_TEXTS, "fromjsonarray")):
        outputs = batch_function(chart, function + " {x} | toJson", inputs)
        cases = [{"name": "%s-%03d" % (area, i), "input": text, "expected": out}
                 for i, (text, out) in enumerate(zip(inputs, outputs)) if out is not None]
        write(area, cases)


def repository_values_files():
    """The repository's own chart values and Flux profile values, as realistic documents."""
    import glob
    paths = sorted(glob.glob(os.path.join(ROOT, "helm", "values*.yaml")) +
                   glob.glob(os.path.join(ROOT, "ee", "helm", "*", "values*.yaml")) +
                   glob.glob(os.path.join(ROOT, "charts", "*", "values*.yaml")) +
                   glob.glob(os.path.join(ROOT, "ee", "appliance", "flux", "profiles", "*", "values", "*.yaml")))
    return [(os.path.relpath(p, ROOT), open(p, encoding="utf-8").read()) for p in paths]


def record_realistic(chart):
    """fromYaml | toJson and fromYaml | toYaml | toYamlPretty of the repository's values files."""
    files = repository_values_files()
    texts = [text for _, text in files]
    cases = []
    for function in ("toJson", "toYaml", "toYamlPretty"):
        outputs = batch_function(chart, "fromYaml {x} | " + function, texts)
        cases += [{"name": "%s %s" % (function, path), "function": function, "input": text, "expected": out}
                  for (path, text), out in zip(files, outputs) if out is not None]
    write("realistic", cases)


def record_values_files(chart):
    cases = []
    for i, text in enumerate(VALUES_FILES):
        chart.values(text)
        case = {"name": "valuesfile-%03d" % i, "input": text}
        try:
            case["expected"] = chart.render({"t": "{{ toJson .Values }}"}, {})["t"]
        except h.HelmError as e:
            case["error"] = str(e)
        cases.append(case)
    chart.values("")
    write("valuesfile", cases)


def record_encoding(chart):
    for function, area in (("toYaml", "toyaml"), ("toYamlPretty", "toyamlpretty"), ("toJson", "tojson"),
                           ("toPrettyJson", "toprettyjson"), ("toRawJson", "torawjson")):
        outputs = batch_function(chart, function + " {x}", ENCODE_VALUES)
        cases = [{"name": "%s-%03d" % (area, i), "input": json.dumps(v, ensure_ascii=False), "expected": out}
                 for i, (v, out) in enumerate(zip(ENCODE_VALUES, outputs)) if out is not None]
        # Template literals reach the functions with Go's int / nil / typed-slice types.
        templates = {"l%03d" % i: "{{ %s %s }}" % (function, lit) for i, lit in enumerate(TEMPLATE_LITERALS)}
        out = chart.render(templates, {})
        cases += [{"name": "%s-literal-%03d" % (area, i), "literal": lit, "expected": out["l%03d" % i]}
                  for i, lit in enumerate(TEMPLATE_LITERALS)]
        write(area, cases)


def typed(value, kind):
    """The parsed value with Go's number types made explicit: --set integers are int64,
    --set-json numbers float64 (Python alone cannot tell them apart)."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return {"$float64": repr(float(value))} if kind == "json" else {"$int64": str(value)}
    if isinstance(value, list):
        return [typed(v, kind) for v in value]
    return {k: typed(v, kind) for k, v in value.items()}


def record_set():
    parsers = {"set": h.parse_set_string, "string": h.parse_set_string_values,
               "json": h.parse_set_json, "literal": h.parse_set_literal, "file": h.parse_set_file}
    os.chdir(ROOT)  # --set-file paths are relative to the repository root
    cases = []
    for kind, expression in SET_EXPRESSIONS:
        case = {"name": "set-%03d" % len(cases), "kind": kind, "input": expression}
        try:
            case["expected"] = json.dumps(typed(parsers[kind](expression), kind), sort_keys=True)
        except h.HelmError as e:
            case["error"] = str(e)
        cases.append(case)
    write("set", cases)


def record_coalescing(chart):
    cases = []
    for i, (defaults, overrides) in enumerate(COALESCE_CASES):
        chart.values(defaults)
        out = chart.render({"t": "{{ toJson .Values }}"}, json.loads(overrides))
        cases.append({"name": "coalesce-%03d" % i, "defaults": defaults, "input": overrides, "expected": out["t"]})
    chart.values("")
    write("coalesce", cases)


def record_cli():
    """`helm-oracle values CHART ARGS... -o json` per case directory under fixtures/values/cli/
    (run from the repository root, so paths in messages match). The oracle prints the data as
    Python's JSON, so tests compare the data, not the text."""
    import subprocess
    base = os.path.join(OUT, "cli")
    shutil.rmtree(base, ignore_errors=True)
    for name, args in CLI_CASES:
        command = [ORACLE, "values"] + args + ["-o", "json"]
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if run.returncode == 2:
            print("  oracle cannot answer %s: %s" % (name, run.stderr.strip()), file=sys.stderr)
            continue
        case = os.path.join(base, name)
        os.makedirs(os.path.join(case, "expected"))
        with open(os.path.join(case, "args"), "w") as f:
            f.write("\n".join(args) + "\n")
        with open(os.path.join(case, "command"), "w") as f:
            f.write("helm-oracle values %s -o json\n" % " ".join(args))
        for stream, text in (("stdout", run.stdout), ("stderr", run.stderr), ("exit", "%d\n" % run.returncode)):
            with open(os.path.join(case, "expected", stream), "w") as f:
                f.write(text)
    print("  %s: %d cases" % (os.path.relpath(base, ROOT), len(os.listdir(base))), file=sys.stderr)


def main():
    os.makedirs(OUT, exist_ok=True)
    chart = ScratchChart()
    try:
        record_decoding(chart)
        record_values_files(chart)
        record_realistic(chart)
        record_encoding(chart)
        record_set()
        record_coalescing(chart)
        record_cli()
    finally:
        chart.close()


if __name__ == "__main__":
    main()
