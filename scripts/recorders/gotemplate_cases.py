"""Cases of the GoTemplate recorder: the template language and Go's built-ins only.

A case is (name, template) or (name, template, {extra file: text}); extra files go next to
the case's template in the chart's templates/ folder (paths may contain folders).
"""

CASES: list[tuple] = []


def case(name, template, files=None):
    CASES.append((name, template, files or {}))


# --- trim markers around every action kind -------------------------------------------------
ACTIONS = {
    "print": "{{{{{l} 1 {r}}}}}",
    "var": "{{{{{l} $x := 1 {r}}}}}",
    "comment": "{{{{{l}/* c */{r}}}}}",
    "if": "{{{{{l} if true {r}}}}}X{{{{{l} end {r}}}}}",
    "ifelse": "{{{{{l} if false {r}}}}}X{{{{{l} else {r}}}}}Y{{{{{l} end {r}}}}}",
    "range": "{{{{{l} range .Values.list {r}}}}}{{{{.}}}}{{{{{l} end {r}}}}}",
    "rangebreak": "{{{{ range .Values.list }}}}{{{{ . }}}} {{{{{l} break {r}}}}} x{{{{ end }}}}",
    "rangecontinue": "{{{{ range .Values.list }}}}{{{{ . }}}} {{{{{l} continue {r}}}}} x{{{{ end }}}}",
    "with": "{{{{{l} with .Values.str {r}}}}}{{{{.}}}}{{{{{l} end {r}}}}}",
    "define": "{{{{{l} define \"d\" {r}}}}} D {{{{{l} end {r}}}}}",
    "template": "{{{{ define \"d\" }}}}D{{{{ end }}}}{{{{{l} template \"d\" {r}}}}}",
    "block": "{{{{{l} block \"b\" . {r}}}}} B {{{{{l} end {r}}}}}",
}
for kind, shape in ACTIONS.items():
    for label, (l, r) in {"both": ("-", "-"), "left": ("-", ""), "right": ("", "-"), "none": ("", "")}.items():
        if kind == "comment":
            l2 = "- " if l else ""
            r2 = " -" if r else ""
            body = shape.replace("{l}", "").replace("{r}", "").format()
            body = body.replace("{{/*", "{{" + l2 + "/*").replace("*/}}", "*/" + r2 + "}}")
        else:
            body = shape.format(l=l, r=r)
        case(f"trim-{kind}-{label}", "a \n\t " + body + " \r\n b")

case("trim-only-spaces-between", "{{ 1 }}   \n\n   {{- 2 }}")
case("trim-eats-whole-text", "{{ 1 -}}  \n  {{- 2 }}")
case("trim-nbsp-kept", "x\u00a0{{- 1 -}}\u00a0y")
case("trim-crlf", "x\r\n\r\n{{- 1 -}}\r\n\r\ny")
case("trim-start-of-file", "  \n{{- 1 }}")
case("trim-end-of-file", "{{ 1 -}}\n  ")
case("trim-vtab-kept", "x\x0b{{- 1 }}")
case("trim-formfeed-kept", "x\x0c{{- 1 }}")
case("trim-dash-no-space-number", "a {{-3}} b {{ -3}}")
case("trim-dash-newline", "a {{-\n3\n-}} b")
case("trim-multiple-spaces-before-marker", "a {{ 3   -}} b")
case("trim-comment-multiline", "a\n{{- /* one\ntwo */ -}}\nb")
case("trim-nested-blocks", "{{- range .Values.list }}\n  - {{ . }}\n{{- end }}\n")
case("trim-yaml-like", "items:\n{{- range $i, $v := .Values.list }}\n  {{ $i }}: {{ $v }}\n{{- end }}\ndone: true\n")
case("trim-if-chain", "{{- if false }}\nA\n{{- else if true }}\nB\n{{- else }}\nC\n{{- end }}\n")

# --- literals ------------------------------------------------------------------------------
for text in ["0", "-0", "+0", "7", "-7", "+7", "0x10", "0XfF", "-0x10", "0o17", "0O7", "017", "0b1010", "0B1",
             "1_000", "0x_1F", "0b_1", "0o_7", "1.5", "-1.5", "+1.5", ".25", "1.", "1e2", "1E-3", "1e+3",
             "0x1p-2", "0x1.8p3", "0X1P4", "1e6", "1e-5", "123456.7", "1234567.0", "0.000123", "9223372036854775807",
             "-9223372036854775808", "'a'", "'\\n'", "'\\t'", "'\\x41'", "'\\101'", "'\\u00e9'", "'\\U0001F600'", "'é'", "'\\''",
             "1i", "-2i", "1.5i", "1+2i", "1-2i", "0x10i", "1e2i"]:
    case(f"literal-number-{text}", "{{ " + text + " }}|{{ print " + text + " }}")
for text in ["08", "09", "1__0", "1_", "_1", "0x", "0b2", "0o8", "1e", "1e+", "0x1.8", "1.5.3", "12ab", "1ee2",
             "99999999999999999999", "-99999999999999999999", "9223372036854775808", "-9223372036854775809",
             "18446744073709551615", "1e400", "0x1p99999", "'ab'", "''", "'\\q'", "'\\400'", "'\\u00'", "3-", "1+2", "1+2j",
             "'\\xZZ'", "'a", "0x_", "1__2.5"]:
    case(f"literal-bad-{text}", "{{ " + text + " }}")
for text in ['"plain"', '"tab\\there"', '"q\\"uote"', '"back\\\\slash"', '"\\x41\\102\\u00e9\\U0001F600"', '"\\a\\b\\f\\v"',
             "`raw \\n text`", "`multi\nline`", '""', "``", '"é ü"', '"\\u2028"', "`a\"b`"]:
    case("literal-string-" + str(len(CASES)), "[{{ " + text + " }}]")
for text in ['"bad \\q"', '"\\x4"', '"\\u12"', '"\\400"', '"a\nb"', '"open', "`open", '"\\\'"']:
    case("literal-string-bad-" + str(len(CASES)), "{{ " + text + " }}")
case("literal-bools", "{{ true }} {{ false }} {{ not true }}")
case("literal-nil-command", "{{ nil }}")
case("literal-nil-arg", "{{ print nil }} {{ printf \"%v\" nil }}")
case("literal-chained-field-on-string", '{{ "s".x }}')
case("literal-chained-field-on-number", "{{ 1.x }}")
case("literal-chained-field-on-bool", "{{ true.x }}")
case("literal-chained-field-on-nil", "{{ nil.x }}")
case("literal-chained-field-on-dot", "{{ ..x }}")

