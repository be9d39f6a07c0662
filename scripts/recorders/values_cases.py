"""Inputs for scripts/recorders/values.py (the expected outputs are recorded, never listed here)."""

# --- YAML documents for fromYaml (and, re-used, values files) -------------------------------
SCALARS_11 = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
              "OFF", "true", "True", "TRUE", "false", "False", "FALSE", "tRue", "~", "null", "Null",
              "NULL", "nULL", "", "017", "0o17", "0x1F", "0X1f", "0b101", "-0b101", "0b2", "1_000", "+1", "-1",
              "08", "09.5", "1.", ".5", "-.5", "+.5", "1e3", "1E3", "1e+3", "1.5e-7", "1e400", "0.1e-400",
              "12345678901234567890", "123456789012345678901234", "9223372036854775807",
              "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1000000",
              "123456789", "0", "-0", "00", "0.0", "-0.0", "3.14159265358979", "0x", "0o", "1__0",
              "2024-01-01", "2024-1-1", "2024-13-01", "2024-02-30", "2024-01-01T10:00:00Z",
              "2024-01-01 10:00:00", "12:30", "1:20:30", "Infinity", "NaN", "inf", ".Inf",
              "<<", "=", "hello world", "it's", "a:b", "é", "0x_1F", "1_0.5", "+", "-", ".", "1e", "e3",
              "0.5.1", "1,000", "$1", "v1.2.3", "1.2.3"]
