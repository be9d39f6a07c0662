#!/usr/bin/env python3
"""Records fixtures/functions/core/maprefs.json: Go maps are references, so Sprig's `set`,
`unset`, `merge` and `mergeOverwrite` change the map they are given, visibly through every
alias (variables, dict arguments of a define, nested maps, list elements), and `deepCopy`
makes fresh maps. Rendered by real Helm v4.2.3 (helm_python, offline) with functions_core's
chart and values, so FunctionFixtureTests runs the cases with the other core suites.

No case changes `.Values`: the suite renders as one chart, whose templates share it (the
chart fixture fixtures/charts/maprefs covers `set .Values` across templates).

Run through `scripts/record-fixtures maprefs`; never edit the JSON by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from functions_core import OUT, ROOT, VALUES_YAML, record_suite  # noqa: E402
from oracle_chart import OracleChart, dump  # noqa: E402

CASES = [
    ("alias-set", '{{ $d := dict }}{{ $_ := set $d "k" 1 }}{{ $d.k }}|{{ $d }}'),
    ("alias-variable", '{{ $a := dict "x" 1 }}{{ $b := $a }}{{ $_ := set $b "y" 2 }}{{ $a }}'),
    ("alias-assign", '{{ $a := dict }}{{ $b := dict }}{{ $b = $a }}{{ $_ := set $b "y" 2 }}{{ $a }}|{{ $b }}'),
    ("alias-returned", '{{ $d := dict }}{{ $r := set $d "a" 1 }}{{ $_ := set $r "b" 2 }}{{ $d }}'),
    ("alias-unset", '{{ $d := dict "a" 1 "b" 2 }}{{ $e := $d }}{{ $_ := unset $e "a" }}{{ $d }}'),
    ("alias-with", '{{ $d := dict "a" 1 }}{{ with $d }}{{ $_ := set . "z" 26 }}{{ end }}{{ $d }}'),
    ("alias-range", '{{ $l := list (dict "n" 1) (dict "n" 2) }}{{ range $l }}{{ $_ := set . "seen" true }}{{ end }}{{ $l }}'),
    ("alias-list-element", '{{ $l := list (dict) }}{{ $_ := set (index $l 0) "a" 1 }}{{ $l }}'),
    ("alias-nested", '{{ $d := dict "n" (dict "x" 1) }}{{ $_ := set $d.n "y" 2 }}{{ $d }}'),
    ("alias-dict-value", '{{ $in := dict }}{{ $outer := dict "in" $in }}{{ $_ := set $in "k" "v" }}{{ $outer }}'),
    ("define-template-args", '{{- define "maprefs.fill" }}{{ $_ := set .out "k" .v }}{{ end -}}'
                             '{{ $o := dict }}{{ template "maprefs.fill" (dict "out" $o "v" 5) }}{{ $o }}'),
    ("define-template", '{{- define "maprefs.fill2" }}{{ $_ := set .out "t" "x" }}{{ $_ := unset .out "gone" }}{{ end -}}'
                        '{{ $o := dict "gone" 1 }}{{ template "maprefs.fill2" (dict "out" $o) }}{{ $o }}'),
    ("define-dot", '{{- define "maprefs.dot" }}{{ $_ := set . "added" 1 }}{{ end -}}'
                   '{{ $o := dict }}{{ template "maprefs.dot" $o }}{{ $o }}'),
    ("merge-in-place", '{{ $d := dict "a" 1 }}{{ $_ := merge $d (dict "a" 2 "b" 3) }}{{ $d }}'),
    ("merge-returns-dst", '{{ $d := dict }}{{ $r := merge $d (dict "a" 1) }}{{ $_ := set $r "b" 2 }}{{ $d }}|{{ typeOf $r }}'),
    ("merge-nil-source", '{{ $d := dict "a" 1 }}{{ $_ := merge $d (dict "b" nil) }}{{ $d }}|{{ hasKey $d "b" }}'),
    ("merge-nil-overwrite", '{{ $d := dict "a" 1 }}{{ $_ := mergeOverwrite $d (dict "b" nil "a" nil) }}{{ $d }}|{{ hasKey $d "b" }}'),
    ("merge-nested-in-place", '{{ $n := dict "x" 1 }}{{ $d := dict "n" $n }}{{ $_ := merge $d (dict "n" (dict "x" 9 "y" 2)) }}{{ $n }}|{{ $d }}'),
    ("merge-overwrite-nested-in-place", '{{ $n := dict "x" 1 "z" 0 }}{{ $d := dict "n" $n }}'
                                        '{{ $_ := mergeOverwrite $d (dict "n" (dict "x" 2 "w" 3)) }}{{ $n }}|{{ $d }}'),
    ("merge-empty-nested", '{{ $n := dict }}{{ $d := dict "n" $n }}{{ $s := dict "x" 1 }}'
                           '{{ $_ := merge $d (dict "n" $s) }}{{ $n }}|{{ $_ := set $s "y" 2 }}{{ $d }}'),
    ("merge-shares-source-map", '{{ $s := dict "x" 1 }}{{ $d := dict }}{{ $_ := merge $d (dict "k" $s) }}{{ $_ := set $s "y" 2 }}{{ $d }}'),
    ("merge-several", '{{ $d := dict }}{{ $_ := merge $d (dict "a" 1) (dict "a" 2 "b" 2) }}{{ $d }}'),
    ("must-merge", '{{ $d := dict "a" "" }}{{ $_ := mustMerge $d (dict "a" "x") }}{{ $d }}'),
    ("must-merge-overwrite", '{{ $d := dict "a" "y" }}{{ $_ := mustMergeOverwrite $d (dict "a" "") (dict "b" 1) }}{{ $d }}'),
    ("pick-omit-copy", '{{ $d := dict "a" 1 "b" 2 }}{{ $p := pick $d "a" }}{{ $_ := set $p "c" 3 }}'
                       '{{ $o := omit $d "a" }}{{ $_ := set $o "d" 4 }}{{ $d }}'),
    ("deepcopy-independent", '{{ $a := dict "n" (dict "x" 1) "l" (list (dict "y" 1)) }}{{ $b := deepCopy $a }}'
                             '{{ $_ := set $b.n "x" 2 }}{{ $_ := set (index $b.l 0) "y" 2 }}{{ $_ := set $b "new" 1 }}{{ $a }}|{{ $b }}'),
    ("deepcopy-source-mutated", '{{ $a := dict "n" (dict "x" 1) }}{{ $b := mustDeepCopy $a }}{{ $_ := set $a.n "x" 3 }}{{ $b }}'),
    ("set-nil-map", '{{ set nil "a" 1 }}'),
    ("unset-nil-map", '{{ unset nil "a" }}'),
    ("merge-nil-map", '{{ merge nil (dict "a" 1) }}'),
    ("cycle-to-json", '{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ toJson $d }}|{{ len $d }}'),
    ("cycle-must-to-json", '{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ mustToJson $d }}'),
    ("set-missing-value", '{{ set .nothing "a" 1 }}'),
]


def main() -> int:
    chart = OracleChart(VALUES_YAML, "maprefs-")
    try:
        recorded = record_suite(chart, [{"name": n, "template": t} for n, t in CASES])
    finally:
        chart.close()
    path = OUT / "maprefs.json"
    path.write_text(dump(recorded))
    errors = sum(1 for c in recorded if "error" in c)
    print(f"maprefs: {path.relative_to(ROOT)}: {len(recorded)} cases ({errors} errors)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