# --- lexer edge cases ----------------------------------------------------------------------
case("lex-unclosed-action", "a {{ 1 ")
case("lex-unclosed-action-multiline", "a {{ 1\n\n")
case("lex-unclosed-action-after-text", "line1\nline2 {{ .Values.str")
case("lex-unclosed-paren", "{{ (1 }}")
case("lex-unclosed-paren-multiline", "{{ (1\n }}")
case("lex-extra-paren", "{{ 1) }}")
case("lex-colon", "{{ $x : 1 }}")
case("lex-bad-char-after-field", "{{ .Values.str# }}")
case("lex-bad-char-after-var", "{{ $x := 1 }}{{ $x# }}")
case("lex-bad-char-after-ident", "{{ print# }}")
case("lex-unicode-field", "{{ $m := .Values }}{{ .Values.ünïcode }}x")
case("lex-non-ascii-in-action", "{{ 1 é }}")
case("lex-control-char-in-action", "{{ 1 \x01 }}")
case("lex-comma-outside-range", "{{ 1, 2 }}")
case("lex-hash", "{{ # }}")
case("lex-lone-right-delim", "a }} b")
case("lex-single-brace", "a { b } {{ 1 }} c")
case("lex-triple-brace", "{{{ 1 }}}")
case("lex-empty-action", "{{}}")
case("lex-empty-trim-action", "{{- -}}")
case("lex-space-only-action", "{{   }}")
case("lex-comment-unclosed", "{{/* never")
case("lex-comment-no-delim", "{{/* c */ x}}")
case("lex-comment-trim-no-space", "{{/* c */-}}")
case("lex-comment-in-middle", "{{ 1 /* c */ }}")
case("lex-comment-with-braces", "a{{/* }} {{ */}}b")
case("lex-newline-in-action", "{{\n.Values.str\n|\nprint\n}}")
case("lex-crlf-in-action", "{{\r\n1\r\n}}")
case("lex-tab-separators", "{{\tprint\t1\t2\t}}")
case("lex-pipe-newline-error", "a\nb\n{{ 1 | 2 }}")
case("lex-error-line-3", "a\nb\n{{ 1 2 3 ) }}")
case("lex-error-after-multiline-action", "{{ if true }}\n{{\n .Values.str\n #\n}}{{ end }}")
case("lex-unclosed-in-multiline-action", "x\n{{ print\n 1\n")

# --- parser --------------------------------------------------------------------------------
case("parse-missing-if", "{{ if }}{{ end }}")
case("parse-missing-range", "{{ range }}{{ end }}")
case("parse-missing-with", "{{ with }}{{ end }}")
case("parse-missing-command-paren", "{{ () }}")
case("parse-unexpected-end", "{{ end }}")
case("parse-unexpected-else", "{{ else }}")
case("parse-else-after-else", "{{ if 1 }}a{{ else }}b{{ else }}c{{ end }}")
case("parse-else-if-after-else", "{{ if 1 }}a{{ else }}b{{ else if 1 }}c{{ end }}")
case("parse-end-with-arg", "{{ if 1 }}a{{ end 1 }}")
case("parse-else-with-arg", "{{ if 1 }}a{{ else 1 }}b{{ end }}")
case("parse-eof-in-if", "{{ if 1 }}a")
case("parse-eof-in-range", "{{ range .Values.list }}a")
case("parse-eof-in-with", "{{ with 1 }}a")
case("parse-eof-in-else", "{{ if 1 }}a{{ else }}b")
case("parse-eof-in-define", "{{ define \"x\" }}a")
case("parse-eof-in-block", "{{ block \"x\" . }}a")
case("parse-break-outside", "{{ break }}")
case("parse-continue-outside", "{{ continue }}")
case("parse-break-in-if", "{{ if 1 }}{{ break }}{{ end }}")
case("parse-break-with-arg", "{{ range .Values.list }}{{ break 1 }}{{ end }}")
case("parse-continue-with-arg", "{{ range .Values.list }}{{ continue 1 }}{{ end }}")
case("parse-break-in-define-in-range", "{{ range .Values.list }}{{ end }}{{ define \"x\" }}{{ break }}{{ end }}")
case("parse-break-in-block-in-range", "{{ range .Values.list }}{{ block \"b\" . }}{{ break }}{{ end }}{{ end }}")
case("parse-range-three-vars", "{{ range $a, $b, $c := .Values.list }}{{ end }}")
case("parse-range-var-not-var", "{{ range $a, 1 := .Values.list }}{{ end }}")
case("parse-two-vars-command", "{{ $a, $b := 1 }}")
case("parse-two-vars-if", "{{ if $a, $b := 1 }}{{ end }}")
case("parse-undefined-var", "{{ $nope }}")
case("parse-undefined-var-field", "{{ $nope.x }}")
case("parse-var-out-of-scope-range", "{{ range $v := .Values.list }}{{ end }}{{ $v }}")
case("parse-var-out-of-scope-with", "{{ with $v := 1 }}{{ end }}{{ $v }}")
case("parse-var-in-define", "{{ $x := 1 }}{{ define \"d\" }}{{ $x }}{{ end }}")
case("parse-var-in-block", "{{ $x := 1 }}{{ block \"b\" . }}{{ $x }}{{ end }}")
case("parse-var-in-block-pipeline", "{{ $x := 1 }}{{ block \"b\" $x }}{{ . }}{{ end }}")
case("parse-define-not-top", "{{ with 1 }}{{ define \"x\" }}{{ end }}{{ end }}")
case("parse-define-name-var", "{{ define $x }}{{ end }}")
case("parse-define-name-number", "{{ define 1 }}{{ end }}")
case("parse-define-extra", "{{ define \"x\" 1 }}{{ end }}")
case("parse-define-else", "{{ define \"x\" }}a{{ else }}b{{ end }}")
case("parse-define-raw-name", "{{ define `raw` }}R{{ end }}{{ template `raw` }}")
case("parse-define-bad-escape", "{{ define \"a\\q\" }}{{ end }}")
case("parse-template-no-name", "{{ template }}")
case("parse-template-field-name", "{{ template .Values.str }}")
case("parse-template-bad-escape", "{{ template \"a\\q\" }}")
case("parse-block-no-name", "{{ block }}{{ end }}")
case("parse-block-else", "{{ block \"b\" . }}a{{ else }}b{{ end }}")
case("parse-multiple-definition", "{{ define \"a\" }}1{{ end }}{{ define \"a\" }}2{{ end }}")
case("parse-multiple-definition-block", "{{ define \"a\" }}1{{ end }}{{ block \"a\" . }}2{{ end }}")
case("parse-empty-definition-replaced", "{{ define \"a\" }} {{/* c */}} {{ end }}{{ define \"a\" }}2{{ end }}{{ template \"a\" }}")
case("parse-empty-definition-kept", "{{ define \"a\" }}2{{ end }}{{ define \"a\" }}  {{ end }}{{ template \"a\" }}")
case("parse-non-executable-stage-2", "{{ print 1 | \"s\" }}")
case("parse-non-executable-stage-3", "{{ print 1 | print | true }}")
case("parse-non-executable-nil", "{{ print 1 | nil }}")
case("parse-non-executable-dot", "{{ print 1 | . }}")
case("parse-pipe-to-field", "{{ .Values | .str }}")
case("parse-dangling-pipe", "{{ print 1 | }}")
case("parse-double-pipe", "{{ print 1 || print }}")
case("parse-leading-pipe", "{{ | print }}")
case("parse-assign-in-paren", "{{ ($x := 1) }}")
case("parse-decl-in-paren-used", "{{ print ($x := 2) }}{{ $x }}")
case("parse-keyword-as-arg", "{{ print if }}")
case("parse-end-in-paren", "{{ (end) }}")
case("parse-unknown-function", "{{ nosuch 1 }}")
case("parse-unknown-function-in-paren", "{{ print (nosuch) }}")
case("parse-unknown-function-in-define", "{{ define \"d\" }}{{ nosuch }}{{ end }}")
case("parse-field-dot-dot", "{{ .Values..str }}")
case("parse-equals-alone", "{{ = 1 }}")
case("parse-declare-alone", "{{ := 1 }}")
case("parse-decl-without-value", "{{ $x := }}")
case("parse-variable-declare-dollar", "{{ $ := 5 }}{{ $ }}|{{ .Values.str | print }}")
case("parse-error-line-in-define", "{{ define \"d\" }}\n\n{{ if }}\n{{ end }}")
case("parse-error-second-file", "ok", {"_bad.tpl": "{{ define \"x\" }}{{ end"})
case("parse-error-sub-file", "ok", {"sub/_bad.tpl": "\n\n{{ 1 2 ) }}"})