YAML_DOCUMENTS = ["a: %s" % s for s in SCALARS_11] + [
    "", "# only a comment\n", "---\n", "~", "null", "a: 1\n---\nb: 2", "- a\n- b", "a", "1", "true", "[]", "{}",
    "a: [", "a: {", "a: 'x", 'a: "x', "a: b: c", "a:\n\t- b", "\t", "a: 1\n a: 2", '"a": 1\n a: 2',
    "a: *x", "a: &x [*x]", "a: &x {b: *x}", "base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3",
    "a: 1\n<<: {a: 2, b: 3}", "<<: [{a: 1}, {a: 2, b: 2}]", "<<: 1", "<<: [1]", "'<<': {a: 1}",
    "!!merge <<: {a: 1}", "a: {b: 1}\na: 2", "a: 1\na: 2", "\ufeffa: 1", "? [1, 2]\n: x", "? {a: 1}\n: x",
    "~: 6", "null: 1", "18446744073709551615: d", "1.5: a\n1e3: b\n3.14159265358979: c\n0.1: d\n1e10: e",
    "y: 1\nn: 2\non: 3\noff: 4", "1: a\n01: b\n0x10: c", ".inf: a\n-.inf: b", "true: 1\nyes: 2",
    "2024-01-01: a", "a: !!int \"7\"\nb: !!str 12\nc: !!float 1\nd: !!bool yes", "a: !!int 1.5",
    "a: !!binary aGVsbG8=", 'a: !!binary "%%%"', "a: !!null x", "a: !!null ~", "a: !foo bar", "a: ! 12",
    "a: !!str", "a: !!timestamp 2024-01-01", "a: !!timestamp x", "a: !!map {}", "a: !!seq []",
    "a: .inf", "a: -.inf", "a: .nan", "a: [1, .inf]", "x: {b: .nan, a: -.Inf}",
    'a: "\\q"', 'a: "\\x41\\u00e9\\U0001F600"', "a: 'it''s'", "a: |\n  x\n  y\n", "a: >\n  x\n  y\n",
    "a: |-\n  x\n", "a: |+\n  x\n\n", "a: |2\n   x\n", "a: >-\n  folded\n  text\n\n  para\n",
    "a:\n  - 1\n  - [2, 3]\n  - {b: c}", "a: [1, 2, [3, [4]]]", "a: {b: {c: {d: e}}}", "a: b\n  c: d",
    "a: &anc 1\nb: *anc\nc: [*anc, *anc]", "a:\n- x\n-  y", "a: \"multi\n  line\"", "a: 'multi\n\n  line'",
    "key with spaces: v", "\"quoted key\": v", "a: 1 # comment", "a: '#notcomment'", "a: x #c\nb: y",
    "a: [a, b, ]", "a: {b, c}", "a: [a: 1]", "- - a", "%YAML 1.1\n---\na: 1", "%TAG ! tag:x,2000:\n---\na: !y 1",
    "a: @x", "a: `x", "a: %x", "---\na: 1\n...\n", "a: 1\n...\nb: 2", "a:\n  b: 1\n c: 2",
    "a: [1, 2", "a: }", "{a: 1, b: [x, y], c: {d: e}}", "a: \x01", "a: \"\x01\"", "a: '\t'",
    "a: \"\\t\\n\\r\"", "a: 1\r\nb: 2\r\n", "a: b\r\n  c", "? a\n? b\n: c", "a:", "a: -", "a: - b",
    "a:\n  - b\n  c: d", "[a, b]: c", "x: ''", "x: \"\"", "x: '''", "x: <<", "<<: {}", "<<: []",
    "a: &x 1\na: &x 2\nb: *x", "x: &a\n  - &b y\n  - *b",
    # libyaml 0.2.x vs go-yaml v2 parser differences
    "a: [x:y]", "a: {x:y}", "a: [x: y]", "a: {x: y, z}", "a: [?x]", "a: [? x]", "a: \"\\'\"", "%YAML 1.2\n---\na: 1",
    "%YAML 2.0\n---\na: 1", "%FOO bar\n---\na: 1", "a: [a, b]]", "a: {a: 1}}", "a: [1,2,]", "a: [,]",
    "a:\n  - b\n  -c", "a: b\n\tc: d", "a:\tb", "a: b\t", "a: 'b'\tc", "---\n--- \na: 1", "a: |\n\tx",
    "a: >\n x\n\n y", "a: |1\n  x", "a: |0\n x", "a: |-2\n   x", "a: ~\nb: !!null\nc:", "a: !!str ~",
    "a: !<tag:yaml.org,2002:str> 1", "a: !!python/name:x y", "a: !!set {x, y}", "a: !!omap [a: 1]",
    "a: &b !!int 3\nc: *b", "a: *b\nb: &b 1", "? |\n  k\n: v", "a: b # c: d", "a: 'b' # c", "a: \"b\"c",
    "a: 'b'c", "a: - - 1", "- a\nb: 1", "a: 1\n- b", "\ufeff\ufeffa: 1", "a: \"\\u00\"", "a: \"\\ud800\"",
    "a: \"\\U0010FFFF\"", "a: \"\\N\\_\\L\\P\\e\\0\"", "a: 1e", "a: 0x1p3", "a: 1:2:3", "a: 190:20:30.15",
    "a: -1:20", "a: 0.", "a: -.inf\nb: .Inf\nc: .NAN", "a: +.5e+3", "a: 0b", "a: -0x10", "a: 0o8", "a: 00017",
    "a: 1_", "a: _1", "a: 0_1", "a: 12e03", "a: 9.99e-400", "a: 1." + "0" * 400,
]

YAML_LISTS = ["- a\n- 2", "a: 1", "", "~", "[1, 2.5, x, yes, ~]", "- - 1\n  - 2\n- {a: b}", "[", "- *x",
              "1", "- 1\n---\n- 2", "- .inf", "- {~: 1}", "- a: 1\n  <<: {b: 2}"]

# --- Values files (chart values.yaml: multi-document, loader wrapping) ----------------------
VALUES_FILES = ["a: 1\n---\nb: 2\n", "a: {x: 1, y: 2}\n---\na: {y: 3}\n", "a: [1, 2]\n---\na: [3]\n",
                "---\na: 1\n---\n", "a: 1\n--- # comment\nb: 2\n", "a: 1\n--- b\n", "a: 1\n---\n- x\n",
                "a: [\n", "a: .inf\n", "- a\n", "", "# nothing\n", "a: 1\n---\nb: [\n", "a: 1\n---\na: null\n",
                "a: {b: 1}\n---\na: 2\n", "a: 1\n----\nb: 2\n", "a: |\n  ---\n  x\n", "a: '\n---\n'\n"]

