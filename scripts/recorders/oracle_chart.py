"""A scratch chart `t` (release `r`, namespace `n`) rendered by real Helm, shared by the
function recorders: many templates per render, each failing case alone so its error is Helm's.

Import after `os.chdir` away from helm_python's own directory (helm_python refuses that).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import helm_python as h

FILE = "t/templates/case.yaml"


class OracleChart:
    """`helm create t` with the given values.yaml; templates (and files/) are replaced per render."""

    def __init__(self, values_yaml: str, prefix: str) -> None:
        self.tmp = tempfile.mkdtemp(prefix=prefix)
        h.Chart.create("t", self.tmp)
        self.root = Path(self.tmp) / "t"
        (self.root / "values.yaml").write_text(values_yaml)

    def render(self, templates: dict[str, str], files: dict[str, str] | None = None) -> dict[str, str]:
        """Helm's output per template path; raises Helm's error when any template fails."""
        tdir = self.root / "templates"
        shutil.rmtree(tdir, ignore_errors=True)
        tdir.mkdir()
        fdir = self.root / "files"
        shutil.rmtree(fdir, ignore_errors=True)
        if files:
            fdir.mkdir()
            for name, text in files.items():
                (fdir / name).write_text(text)
        for name, text in templates.items():
            (tdir / name).write_text(text)
        return h.Chart.load(str(self.root)).render(name="r", namespace="n")

    def one(self, template: str, files: dict[str, str] | None = None) -> tuple[str, str]:
        """("output", text) or ("error", Helm's message with the template path as `FILE`)."""
        try:
            return "output", self.render({"case.yaml": template}, files)[FILE]
        except Exception as e:  # noqa: BLE001 - the error text is the expected result
            return "error", (getattr(e, "detail", None) or str(e)).replace(FILE, "FILE")

    def record(self, cases: list[dict], files: dict[str, str] | None = None) -> list[dict]:
        """Sets each case's `output` or `error` from its `template`: one render for all when
        none fails, else one render per case."""
        names = {f"c{i:04d}.yaml": c for i, c in enumerate(cases)}
        try:
            out = self.render({n: c["template"] for n, c in names.items()}, files)
            for n, case in names.items():
                case["output"] = out[f"t/templates/{n}"]
        except Exception:  # noqa: BLE001 - some case fails: render each alone
            for case in cases:
                kind, text = self.one(case["template"], files)
                case[kind] = text
        return cases

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def dump(cases: list[dict]) -> str:
    """One case per line: readable diffs when a fixture changes."""
    return "[\n" + ",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n"