# --- variables -----------------------------------------------------------------------------
case("var-declare-print-nothing", "[{{ $x := 5 }}]{{ $x }}")
case("var-assign-print-nothing", "{{ $x := 5 }}[{{ $x = 6 }}]{{ $x }}")
case("var-redeclare-shadows", "{{ $x := 1 }}{{ with 2 }}{{ $x := . }}{{ $x }}{{ end }}{{ $x }}")
case("var-assign-outer", "{{ $x := 1 }}{{ with 2 }}{{ $x = . }}{{ end }}{{ $x }}")
case("var-assign-undeclared", "{{ $y = 1 }}")
case("var-assign-in-range", "{{ $s := \"\" }}{{ range .Values.list }}{{ $s = print $s . }}{{ end }}{{ $s }}")
case("var-range-one", "{{ range $v := .Values.map }}{{ $v }}{{ end }}")
case("var-range-two-map", "{{ range $k, $v := .Values.nested.a }}{{ $k }}={{ $v }}{{ end }}")
case("var-range-assign-two", "{{ $k := 0 }}{{ $v := 0 }}{{ range $k, $v = .Values.map }}{{ end }}{{ $k }}{{ $v }}")
case("var-range-assign-one", "{{ $v := 0 }}{{ range $v = .Values.list }}{{ end }}{{ $v }}")
case("var-range-assign-int", "{{ $v := 0 }}{{ range $v = 3 }}{{ end }}{{ $v }}")
case("var-range-decl-seen-in-else", "{{ range $v := .Values.emptylist }}{{ else }}[{{ $v }}]{{ end }}")
case("var-if-decl-in-else", "{{ if $v := .Values.emptystr }}{{ else }}[{{ $v }}]{{ end }}")
case("var-with-decl-in-else", "{{ with $v := 0 }}{{ else }}[{{ $v }}]{{ end }}")
case("var-dollar-in-range", "{{ range .Values.list }}{{ $.Values.str }}{{ end }}")
case("var-dollar-in-with", "{{ with .Values.map }}{{ $.Values.str }}-{{ .a }}{{ end }}")
case("var-field-of-var", "{{ $m := .Values.map }}{{ $m.a }}")
case("var-field-of-var-missing", "{{ $m := .Values.map }}[{{ $m.zz }}]")
case("var-field-of-nil-var", "{{ $m := .Values.nope }}[{{ $m.zz }}]")
case("var-field-of-string-var", "{{ $m := .Values.str }}{{ $m.zz }}")
case("var-field-of-list-var", "{{ $m := .Values.list }}{{ $m.zz }}")
case("var-field-chain-deep", "{{ $n := .Values.nested }}{{ $n.a.b.c }}")
case("var-with-args", "{{ $x := 1 }}{{ $x 2 }}")
case("var-dollar-with-args", "{{ $ 2 }}")
case("var-piped-into", "{{ $x := 1 }}{{ 2 | $x }}")
case("var-field-piped-into", "{{ $m := .Values.map }}{{ 2 | $m.a }}")
case("var-type-change", "{{ $x := 1 }}{{ $x = \"s\" }}{{ $x = .Values.list }}{{ $x }}")
case("var-decl-pipeline", "{{ $x := .Values.list | len }}{{ $x }}")
case("var-range-vars-fresh", "{{ range $i, $v := .Values.list }}{{ $i }}{{ end }}{{ range $i, $v := .Values.nums }}{{ $v }}{{ end }}")
case("var-decl-in-range-body", "{{ range .Values.list }}{{ $x := . }}{{ $x }}{{ end }}")
case("var-template-no-caller-vars", "{{ define \"d\" }}[{{ $ }}]{{ end }}{{ $x := 1 }}{{ template \"d\" 7 }}")

# --- control structures --------------------------------------------------------------------
case("if-truthiness-values", "".join("{{ if .Values.%s }}T{{ else }}F{{ end }}" % k for k in
     ["int", "neg", "zero", "fzero", "float", "str", "emptystr", "t", "f", "list", "emptylist", "map", "emptymap", "missing", "nested"]))