# --- Values to encode (passed as JSON: numbers reach Go as float64) ------------------------
QUOTING_STRINGS = [
    "yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "NO", "On", "OFF", "true", "True", "FALSE", "null",
    "Null", "NULL", "~", "1", "-1", "+1", "1.0", ".5", "1.", "007", "0o17", "017", "0x1F", "0b101", "1_000",
    "1e3", "1E3", ".inf", "-.inf", ".nan", "2024-01-01", "12:30", "12:30:45", "1:2", "Infinity", "NaN", "<<",
    "=", "--", "a,b", "a:b", "a#b", "it's", 'say "hi"', "http://x.y/z?a=b", "a\\b", ".", "héllo", "",
    " ", " a", "a ", "a: b", "x:", "x: ", "a #b", "#a", "- a", "-", "---", "...", "?", "*a", "&a", "!a",
    "%a", "@a", "`a", "{a}", "[a]", "{}", "[1]", "|", ">", '"', "'", "\u2028", "a\tb", "a\r\nb",
    "line1\nline2", "a\n", "a\n\n", "\na", "\n", "  indented\nnext", "trail \n", "a \nb", " \n", "a\tb\n",
    "x\u0001y", "é ü \u0001", "\u00a0", "\u0085", "\ufeff", "😀", "a\u2029b", "- ", "? x", ": x", "a:",
    ":", "a ,b", "[", "]", ",", "a[1]", "-a", "?a", ":a", "a:b:c", "a\\", "\\", "'quoted'", '"dq"',
    "multi\nline\nwith trailing\n", "tabs\tin\nblock", "crlf\r\n", "x\n\n\ny\n", "   \n  x",
    "a" * 80 + " b c", "a" * 81 + " b c", " ".join(["abc"] * 30), " ".join(["abc"] * 30) + " ",
    "x" * 100, " ".join(["word"] * 40) + "\nsecond line", "a  b" + " c" * 50, "a" * 79 + "  b c d",
    "quote's and " + " ".join(["w"] * 60), '"dq" ' + " ".join(["w"] * 60),
    "tab\t" + " ".join(["w"] * 60), "<script>&amp;</script>", "\u2028x\u2029", "1.5e-7", "0.0",
    "yes please", "no way", "true story", "null and void", "- - x", "#", "a#", "a #", "@", "`",
    "\u00a0x", "a\u0085b", "x\u2028", "\tx", " x\ny", "x \n y", "#\n", ": x\ny", "a\n b", "a\n\n b\n",
    "\n\n", "\r", "a\rb", "\x7f", "\x1b[0m", "'" + " ".join(["w"] * 50), "'a' " + "b " * 45,
    " " + " ".join(["w"] * 50), " ".join(["w"] * 50) + "  ", "a:" + " b" * 50, "x" * 79 + " " + "y" * 5,
    "x" * 78 + " " + "y" * 5 + " z", "x\t" * 40, "\x01 " * 30, "é" * 85 + " b c", "日本語 " * 30,
    "line one\n" + " ".join(["w"] * 50) + "\n", "=" * 100, "- " + "x " * 50, "0" * 30, "1" * 30, "1.5" * 20,
]
NUMBERS = [0, 1, -1, 1.5, -2.25, 1000000, 123456789, 1e20, 1e21, 1e-6, 1e-7, 0.00001234, 1234567.5,
           123456789.5, 12345678901234567890, 3.0, 0.1, 1 / 3, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 64,
           1.7976931348623157e308, 5e-324, -0.0, 999999, 999999.5, 0.0001234, 100, 1e6 + 0.5, 2.5e-5]
