#!/usr/bin/env python3
"""Records `helm template` for every chart fixture with the real Helm engine.

Layout (one directory per case, found automatically by the Swift tests):

    fixtures/charts/<case>/chart/...            the chart (or chart.tgz, or several charts)
    fixtures/charts/<case>/runs/<run>/args      the arguments after `helm template`, one
                                                shell-quoted line; paths are relative to
                                                fixtures/charts/<case>/
    fixtures/charts/<case>/runs/<run>/mask      optional: one regular expression per line;
                                                every match is replaced by `<masked>` in the
                                                recorded stdout and in swiftchart's output
    fixtures/charts/<case>/runs/<run>/expected/{stdout,stderr,exit}

How the stream is assembled: `helm-oracle template` (../shared/tools/helmoracle.py) prints
exactly what `helm template` prints. It takes the sorted release manifest from
`Config(storage_driver="memory").install(..., dry_run="client")` (CRDs first with
--include-crds), trims it and adds one newline, then appends every hook document of a second,
per-template render (`Chart.render`), split and sorted the way Helm's SortManifests does,
each as `---\\n# Source: <path>\\n<doc>\\n`; --show-only re-splits that stream. It checks its
own sort against Helm's manifest and refuses (exit 2) when they disagree, so a recorded
stream is never a guess.

stderr keeps only Helm's error text (from the `Error:` line on); log lines of the native
library are dropped. An oracle refusal (exit 2) fails the recording.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The oracle lives in ../shared/tools beside the repository (or beside a worktree's parent).
for candidate in (os.environ.get("HELM_ORACLE_DIR"), ROOT.parent / "shared" / "tools",
                  ROOT.parent.parent / "shared" / "tools"):
    if candidate and (Path(candidate) / "helmoracle.py").exists():
        sys.path.insert(0, str(candidate))
        break
import helmoracle  # noqa: E402

FIXTURES = ROOT / "fixtures" / "charts"


def mask(text: str, patterns: list[str]) -> str:
    for p in patterns:
        text = re.sub(p, "<masked>", text)
    return text


def record(case: Path, run: Path, helm: helmoracle.Helm) -> None:
    args = shlex.split((run / "args").read_text().strip())
    patterns = []
    if (run / "mask").exists():
        patterns = [l for l in (run / "mask").read_text().splitlines() if l.strip()]
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(case)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = helmoracle.main(["template", *args], helm)
    finally:
        os.chdir(cwd)
    if rc == 2:
        raise SystemExit(f"{run}: the oracle refused: {err.getvalue().strip()}")
    stderr = err.getvalue()
    start = stderr.find("Error: ")
    stderr = stderr[start:] if start >= 0 else ""
    expected = run / "expected"
    expected.mkdir(exist_ok=True)
    (expected / "stdout").write_text(mask(out.getvalue(), patterns))
    (expected / "stderr").write_text(stderr)
    (expected / "exit").write_text(f"{rc}\n")


def main() -> int:
    only = set(sys.argv[1:])
    helm = helmoracle.Helm()
    count = 0
    for case in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        if only and case.name not in only:
            continue
        for run in sorted(p for p in (case / "runs").iterdir() if p.is_dir()):
            record(case, run, helm)
            count += 1
    print(f"charts: recorded {count} runs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