case("if-truthiness-literals", "".join("{{ if %s }}T{{ else }}F{{ end }}" % k for k in
     ["0", "1", "-1", "0.0", "0.5", "\"\"", "\"0\"", "true", "false", "0i", "1i", "'a'", "'\\x00'"]))
case("if-nil-literal", "{{ if nil }}T{{ end }}")
case("if-else-if-chain", "{{ if .Values.f }}1{{ else if .Values.zero }}2{{ else if .Values.emptylist }}3{{ else if .Values.int }}4{{ else }}5{{ end }}")
case("if-else-if-none", "{{ if 0 }}1{{ else if 0 }}2{{ end }}")
case("if-nested", "{{ if 1 }}{{ if 0 }}a{{ else }}{{ if 1 }}b{{ end }}{{ end }}{{ end }}")
case("if-pipeline", "{{ if .Values.list | len }}yes{{ end }}")
case("if-error-in-condition", "{{ if .Values.str.x }}{{ end }}")
case("if-error-in-else", "{{ if 0 }}{{ else }}\n{{ .Values.nope.x }}{{ end }}")
case("with-rebinds-dot", "{{ with .Values.nested.a.b }}{{ .c }}{{ end }}")
case("with-else-with-chain", "{{ with 0 }}a{{ else with \"\" }}b{{ else with .Values.list }}{{ index . 1 }}{{ else }}d{{ end }}")
case("with-else-with-none", "{{ with 0 }}a{{ else with 0 }}b{{ end }}")
case("with-else-dot-outer", "{{ with .Values.map }}{{ with .zz }}x{{ else }}{{ .a }}{{ end }}{{ end }}")
case("with-missing-field", "{{ with .Values.nope }}x{{ end }}|{{ with (.Values.nope) }}x{{ end }}")
case("with-nested-dollar", "{{ with .Values.map }}{{ with .a }}{{ $.Values.str }}{{ . }}{{ end }}{{ end }}")
case("range-list", "{{ range .Values.list }}<{{ . }}>{{ end }}")
case("range-mixed", "{{ range .Values.mixed }}<{{ . }}>{{ end }}")
case("range-map-order", "{{ range $k, $v := .Values.map }}{{ $k }}{{ $v }}{{ end }}")
case("range-map-values", "{{ range .Values.map }}{{ . }}{{ end }}")
case("range-nested-map", "{{ range $k, $v := .Values.nested }}{{ $k }}:{{ range $k2, $v2 := $v }}{{ $k2 }}{{ end }}{{ end }}")
case("range-int", "{{ range 5 }}{{ . }}{{ end }}")
case("range-int-var", "{{ range $i := 3 }}{{ $i }}{{ end }}")
case("range-int-zero-else", "{{ range 0 }}x{{ else }}none{{ end }}")
case("range-int-two-vars", "{{ range $i, $v := 2 }}{{ end }}")
case("range-len-int", "{{ range len .Values.list }}{{ . }}{{ end }}")
case("range-float", "{{ range .Values.float }}{{ end }}")
case("range-float-literal", "{{ range 2.0 }}{{ end }}")
case("range-string", "{{ range \"abc\" }}{{ end }}")
case("range-bool", "{{ range true }}{{ end }}")
case("range-nil", "{{ range nil }}{{ end }}")
case("range-missing-else", "{{ range .Values.nope }}x{{ else }}E{{ end }}")
case("range-empty-map-else", "{{ range .Values.emptymap }}x{{ else }}E{{ end }}")
case("range-break-first", "{{ range .Values.list }}{{ break }}{{ . }}{{ end }}done")
case("range-continue-all", "{{ range .Values.list }}{{ continue }}{{ . }}{{ end }}done")
case("range-break-nested-inner", "{{ range .Values.list }}{{ . }}{{ range .Values.nums }}{{ if eq . 1.0 }}{{ break }}{{ end }}{{ . }}{{ end }};{{ end }}")
case("range-continue-in-with", "{{ range .Values.list }}{{ with . }}{{ if eq . \"b\" }}{{ continue }}{{ end }}{{ end }}{{ . }}{{ end }}")
case("range-break-in-else-branch", "{{ range .Values.list }}{{ if eq . \"a\" }}{{ . }}{{ else }}{{ break }}{{ end }}{{ end }}")
case("range-break-map", "{{ range $k, $v := .Values.map }}{{ if eq $k \"b\" }}{{ break }}{{ end }}{{ $k }}{{ end }}")
case("range-break-int", "{{ range 10 }}{{ if eq . 3 }}{{ break }}{{ end }}{{ . }}{{ end }}")
case("range-element-field-error", "{{ range .Values.list }}\n  {{ .name }}\n{{ end }}")
case("range-map-element-field", "{{ range .Values.nested }}{{ .b.c }}{{ end }}")
case("range-dot-after", "{{ range .Values.list }}{{ end }}{{ .Values.str }}")
case("range-error-in-pipeline", "{{ range .Values.nope.x }}{{ end }}")
case("range-var-value-boxed-error", "{{ range $v := .Values.list }}{{ $v.x }}{{ end }}")