ENCODE_VALUES = (
    [s for s in QUOTING_STRINGS] + NUMBERS + [True, False, None, [], {}, [None], {"a": None}] + [
        {s: 1} for s in QUOTING_STRINGS[:60]
    ] + [
        {"z": 1, "a": {"c": 2, "b": 3}, "M": 0, "_u": 1, "10": "x", "9": "y",
         "list": [1, "two", {"a": 1, "b": ["x", True]}, [3, 4]]},
        {"list": [1, 2], "m": {"x": None}, "e": [], "em": {}},
        [[1, 2], []], [[[1]]], [{"name": "x", "v": 1}, {"name": "y"}], [{}], [[]], {"a": [{}]},
        {"a": {"b": {"c": {"d": {"e": "deep"}}}}}, {"m": "line1\nline2\n", "k": "line1\nline2", "t": "trail \n"},
        {"a": {"b": "x" * 50 + " " + "y" * 50}}, {"p": " ".join(["abc"] * 30)},
        {"a": {"b": {"c": " ".join(["abc"] * 30)}}}, [" ".join(["abc"] * 30)], [[" ".join(["abc"] * 30)]],
        {"l": ["a\nb", "c\n", " d\ne"]}, {"k": {"nested": "  lead\nx"}}, ["- x", "? y", "a: b"],
        {"keys": {k: i for i, k in enumerate(["", "-dash", "_", "~", "B", "a.b", "b", "deep", "key with space",
                                                 "key:colon", "long", "lst", "script", "x1", "x2", "x02", "x10",
                                                 "yes", "Ünï"])}},
        {"keys": {k: i for i, k in enumerate(["-1", "1", "1.5", "01", "001", "A", "a", "a-1", "a_1", "a1",
                                                 "x1", "x1_", "x01", "x001", "x10", "x1a"])}},
        {"keys": {k: 0 for k in ["a10", "a9", "a09", "a009", "a1b", "a1a", "b2", "b10", "10b", "9b", "z", "Z",
                                  "é", "e", "1e3", "1.10", "1.9", "v1.10.0", "v1.9.0", "a0", "a00", "a01"]}},
        {"n": [1, 1.5, -0.0, 1e21, 1e-7, 123456789]}, {"html": "<a href=\"x\">&</a>"},
        {"u": "\u2028\u2029", "c": "\u0000\u001f\u007f"}, {"emoji": "😀 🎉"},
        {"script": "#!/bin/sh\nset -e\necho \"hi\"\nexit 0\n"},
        {"config": "[section]\nkey = value\n\n[other]\nx = 1\n"},
        {"json": "{\"a\": 1, \"b\": [1, 2]}"}, {"a": [None, True, 0, "", [], {}]},
        [1, [2, [3, [4, [5]]]]], {"x": {"y": [{"z": [{"w": 1}]}]}},
        {"k" * 129: 1}, {"k" * 128: 1}, {"multi\nline key": 1}, {"trailing \n": [1]}, {" lead": {"a": 1}},
        {"list": [" ".join(["abc"] * 30), {"k": " ".join(["abc"] * 30)}, "x\ny\n", ["a\nb"]]},
        {"ünï": {"ключ": "значение", "鍵": "値"}}, {"a": {"b": {"c": {"d": ["x\n  y", "  z\n"]}}}},
        {"args": ["--flag=value", "-x", "--", "- y", "a: b"]}, {"cmd": ["/bin/sh", "-c", "echo 'a: b' | tee /x"]},
        {"annotations": {"checksum/config": "abc", "helm.sh/hook": "pre-install,pre-upgrade"}},
        {"env": [{"name": "A", "value": "1"}, {"name": "B", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}]},
        {"a": [{"b": [{"c": " ".join(["long"] * 30)}]}]}, [[[" ".join(["deep"] * 30)]]],
        {"k": "'" + " ".join(["w"] * 50)}, {"k": "\t" + " ".join(["w"] * 50)}, {"a b": {"c d": {"e f": "g h"}}},
        {"key " * 30: "v"}, {"": {"": ""}}, {"-": "-", "?": "?", ":": ":"}, {"k": [None, None]}, {"k": [[], {}]},
        {"n": [0.1, 0.2, 0.30000000000000004, 1e-5, 1e15, 1e16, 1e17, 123456789012, -1e-320]},
    ])