# --- define / template / block ----------------------------------------------------------------
case("tmpl-define-after-use", "{{ template \"late\" . }}{{ define \"late\" }}{{ .Values.str }}{{ end }}")
case("tmpl-nil-dot", "{{ define \"d\" }}[{{ . }}]{{ end }}{{ template \"d\" }}")
case("tmpl-nil-dot-field", "{{ define \"d\" }}[{{ .x }}]{{ end }}{{ template \"d\" }}")
case("tmpl-missing-dot-field", "{{ define \"d\" }}[{{ .x }}]{{ end }}{{ template \"d\" .Values.nope }}")
case("tmpl-pipeline-dot", "{{ define \"d\" }}[{{ . }}]{{ end }}{{ template \"d\" .Values.list | len }}")
case("tmpl-dollar-inside", "{{ define \"d\" }}{{ $ }}-{{ . }}{{ end }}{{ template \"d\" 3 }}")
case("tmpl-not-defined", "{{ template \"nope\" }}")
case("tmpl-not-defined-in-define", "{{ define \"d\" }}\n{{ template \"nope\" }}{{ end }}{{ template \"d\" }}")
case("tmpl-error-inside-define", "{{ define \"d\" }}\n  {{ .x.y }}{{ end }}{{ template \"d\" .Values }}")
case("tmpl-error-inside-nested", "{{ define \"a\" }}{{ template \"b\" . }}{{ end }}{{ define \"b\" }}{{ .Values.str.q }}{{ end }}{{ template \"a\" . }}")
case("tmpl-recursion-bounded", "{{ define \"r\" }}{{ if . }}{{ len . }}{{ template \"r\" (index . 0) }}{{ end }}{{ end }}{{ template \"r\" .Values.deep }}")
case("tmpl-recursion-unbounded-dot", "{{ define \"r\" }}{{ template \"r\" }}{{ end }}{{ template \"r\" }}")
case("tmpl-block-default", "{{ block \"b\" .Values.str }}<{{ . }}>{{ end }}")
case("tmpl-block-overridden-same-file", "{{ block \"b\" . }}default{{ end }}{{ define \"b\" }}over{{ end }}")
case("tmpl-block-overridden-other-file", "{{ block \"b\" . }}default{{ end }}", {"_over.tpl": "{{ define \"b\" }}over{{ end }}"})
case("tmpl-block-overridden-by-empty", "{{ block \"b\" . }}default{{ end }}", {"_over.tpl": "{{ define \"b\" }} {{ end }}"})
case("tmpl-block-in-partial-overridden", "{{ template \"b\" . }}", {"_a.tpl": "{{ block \"b\" . }}from-a{{ end }}", "_b.tpl": "{{ define \"b\" }}from-b{{ end }}"})
case("tmpl-define-overrides-across-files", "{{ template \"x\" }}", {"_a.tpl": "{{ define \"x\" }}A{{ end }}", "_b.tpl": "{{ define \"x\" }}B{{ end }}", "_c.tpl": "{{ define \"x\" }}C{{ end }}"})
case("tmpl-define-deeper-loses", "{{ template \"x\" }}", {"_z.tpl": "{{ define \"x\" }}top{{ end }}", "deep/er/_a.tpl": "{{ define \"x\" }}deep{{ end }}"})
case("tmpl-define-case-file-loses", "{{ define \"x\" }}case{{ end }}{{ template \"x\" }}", {"_a.tpl": "{{ define \"x\" }}partial{{ end }}"})
case("tmpl-define-empty-other-file", "{{ template \"x\" }}", {"_a.tpl": "{{ define \"x\" }}  {{ end }}", "_b.tpl": "{{ define \"x\" }}B{{ end }}"})
case("tmpl-nested-define-chain", "{{ template \"outer\" .Values }}", {"_h.tpl": "{{ define \"outer\" }}({{ template \"inner\" .map }}){{ end }}{{ define \"inner\" }}{{ .a }}-{{ .b }}{{ end }}"})
case("tmpl-nested-override", "{{ template \"outer\" . }}", {"_a.tpl": "{{ define \"outer\" }}[{{ template \"inner\" . }}]{{ end }}{{ define \"inner\" }}a-inner{{ end }}", "_b.tpl": "{{ define \"inner\" }}b-inner{{ end }}"})
case("tmpl-block-nested-in-define", "{{ template \"page\" . }}", {"_p.tpl": "{{ define \"page\" }}<{{ block \"title\" . }}T{{ end }}>{{ end }}"})
case("tmpl-block-nested-overridden", "{{ template \"page\" . }}", {"_p.tpl": "{{ define \"page\" }}<{{ block \"title\" . }}T{{ end }}>{{ end }}", "_o.tpl": "{{ define \"title\" }}O{{ end }}"})
case("tmpl-error-location-other-file", "{{ template \"f\" . }}", {"_f.tpl": "{{ define \"f\" }}\nline2\n   {{ .Values.nope.deeper }}{{ end }}"})
case("tmpl-error-template-in-other-file", "{{ template \"f\" . }}", {"_f.tpl": "{{ define \"f\" }}{{ template \"g\" . }}{{ end }}", "_g.tpl": "{{ define \"g\" }}\n{{ index .Values.list 7 }}{{ end }}"})
case("tmpl-define-only-file-output-empty", "{{ define \"x\" }}X{{ end }}  \n")
case("tmpl-template-in-range", "{{ define \"item\" }}<{{ . }}>{{ end }}{{ range .Values.list }}{{ template \"item\" . }}{{ end }}")
case("tmpl-template-vars-persist", "{{ define \"d\" }}{{ . }}{{ end }}{{ template \"d\" $x := 5 }}{{ $x }}")
case("tmpl-trim-inside-define", "{{- define \"d\" -}}\n  body\n{{- end -}}\n[{{ template \"d\" }}]")

# --- fields and data -----------------------------------------------------------------------
case("field-chain", "{{ .Values.nested.a.b.c }}")
case("field-missing-print", "[{{ .Values.nope }}]")
case("field-missing-deep", "{{ .Values.nope.deeper }}")
case("field-missing-paren-deep", "[{{ (.Values.nope).deeper }}]")
case("field-on-number", "{{ .Values.int.x }}")
case("field-on-bool", "{{ .Values.t.x }}")
case("field-on-list", "{{ .Values.list.x }}")
case("field-on-paren-list", "{{ (.Values.list).x }}")
case("field-on-paren-string", "{{ (.Values.str).x }}")
case("field-on-paren-int-literal", "{{ (1).x }}")
case("field-on-function-result", "{{ (len .Values.list).x }}")
case("field-on-ident", "{{ len.x }}")
case("field-with-args", "{{ .Values.str 1 2 }}")
case("field-map-with-args", "{{ .Values.map 1 }}")
case("field-piped", "{{ 1 | .Values.str }}")
case("field-dot-piped", "{{ 1 | . }}")
case("field-top-level", "{{ .Release.Name }}-{{ .Release.Namespace }}-{{ .Release.Revision }}-{{ .Template.Name }}")
case("field-release-missing", "[{{ .Release.Nope }}]")
case("field-dot-print", "{{ .Values.map }}")
case("field-numbers-print", "{{ .Values.int }} {{ .Values.big }} {{ .Values.huge }} {{ .Values.small }} {{ .Values.neg }} {{ .Values.float }}")
case("field-unicode-print", "{{ .Values.unicode }}|{{ .Values.multiline }}|{{ .Values.url }}")
case("field-no-value-literal-text", "a<no value>b{{ .Values.nope }}c")

# --- built-ins -----------------------------------------------------------------------------
case("fn-and-or-values", "{{ and 1 .Values.str }}|{{ and .Values.emptystr 1 }}|{{ or .Values.zero .Values.list }}|{{ or 0 \"\" }}")
case("fn-and-missing", "[{{ and .Values.nope 1 }}]|[{{ or .Values.nope }}]")
case("fn-and-no-value-var", "{{ $m := .Values.nope }}[{{ and $m 1 }}]|[{{ or $m 0 }}]")
case("fn-or-piped", "{{ 0 | or 1 }}|{{ 0 | or 0 }}|{{ 1 | and 2 }}")
case("fn-and-short-circuit-error", "{{ and 0 .Values.nope.x }}|{{ or 1 .Values.nope.x }}")
case("fn-and-no-short-circuit-error", "{{ and 1 .Values.nope.x }}")
case("fn-or-zero-args", "{{ or }}")
case("fn-not-values", "{{ not .Values.list }} {{ not .Values.emptymap }} {{ not 0.0 }} {{ not \"x\" }}")
case("fn-not-no-value", "{{ $m := .Values.nope }}{{ not $m }}")
case("fn-not-arity", "{{ not }}")
case("fn-len-values", "{{ len .Values.list }} {{ len .Values.map }} {{ len .Values.unicode }} {{ len .Values.emptylist }} {{ len \"\" }}")
case("fn-len-bool", "{{ len true }}")
case("fn-len-float-literal", "{{ len 1.5 }}")
case("fn-len-no-value", "{{ $m := .Values.nope }}{{ len $m }}")
case("fn-len-arity", "{{ len 1 2 }}")
case("fn-index-values", "{{ index .Values.list 0 }} {{ index .Values.map \"c\" }} {{ index .Values.nested \"a\" \"b\" }} {{ index .Values.mixed 4 }}")
case("fn-index-at-length", "{{ index .Values.list 3 }}")
case("fn-index-string-at-length", "{{ index \"abc\" 3 }}")
case("fn-index-string", "{{ index \"héllo\" 1 }} {{ index .Values.unicode 0 }}")
case("fn-index-negative-string", "{{ index \"abc\" -1 }}")
case("fn-index-nil-index", "{{ index .Values.list nil }}")
case("fn-index-nil-map-key", "{{ index .Values.map nil }}")
case("fn-index-bool-index", "{{ index .Values.list true }}")
case("fn-index-map-int-key", "{{ index .Values.map 0 }}")
case("fn-index-map-missing-then-more", "{{ index .Values.map \"zz\" \"x\" }}")
case("fn-index-nested-list", "{{ index .Values.deep 0 0 }}")
case("fn-index-char-index", "{{ index .Values.list 'a' }}")
case("fn-index-no-value-var", "{{ $m := .Values.nope }}{{ index $m 1 }}")
case("fn-index-nil-literal", "{{ index nil 1 }}")
case("fn-index-float", "{{ index 1.5 0 }}")
case("fn-index-arity", "{{ index }}")
case("fn-index-dollar", "{{ index $ \"Values\" \"str\" }}")
case("fn-print-mixed", "{{ print 1 2 \"a\" \"b\" 3 .Values.list .Values.t nil }}")
case("fn-print-no-value", "{{ $m := .Values.nope }}{{ print $m }}|{{ print .Values.nope }}")
case("fn-println-values", "{{ println .Values.str .Values.int }}|{{ println }}|")
case("fn-printf-values", "{{ printf \"%s=%v %d %5.2f %q %x %T\" \"k\" .Values.map 42 3.14159 \"q\" 255 .Values.list }}")
case("fn-printf-no-args", "{{ printf }}")
case("fn-printf-field-format", "{{ printf .Values.str }}")
case("fn-printf-int-format", "{{ printf .Values.int }}")
case("fn-printf-nil-format", "{{ printf nil }}")
case("fn-printf-piped", "{{ 5 | printf \"%d-%d\" 4 }}")
case("fn-html-values", "{{ html \"<a href=\\\"x\\\">&'</a>\" }}|{{ html 1 \"<\" nil }}|{{ html .Values.list }}")
case("fn-html-nil-alone", "{{ html nil }}|{{ html .Values.nope }}")
case("fn-js-values", "{{ js \"a'b\\\"c<d>e&f=g\\\\h\\ti\\u2028j\\u00e9\" }}|{{ js 1 2 }}")
case("fn-urlquery-values", "{{ urlquery \"a b/c?d=e&f~g_h.i-j\" }}|{{ urlquery .Values.url }}|{{ urlquery 1 \"x y\" }}")
case("fn-call-nil", "{{ call nil }}")
case("fn-call-field", "{{ call .Values.map }}")
case("fn-call-no-args", "{{ call }}")
case("fn-eq-many", "{{ eq 1 2 3 1 }} {{ eq \"a\" \"b\" }} {{ eq .Values.str \"hello\" }} {{ eq .Values.t true }}")
case("fn-eq-float-values", "{{ eq .Values.int 42.0 }} {{ eq .Values.float 3.5 }} {{ eq .Values.zero 0.0 }}")
case("fn-eq-later-type-error", "{{ eq 1 1 \"a\" }}|{{ eq 1 2 \"a\" }}")
case("fn-eq-string-vs-nil", "{{ eq \"\" nil }} {{ eq .Values.nope nil }} {{ eq nil .Values.nope }}")
case("fn-eq-list-vs-map", "{{ eq .Values.list .Values.map }}")
case("fn-eq-map-vs-nil", "{{ eq .Values.map nil }} {{ eq nil .Values.map }}")
case("fn-eq-bool-vs-int", "{{ eq true 1 }}")
case("fn-eq-complex", "{{ eq 1i 1i }} {{ eq 1i 2i }} {{ eq 1i 1 }}")
case("fn-eq-char-int", "{{ eq 'a' 97 }} {{ lt 'a' 'b' }}")
case("fn-eq-no-value", "{{ $m := .Values.nope }}{{ eq $m nil }} {{ eq $m 1 }}")
case("fn-eq-uint8", "{{ eq (index \"a\" 0) 97 }} {{ lt (index \"a\" 0) 98 }} {{ eq 97 (index \"a\" 0) }} {{ lt -1 (index \"a\" 0) }}")
case("fn-ne-values", "{{ ne 1 2 }} {{ ne .Values.str \"hello\" }} {{ ne nil nil }}")
case("fn-ne-error", "{{ ne .Values.list .Values.list }}")
case("fn-lt-family", "{{ lt 1 2 }}{{ le 2 2 }}{{ gt 2 1 }}{{ ge 2 2 }}{{ lt 2 1 }}{{ le 3 2 }}{{ gt 1 2 }}{{ ge 1 2 }}")
case("fn-lt-strings", "{{ lt \"a\" \"b\" }} {{ gt \"b\" \"a\" }} {{ le \"é\" \"z\" }} {{ ge \"\" \"\" }}")
case("fn-lt-floats", "{{ lt .Values.float 4.0 }} {{ gt .Values.neg 0.0 }} {{ le .Values.zero 0.0 }}")
case("fn-le-incompatible", "{{ le 1 1.0 }}")
case("fn-gt-nil", "{{ gt nil 1 }}")
case("fn-ge-string-int", "{{ ge \"a\" 1 }}")
case("fn-lt-arity", "{{ lt 1 }}")
case("fn-le-eq-error", "{{ le .Values.map .Values.map }}")
case("fn-lt-complex", "{{ lt 1i 2i }}")