# Go-typed literals: ints, nil, []string, nested dict/list built in the template.
TEMPLATE_LITERALS = [
    "1", "-5", "1000000", "nil", "true", '"a"', '""', "1.5", "1e6", "3.0", "(list)", "(dict)",
    '(list 1 "a" nil)', '(dict "b" 1 "a" (list 1 2) "c" nil)', '(splitList "," "a,b")', '(list (list 1 2) (list))',
    '(dict "k" (dict))', '(int64 5)', '(float64 2)', '(dict "y" "n" "n" "y")', '(list "yes" "no" "1")',
    '(until 3)', '(dict "a" (until 2))', '(b64enc "x")', '(list (dict "a" 1) (dict "b" (list)))',
]

# --- JSON texts for fromJson / fromJsonArray --------------------------------------------
JSON_TEXTS = [
    '{"a": 1, "b": [1, "x"]}', "not json", "[1,2]", '[1,"a",null]', "{}", "[]", "null", "3", '"s"', "true",
    "", " ", "{", "[", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}', '{"a":1 "b":2}', "[1 2]", "[1,]",
    '{"a":1,}', "{a:1}", "{'a':1}", "nul", "nulx", "tru", "trux", "fals", "01", "-", "-a", "1.", "1.e3",
    "1e", "1e+", "1ex", ".5", "+1", "0x10", "1e400", '{"a":1e400}', "[1e400, x]", '{"a":"\\q"}',
    '{"a":"\\u00e9\\ud83d\\ude00"}', '{"a":"\\ud800"}', '{"a":"\\u12"}', '{"a":"\\u12g4"}', '{"a":"x\ny"}',
    '{"a":"\t"}', '{"a":1}x', '{"a":1} {"b":2}', '{"a":1}\n', ' \n{"a":1}\t', '{"a":1,"a":2}',
    '{"n":[1,1.5,-0,1e21,1e-7,123456789,12345678901234567890]}', '{"a":{"b":{"c":[{"d":null}]}}}',
    '{"\\u003c":"<>&"}', "[\"\\u2028\"]", '{"":1}', '{"a":true,"b":false,"c":null}', '"\\/"', "[[[[]]]]",
    "{}}", "[]]", "1 2", "\ufeff{}", '{"a":-}', '{"a":--1}', '{"a":1.5.5}', '{"a":00}', "@", "'a'",
    "[" * 10001 + "]" * 10001, "[" * 10000 + "]" * 10000,
]