# --- argument conversion through built-ins --------------------------------------------------
case("arg-printf-number-format", "{{ printf 1 }}")
case("arg-printf-bool-format", "{{ printf true }}")
case("arg-printf-missing-format", "{{ printf .Values.nope }}")
case("arg-printf-no-value-format", "{{ $m := .Values.nope }}{{ printf $m }}")
case("arg-printf-dot-format", "{{ with .Values.str }}{{ printf . }}{{ end }}")
case("arg-printf-list-format", "{{ printf .Values.list }}")
case("arg-printf-paren-format", "{{ printf (print \"%d\") 5 }}")
case("arg-printf-top-format", "{{ printf . }}")
case("arg-wrong-number-print-pipe", "{{ \"x\" | not 1 }}")
case("arg-wrong-number-eq-pipe", "{{ 1 | ne 1 2 }}")
case("arg-piped-into-index", "{{ 1 | index .Values.list }}")
case("arg-piped-into-len", "{{ .Values.list | len }}")

# --- errors: positions and contexts --------------------------------------------------------
case("err-position-line-3", "a\nbb\n  {{ .Values.str.x }}")
case("err-position-after-unicode", "é{{ .Values.str.x }}")
case("err-position-in-multiline-action", "{{ print\n  .Values.str.x }}")
case("err-context-long-command", "{{ index .Values.nested \"a\" \"b\" \"c\" \"d\" \"e\" \"f\" \"g\" \"h\" }}")
case("err-context-pipeline", "{{ .Values.list | index .Values.map }}")
case("err-context-paren", "{{ print (index .Values.list 9) }}")
case("err-context-string-escape", "{{ index .Values.map \"a\\tb\" \"c\" }}")
case("err-context-raw-string", "{{ index .Values.map `zz` `c` }}")
case("err-context-number-text", "{{ index .Values.list 0x10 }}")
case("err-context-chain", "{{ (index .Values.nested \"a\").b.c.d }}")
case("err-non-function-bool", "{{ true 1 }}")
case("err-non-function-string", "{{ \"s\" 1 }}")
case("err-non-function-dot", "{{ . 1 }}")
case("err-non-function-paren-piped", "{{ 1 | (print 2) }}")
case("err-overflow-in-arg", "{{ print 9223372036854775808 }}")
case("err-overflow-uint", "{{ 18446744073709551615 }}")
case("err-in-second-action", "{{ .Values.str }} {{ .Values.list.x }}")
case("err-in-paren-field-position", "{{ (print 1 .Values.nope.x) }}")

# --- more edge cases ------------------------------------------------------------------------
case("edge-range-else-if", "{{ range .Values.list }}{{ else if 1 }}x{{ end }}")
case("edge-if-else-with", "{{ if 0 }}{{ else with 1 }}x{{ end }}")
case("edge-with-else-if", "{{ with 0 }}{{ else if 1 }}x{{ end }}")
case("edge-unicode-variable", "{{ $é := 1 }}{{ $é }}{{ $日本 := 2 }}{{ $日本 }}")
case("edge-unicode-function", "{{ prïnt 1 }}")
for text in ["0x1_0", "1_0.5", "0_7", "0_8", "00", "0.0e0", "-.5", "+.5", ".5e1", "5.e1", "0.e1", "0b", "0o", "1e-400",
             "1e400i", "0x1.0p0", "0x.8p1", "1E+2", "1e02", "0e0", "-0x8000000000000000", "0x7fffffffffffffff", "0xFFFFFFFFFFFFFFFF",
             "01.5", "08.5", "0x1e3", "1_2_3", "0b_1_0", "0X_F", "0o_1_7", "'\\\\'", "'\\\"'", "'\\a'", "'\\v'"]:
    case(f"edge-number-{text}", "{{ " + text + " }}")
case("edge-print-spacing", "{{ print 1 2 }}|{{ print \"a\" 1 }}|{{ print 1 \"a\" }}|{{ print .Values.list .Values.str .Values.map }}")
case("edge-pipe-into-paren", "{{ 1 | (print) }}")
case("edge-paren-pipe-inside", "{{ (1 | print) }}|{{ print (.Values.list | len) (\"x\" | print) }}")
case("edge-decl-then-assign-in-range", "{{ $a := 0 }}{{ range $i, $v := .Values.list }}{{ $a = $i }}{{ end }}{{ $a }}")
case("edge-variable-shadow-range", "{{ $v := \"outer\" }}{{ range $v := .Values.list }}{{ end }}{{ $v }}")
case("edge-with-assign-outer", "{{ $x := 1 }}{{ with $x = 2 }}{{ . }}{{ end }}{{ $x }}")
case("edge-if-decl-shadow", "{{ $x := 1 }}{{ if $x := 0 }}{{ else }}{{ $x }}{{ end }}{{ $x }}")
case("edge-template-in-if-trim", "{{- define \"d\" }}\nD\n{{ end -}}\n{{- if true }}\n{{- template \"d\" }}\n{{- end }}")
case("edge-comment-only", "{{/* only */}}")
case("edge-comment-trim-both", "a\n\n{{- /* c */ -}}\n\nb")
case("edge-empty-file", "")
case("edge-whitespace-file", "  \n\t\n")
case("edge-text-with-braces", "{ {{ \"{{\" }} }} }")
case("edge-raw-string-with-delims", "{{ `{{ 1 }}` }}")
case("edge-index-typed-zero", "{{ index .Values.map \"zz\" | printf \"%T\" }}")
case("edge-len-result-type", "{{ len .Values.list | printf \"%T\" }}|{{ index \"a\" 0 | printf \"%T\" }}")
case("edge-and-returns-operand-type", "{{ and 1 .Values.list | printf \"%T\" }}|{{ or 0 1.5 | printf \"%T\" }}")
case("edge-eq-result-type", "{{ eq 1 1 | printf \"%T\" }}|{{ not 1 | printf \"%T\" }}")
case("edge-deep-error-line", "\n\n\n\n{{ if true }}\n  {{ range .Values.list }}\n    {{ .x }}\n  {{ end }}\n{{ end }}")
case("edge-error-col-after-tab", "\t\t{{ .Values.str.x }}")

# --- generated sources (stored as a recipe: PREFIX*COUNT + MIDDLE + SUFFIX*COUNT) -----------
GENERATED: list[tuple] = [
    ("deep-if-100000", "{{if 1}}", "x", "{{end}}", 100000),
    ("deep-with-100000", "{{with .Values}}", "{{.str}}", "{{end}}", 100000),
    ("deep-range-10000", "{{range .Values.list}}", "", "{{break}}{{end}}", 10000),
    ("deep-else-if-20000", "{{if 0}}{{else if 0}}", "{{else}}E", "{{end}}", 20000),
    ("deep-paren-10000", "{{ print ", "(" * 10000 + "1" + ")" * 10000, "}}", 1),
    ("deep-paren-10001", "{{ print ", "(" * 10001 + "1" + ")" * 10001, "}}", 1),
    ("deep-if-unterminated", "{{if 1}}", "x", "", 100000),
    ("deep-define-chain-1000", "", "{{ template \"d0\" 0 }}" + "".join(
        "{{ define \"d%d\" }}{{ template \"d%d\" . }}{{ end }}" % (i, i + 1) for i in range(1000)) +
     "{{ define \"d1000\" }}bottom{{ end }}", "", 1),
    ("long-text-1mb", "abcdefghij\n", "{{ .Values.str }}", "", 100000),
    ("many-actions-20000", "{{ .Values.int }}{{- if .Values.t }} {{ end -}}", "", "", 20000),
    ("unterminated-action-long", "x", "{{ print 1 2 3", "", 100000),
    ("unterminated-comment-long", "x", "{{/* never closed", "", 100000),
    ("unterminated-string-long", "{{ \"", "abc" * 30000, "", 1),
]

# --- sources that are not valid UTF-8 (helm_python returns outputs with U+FFFD in place of
# invalid bytes, so outputs are recorded after that replacement) -----------------------------
BYTE_CASES: list[tuple[str, bytes]] = [
    ("bytes-text", b"a\xff{{ 1 }}\xfe"),
    ("bytes-in-action", b"{{ \xff }}"),
    ("bytes-in-string", b"{{ \"a\xffb\" }}"),
    ("bytes-in-raw-string", b"{{ `a\xffb` }}"),
    ("bytes-in-comment", b"{{/* \xff */}}ok"),
    ("bytes-truncated-sequence", b"x\xe2\x82{{ 1 }}"),
    ("bytes-after-identifier", b"{{ print\xff }}"),
    ("bytes-after-field", b"{{ .Values.str\xc3 }}"),
    ("bytes-trim-around", b"\xff  {{- 1 -}}  \xfe"),
]

# --- include: Helm's function, which runs a template of the set through the executor ------------
INCLUDE_CASES: list[tuple] = [
    ("include-basic", "[{{ include \"d\" .Values.str }}]", {"_d.tpl": "{{ define \"d\" }}<{{ . }}>{{ end }}"}),
    ("include-no-value-kept", "{{ include \"d\" .Values.nope }}|{{ include \"d\" .Values.nope | len }}", {"_d.tpl": "{{ define \"d\" }}[{{ . }}]{{ end }}"}),
    ("include-dollar", "{{ include \"d\" 5 }}", {"_d.tpl": "{{ define \"d\" }}{{ $ }}{{ . }}{{ end }}"}),
    ("include-missing", "{{ include \"nope\" . }}", {}),
    ("include-missing-nested", "{{ include \"a\" . }}", {"_a.tpl": "{{ define \"a\" }}\n{{ include \"nope\" . }}{{ end }}"}),
    ("include-error-chain", "x\n  {{ include \"a\" .Values }}", {"_a.tpl": "{{ define \"a\" }}{{ include \"b\" .map }}{{ end }}", "_b.tpl": "{{ define \"b\" }}\n\n   {{ .a.zz }}{{ end }}"}),
    ("include-plain-error-in-chain", "{{ include \"a\" . }}", {"_a.tpl": "{{ define \"a\" }}{{ index .Values.list 9 }}{{ end }}"}),
    ("include-template-error-inside", "{{ include \"a\" . }}", {"_a.tpl": "{{ define \"a\" }}{{ template \"b\" . }}{{ end }}{{ define \"b\" }}{{ .Values.nope.x }}{{ end }}"}),
    ("include-template-not-defined-inside", "{{ include \"a\" . }}", {"_a.tpl": "{{ define \"a\" }}{{ template \"zz\" . }}{{ end }}"}),
    ("include-in-template", "{{ template \"a\" . }}", {"_a.tpl": "{{ define \"a\" }}{{ include \"b\" . }}{{ end }}{{ define \"b\" }}{{ .Values.str.q }}{{ end }}"}),
    ("include-recursion-limit", "{{ include \"r\" . }}", {"_r.tpl": "{{ define \"r\" }}{{ include \"r\" . }}{{ end }}"}),
    ("include-recursion-bounded", "{{ include \"r\" .Values.deep }}", {"_r.tpl": "{{ define \"r\" }}{{ if . }}({{ include \"r\" (index . 0) }}){{ end }}{{ end }}"}),
    ("include-arity", "{{ include \"d\" }}", {"_d.tpl": "{{ define \"d\" }}{{ end }}"}),
    ("include-name-not-string", "{{ include 1 . }}", {}),
    ("include-name-from-var", "{{ $n := \"d\" }}{{ include $n 2 }}", {"_d.tpl": "{{ define \"d\" }}D{{ . }}{{ end }}"}),
    ("include-name-wrong-type", "{{ include .Values.int . }}", {}),
    ("include-piped", "{{ .Values.list | include \"d\" }}", {"_d.tpl": "{{ define \"d\" }}{{ len . }}{{ end }}"}),
    ("include-in-if", "{{ if include \"d\" . }}T{{ end }}", {"_d.tpl": "{{ define \"d\" }}{{ end }}"}),
    ("include-eq-result", "{{ eq (include \"d\" .) \"D\" }}", {"_d.tpl": "{{ define \"d\" }}D{{ end }}"}),
    ("include-block-override", "{{ include \"b\" . }}", {"_a.tpl": "{{ block \"b\" . }}default{{ end }}", "_z.tpl": "{{ define \"b\" }}override{{ end }}"}),
]