# --- --set family ------------------------------------------------------------------------
_SET = ["a=1,b=two", "a.b.c=d", "a\\.b=c", "a\\=b=c", "a=x\\,y", "a=b=c", "a={x,y}", "a={}", "a[0]=x,a[2]=y",
        "a[0].b=1", "a[0][1]=x", "a=", "a", ",a=b", "a=1,", "a=1,a.b=2", "a.b=2,a=1", "a={x,y", "a[x]=1",
        "a=[1,2]", " a = b ", "a=true,b=FALSE,c=True,d=null,e=NULL,f=Null", "a=0,b=-0,c=-5,d=+5,e=007,f=00",
        "a=1.5,b=1e3,c=0x10,d=yes,e=9223372036854775807,f=9223372036854775808,g=-9223372036854775808",
        "a[-1]=1", "a[70000]=1", "a[65536]=1", "a={1,true,null,x}", "a.b[1].c=d", "a\\[0\\]=x", "a=x\\y",
        "a=\\", "a.=x", ".a=x", "a..b=x", "a[0=x", "a[0]x=1", "a[]=x", "a[0]=1,a[1]=2", "a[1]=2,a[0]=1",
        "a.b=1,a.c=2", "a={a\\,b,c}", "a={a=b}", "a={ x , y }", "name=value with spaces", "a=é,ü=b",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd=1",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee=1",
        ".".join("k%d" % i for i in range(32)) + "=1", "a[0]=1,a.b=2", "a=1,a[0]=2", "a[0]=1,a[0].b=2", "a=1=2=3", "=a", "a=,b=", "a=1,,b=2", "a[1]={x,y}",
        "a=0x1F", "a=1_000", "a=1.0", "a=-1.5", "a=+0", "a=01", "a=10", "a=-10", "a=99999999999999999999",
        "a={x\\}y}", "a={\\{x}", "a\\", "a=x,b", "a.b\\.c.d=1", "a[0][0][0]=x", "a[2][1]=x,a[0]=y", "a[0].b[1].c=d",
        "a=b,a=c", "a.b=1,a.b.c=2", "a[0]=1,a[0][0]=2", "a[0]={x},a[1]=y", "é.ü=ß", "a=\t", "a= ", "a=,", "a=,,",
        "a={,}", "a={x,}", "a={,x}", "a={}b", "a={x}y", "a={x},b={y}", "a[01]=x", "a[+1]=x", "a[ 1]=x", "a[1 ]=x",
        "a.b[0]=1,a.b[1]=2,a.c=3", "[0]=x", ".=x", "a[0].=x", "a=true,b=tRuE,c=NULL,d=nuLL,e=false",
        "a=-9223372036854775808,b=-9223372036854775809", "a=1e-3", "a=.5", "a=5.", "a=Infinity", "a=NaN"]
SET_EXPRESSIONS = (
    [("set", e) for e in _SET] + [("string", e) for e in _SET[:40]] +
    [("literal", e) for e in ["a=b,c=d", "a.b=x\\,y", "a\\.b=c", "a[0]=x", "a", "a=", "a[0].b=1,2", "a={x,y}",
                               "a.b.c=1=2", "=x", "a[x]=1", "a[-1]=1", "a=true", "a=1", "a=null"]] +
    [("json", e) for e in ["a=1.5,b=[1,2]", "a={bad", "a=", '{"x":1}', "a=1 2", 'a={"b":[1,2]}', 'a="s"',
                            "a=true,b=null", "a=1,b.c=2", 'a[0]={"x":1}', "a=01", "a=1e400", "a=[1,", 'a.b="x,y"',
                            "a=nul", "a=1}", 'a={"b":1},c=[]', "a=-0", "a=123456789", "a=1e21",
                            'a="x\\u00e9"', "a=[[1],[2,[3]]]", 'a={"x":{"y":null}}', "a=1,,b=2", " a = 1 ", "a=1 ,b=2",
                            "a=tru", "a=[1e400]", "a.b[0]=1,a.b[1]=2", "a[0]=1,a[0]=2", "a=\"unterminated",
                            'a={"a":1}{"b":2}', "a=1e-7", "a=0.1"]] +
    [("file", e) for e in ["a=fixtures/values/cli-inputs/payload.txt", "a=fixtures/values/cli-inputs/nope.txt",
                           "a={fixtures/values/cli-inputs/payload.txt,fixtures/values/cli-inputs/override.yaml}",
                           "a[0]=fixtures/values/cli-inputs/payload.txt", "a", "a=", "b.c=fixtures/values/cli-inputs/payload.txt"]]
)

# --- Coalescing: chart values.yaml defaults under user values (JSON) ------------------------
_DEFAULTS = "scalar: 1\nmap:\n  a: 1\n  b: 2\n  nested: {x: 1, y: [1, 2]}\nlist: [1, 2, 3]\nnil: null\ns: text\n"
COALESCE_CASES = [(_DEFAULTS, o) for o in [
    "{}", '{"scalar": null, "map": {"a": null}, "list": [9]}', '{"newkey": null}', '{"map": {"nested": {"x": 2}}}',
    '{"map": 5}', '{"scalar": {"x": 1}}', '{"list": {"a": 1}}', '{"map": {"nested": null}}',
    '{"map": {"c": {"d": null}}}', '{"nil": 3}', '{"nil": {"a": 1}}', '{"s": null, "scalar": null}',
    '{"map": {"a": {"deep": 1}}}', '{"map": {"nested": {"y": null, "z": [1]}}}', '{"list": null}',
    '{"map": []}', '{"map": {"nested": "flat"}}', '{"a": {"b": {"c": null}}}',
]] + [
    ("a:\n  b: null\n  c: 1\n", "{}"), ("a:\n  b: null\n", '{"a": {"c": 2}}'), ("a: null\n", '{"a": {"x": 1}}'),
    ("", '{"a": 1}'), ("a: {}\n", '{"a": {"b": null}}'), ("x: [1, {a: 1}]\n", '{"x": [{"b": 2}]}'),
    ("a:\n  b:\n    c:\n      d: 1\n      e: null\n", '{"a": {"b": {"c": {"f": 2}}}}'),
    ("a:\n  b:\n    c:\n      d: 1\n", '{"a": {"b": {"c": {"d": null}}}}'), ("a: 1\nb: 2\n", '{"a": null, "b": null}'),
    ("a: {b: 1}\n", '{"a": {"b": {"c": 1}}}'), ("a: {b: {c: 1}}\n", '{"a": {"b": 2}}'), ("a: [1]\n", '{"a": {"b": 1}}'),
    ("list: [{a: 1}]\n", '{"list": []}'), ("s: ''\n", '{"s": null}'), ("z: 0\n", '{"z": false}'),
    ("a:\n  b:\n    c: null\n    d: 1\n", '{"a": {"b": {"e": 2}}}'),
]

# --- `swiftchart values` command lines (against fixtures/values/demo-chart) -------------------
_DEMO = "fixtures/values/demo-chart"
_IN = "fixtures/values/cli-inputs/"
CLI_CASES = [
    ("defaults", [_DEMO]),
    ("file-override", [_DEMO, "-f", _IN + "override.yaml"]),
    ("files-in-order", [_DEMO, "-f", _IN + "override.yaml", "-f", _IN + "multi.yaml"]),
    ("files-comma-list", [_DEMO, "-f", _IN + "multi.yaml," + _IN + "override.yaml"]),
    ("set-beats-file", [_DEMO, "-f", _IN + "override.yaml", "--set-string", "image.tag=v2", "--set", "removeMe=null"]),
    ("set-json-object", [_DEMO, "--set-json", '{"service": {"port": 1}, "newKey": [1, 2]}']),
    ("set-json-pairs", [_DEMO, "--set-json", 'service.port=1.5,list=["z"]']),
    ("set-literal", [_DEMO, "--set-literal", "longText=a,b=c"]),
    ("set-file", [_DEMO, "--set-file", "script=" + _IN + "payload.txt"]),
    ("set-string-order", [_DEMO, "--set-string", "enabled=x", "--set-json", "enabled=false"]),
    ("null-deletes-map", [_DEMO, "--set", "worker=null,image.pullPolicy=null"]),
    ("bad-file", [_DEMO, "-f", _IN + "bad.yaml"]),
    ("missing-file", [_DEMO, "-f", _IN + "nope.yaml"]),
    ("bad-set", [_DEMO, "--set", "a"]),
    ("bad-set-json", [_DEMO, "--set-json", "a={bad"]),
    ("bad-set-json-object", [_DEMO, "--set-json", "{bad"]),
    ("bad-set-file", [_DEMO, "--set-file", "a=" + _IN + "nope.txt"]),
    ("bad-chart-values", ["fixtures/values/bad-chart"]),
]
