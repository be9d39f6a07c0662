"""Cases recorded by functions_core.py: one entry of SUITES per fixture file.

A case is {"name", "template"} or, in the fmt suite, {"name", "call"} (the template is then
generated from the typed operands).
"""

VALUES_YAML = """\
int: 42
neg: -7
big: 1000000
huge: 123456789
float: 3.5
small: 0.00001
zero: 0
str: hello
numstr: "123"
floatstr: "3.5"
emptystr: ""
spacestr: "  padded  "
t: true
f: false
nul: null
list: [a, b, c]
nums: [3, 1, 2]
dups: [a, b, a, c, b]
emptylist: []
map: {b: 2, a: 1, c: 3}
emptymap: {}
nested: {a: {b: {c: deep}}}
mixed: [1, two, 3.5, true, null, ""]
unicode: "héllo wörld"
"""


def _float_text(v):
    """Operands are stored as text so that no JSON reader can round them."""
    if isinstance(v, str):
        return v  # "NaN", "+Inf", "-Inf"
    return repr(float(v))


def I(v): return {"int": str(v)}
def I64(v): return {"int64": str(v)}
def F(v): return {"float64": _float_text(v)}
def S(v): return {"string": v}
def B(v): return {"bool": v}
def U8(v): return {"uint8": str(v)}
def BYTES(v): return {"bytes": v}
def L(*v): return {"list": list(v)}
def SS(*v): return {"strings": list(v)}
def M(**v): return {"map": v}
NIL = {"nil": None}


def printf(name, fmt, *args):
    return {"name": name, "call": {"func": "sprintf", "format": fmt, "args": list(args)}}


def prints(name, *args):
    return {"name": name, "call": {"func": "sprint", "args": list(args)}}


def println(name, *args):
    return {"name": name, "call": {"func": "sprintln", "args": list(args)}}


FMT = [
    # %v of every kind
    printf("v-basic", "%v|%v|%v|%v|%v|%v", I(42), F(3.5), S("s"), B(True), NIL, I64(-7)),
    printf("v-floats", "%v %v %v %v %v %v %v %v", F(1.0), F(2.5), F(100000.0), F(1000000.0), F(0.0001),
           F(0.00001), F(123456789.0), F(1e21)),
    printf("v-floats-2", "%v %v %v %v %v %v", F(999999.9), F(5e-324), F(1.5e300), F(-0.0), F("+Inf"), F("NaN")),
    printf("v-floats-3", "%v %v %v %v", F(0.1), F(1 / 3), F(2 ** 53), F(-123.456e-10)),
    printf("v-list-map", "%v|%+v|%#v", M(b=I(1), a=L(I(1), I(2))), M(b=I(1)), M(b=I(1), a=S("x"))),
    printf("sharp-v-list", "%#v", L(I(1), NIL, S("a"), F(2.5), I64(3), B(False))),
    printf("sharp-v-floats", "%#v|%#v|%#v|%#v", F(1.0), F(1e6), F(3.5), F(1e21)),
    printf("sharp-v-strings", "%#v|%#v", SS("a", "b"), S("q\"\n")),
    printf("v-nested", "%v", M(a=M(b=M(c=S("deep"))), l=L(L(), M()))),
    printf("v-nil-in-list", "%v|%d|%s", L(NIL, I(1)), L(NIL), L(NIL, S("x"))),
    # %s %d on the wrong types
    printf("s-wrong", "%s|%s|%s|%s", I(42), F(42.0), B(True), NIL),
    printf("d-wrong", "%d|%d|%d|%d", F(42.0), S("x"), B(False), NIL),
    printf("elementwise", "%s|%d|%s", L(S("a"), I(1)), L(F(3.0), I(1)), M(a=F(1.0))),
    printf("elementwise-map-keys", "%d", L(L(I(1), I(2)), M(a=F(1.5)))),
    # argument errors
    printf("missing", "%d %d", I(1)),
    printf("extra", "%d", I(1), I(2)),
    printf("extra-many", "x", I(1), S("s"), NIL, L(I(1))),
    printf("unknown-verb", "%z|%!", I(1)),
    printf("noverb", "%"),
    printf("percent", "100%%|%5%|%d%%", I(3)),
    printf("bad-index", "%[3]d %d %[1]d %[5]d %[x]d %[2]d", I(1), I(2), I(3)),
    printf("index-reuse", "%[2]s %[1]s %s", S("a"), S("b")),
    printf("star", "%*d|%.*f|%-*d|%*d|%*d", I(-5), I(1), I(2), F(3.14159), I(3), I(7), S("x"), I(9), I64(4), I(8)),
    printf("star-missing", "%*d|%.*d", I(5)),
    # integers
    printf("int-flags", "%5d|%-5d|%05d|%+d|% d|%-05d", I(42), I(42), I(42), I(42), I(42), I(42)),
    printf("int-precision", "%6.2d|%.0d|%08.3d|%.3d|%+.3d|%5.0d|", I(42), I(0), I(7), I(-7), I(7), I(0)),
    printf("int-bases", "%b|%o|%O|%x|%X|%#x|%#o|%#b|%#X|%x", I(5), I(8), I(8), I(255), I(255), I(255), I(8), I(5),
           I(255), I(-255)),
    printf("int-zero-sign", "%08d|%+08d|% 08d|%-8d|%08x", I(-42), I(42), I(42), I(-42), I(-255)),
    printf("int64-extremes", "%d|%v|%x|%d", I64(9223372036854775807), I64(-9223372036854775808),
           I64(-9223372036854775808), I(9223372036854775807)),
    printf("uint8", "%v|%d|%c|%q|%x|%#v", U8(65), U8(97), U8(98), U8(99), U8(126), U8(10)),
    printf("char-verbs", "%c|%U|%#U|%q|%+q|%c|%q", I(65), I(233), I(233), I(65), I(233), I(0x1F600), I(-1)),
    printf("unicode-wide", "%U|%#U|%.6U|%8U|%-8c|", I(0x1F600), I(0x1F600), I(65), I(65), I(65)),
    printf("q-int-specials", "%q|%q|%q|%+q", I(10), I(39), I(0x7F), I(0x263A)),
    # floats
    printf("float-verbs", "%e|%E|%f|%F|%g|%G", F(1234.5678), F(1234.5678), F(1234.5678), F(1234.5678),
           F(1234.5678), F(1234.5678)),
    printf("float-precision", "%.2f|%8.3f|%-8.2f|%08.3f|%+.1f", F(3.14159), F(3.14159), F(3.14159),
           F(-3.14159), F(2.0)),
    printf("float-half-even", "%.0f %.0f %.0f %.0f %.1f %.2f", F(0.5), F(1.5), F(2.5), F(-0.5), F(0.25), F(1.005)),
    printf("float-g", "%g %g %.3g %.10g %g %.3g %G", F(100000.0), F(1000000.0), F(1234.0), F(1e6), F(1e-5),
           F(100.0), F(1e-7)),
    printf("float-g-precision", "%.1g|%.0g|%.2g|%.5g|%.20g", F(0.15), F(2.5), F(0.000012345), F(1.0), F(0.1)),
    printf("float-e", "%10.3e|%-10.2g|%+.3e|% .2f|%.0e|%e", F(1234.5678), F(0.00012345), F(-5.0), F(3.0),
           F(15.0), F(0.0)),
    printf("float-v-width", "%6.2v|%05v|%+v|% v|%-8v|", F(3.14159), F(1.0), F(1.5), F(2.5), F(-1.5)),
    printf("float-special", "%v|%f|%05v|%+v|% v|%5.1f|%-6v|", F("+Inf"), F("-Inf"), F("-Inf"), F("NaN"),
           F("NaN"), F("+Inf"), F("NaN")),
    printf("float-sharp", "%#g|%#.3f|%#e|%#x|%#.0f|%#g|%#.3g", F(1.0), F(2.0), F(3.0), F(3.5), F(3.0),
           F(1e-7), F(100.0)),
    printf("float-hex", "%x|%x|%.1x|%X|%x|%.0x|%.3x", F(3.5), F(-3.5), F(1.0), F(100.0), F(0.0), F(1.5), F(0.1)),
    printf("float-b", "%b|%b|%b", F(1.0), F(0.0), F(5e-324)),
    printf("float-big-f", "%f|%.3f|%.1f", F(1e21), F(123456789.0), F(1e-10)),
    printf("float-wrong-verb", "%d|%s|%t|%c", F(1.5), F(2.5), F(0.0), F(65.0)),
    printf("float-wrong-verb-flags", "%.1f|%5d|%05s", S("3.5"), F(1.0), F(1.5)),
    # strings
    printf("string-width", "%5s|%-5s|%.2s|%5.1s|%05s|%-05s|%.0s|", S("ab"), S("ab"), S("abcdef"), S("xyz"),
           S("ab"), S("ab"), S("x")),
    printf("string-runes", "%.2s|%4s|%-4s|%.1q", S("héllo"), S("é"), S("é"), S("éa")),
    printf("string-hex", "%x|%X|% x|%# x|%#X|%.2x|%5.2x|%-6x|", S("hi"), S("hi"), S("abc"), S("abc"), S("hi"),
           S("abcd"), S("abcdef"), S("a")),
    printf("string-q", "%q|%+q|%#q|%#q|%q", S("a\"b\\"), S("é\n"), S("back`tick"), S("plain"),
           S("\x01\x7f\u00a0\t")),
    printf("string-q-wide", "%q|%+q", S("😀\u2028"), S("😀")),
    printf("string-wrong", "%d|%t|%e", S("x"), S("true"), S("1.5")),
    # bools
    printf("bool", "%t|%v|%5t|%-6t|%d|%s", B(True), B(False), B(True), B(False), B(True), B(False)),
    # %T and %p
    printf("type", "%T|%T|%T|%T|%T|%T|%T|%T", I(1), F(1.5), S("s"), L(), M(), NIL, I64(1), SS("a")),
    printf("type-width", "%10T|%-6T|%.3T", I(1), B(True), S("x")),
    printf("pointer-verb", "%p|%p", I(1), S("x")),
    # []byte
    printf("bytes", "%v|%s|%x|%X|%d|%#v|%T|%q", BYTES("hi"), BYTES("hi"), BYTES("hi"), BYTES("hi"), BYTES("hi"),
           BYTES("hi"), BYTES("hi"), BYTES("hi")),
    printf("bytes-other-verbs", "%o|%b|%c|%5s|% x", BYTES("AB"), BYTES("A"), BYTES("AB"), BYTES("A"), BYTES("AB")),
    # print and println
    prints("print-spacing", S("a"), I(1), I(2), S("b"), S("c"), F(3.0), B(True), B(False)),
    prints("print-empty"),
    prints("print-nil", NIL, I(1), NIL, S("x"), NIL),
    prints("print-containers", L(S("a"), S("b")), M(b=F(2.0), a=F(1.0)), L()),
    prints("print-floats", F(1e6), F(0.0001), F(1e-5), I64(5), F(2.0)),
    println("println", S("a"), I(1), NIL, L(I(1))),
    println("println-empty"),
]

SUITES = {
    "fmt": FMT,
}


def calls(function, *expressions):
    """Cases `{{ EXPR }}` named FUNCTION-1, FUNCTION-2, ... (an expression may hold several calls)."""
    return [{"name": f"{function}-{i + 1}", "template": "{{ " + e + " }}"} for i, e in enumerate(expressions)]


STRINGS = (
    calls("upper", 'upper "héllo"', 'upper ""', '"ß straße ǆ" | upper', "upper 1", "upper .Values.int")
    + calls("lower", 'lower "HÉLLO"', 'lower "İI"', "lower .Values.str", "lower true")
    + calls("title", 'title "hello wORLD-foo_bar"', 'title "it\'s o\'neil x-ray 3d"', 'title "été à ǆa"', "title 3")
    + calls("untitle", 'untitle "Hello World"', 'untitle "ABC\tDEF  GHI"', 'untitle ""', "untitle nil")
    + calls("trim", 'trim "  a b \\n"', 'trim "\\u00a0 x \\u2003" | quote', "trim .Values.spacestr", "trim 1")
    + calls("trimAll", 'trimAll "ab" "abcba"', 'trimAll "$" "$$a$b$$"', 'trimAll "" "xx"', 'trimAll "é" "éaé"',
            'trimall "-" "-x-"', "trimAll 1 \"x\"")
    + calls("trimPrefix", 'trimPrefix "-" "--a"', 'trimPrefix "" "a"', 'trimPrefix "abc" "ab"', "trimPrefix 1 \"a\"")
    + calls("trimSuffix", 'trimSuffix "-" "a--"', 'trimSuffix "é" "aé"', 'trimSuffix "x" ""', 'trimSuffix "a" 2')
    + calls("nospace", 'nospace "a b\\tc\\nd"', 'nospace "à b"', 'nospace "àé"', 'nospace ""', "nospace .Values.int")
    + calls("initials", 'initials "First Try"', 'initials "hello  world foo"', 'initials "école été"', 'initials ""',
            "initials 5")
    + calls("swapcase", 'swapcase "Hello World hELLO"', 'swapcase "ǅa x\\tyZ"', 'swapcase ""', "swapcase false")
    + calls("snakecase", 'snakecase "FirstName"', 'snakecase "HTTPServer"', 'snakecase "Some Words-here"',
            'snakecase "version2Name"', 'snakecase "Bld4Floor"', 'snakecase "HTTP2xx"', 'snakecase "a.b,c"',
            'snakecase "__A__B"', 'snakecase "ID"', 'snakecase "x123"', 'snakecase "éA"', "snakecase 1")
    + calls("kebabcase", 'kebabcase "FirstName"', 'kebabcase "HTTPServer"', 'kebabcase "some_words here"',
            'kebabcase "a1B2"', 'kebabcase ""', "kebabcase nil")
    + calls("camelcase", 'camelcase "http_server"', 'camelcase "first-name here"', 'camelcase "alreadyCamel"',
            'camelcase "_a_b"', 'camelcase "HTTPServer"', 'camelcase "a"', 'camelcase "__"', 'camelcase "a__b c"',
            "camelcase 2")
    + calls("trunc", 'trunc 3 "abcdef"', 'trunc -2 "abcdef"', 'trunc 10 "abc"', 'trunc -10 "abc"', 'trunc 0 "abc"',
            'trunc 2.0 "abc"', 'trunc .Values.int "abc"')
    + calls("abbrev", 'abbrev 5 "hello world"', 'abbrev 3 "hello world"', 'abbrev 20 "hello"', 'abbrev 4 "hello"',
            'abbrev 4 ""', 'abbrev "5" "x"')
    + calls("abbrevboth", 'abbrevboth 5 10 "1234 5678 9123"', 'abbrevboth 0 4 "abcdefgh"',
            'abbrevboth 10 10 "abcdefghijklmnopqrstuvwxyz"', 'abbrevboth 3 6 "abcdefghijkl"',
            'abbrevboth 20 8 "abcdefghijklmnopqrstuvwxyz"', 'abbrevboth 1 "x" "y"')
    + calls("substr", 'substr 1 3 "hello"', 'substr 2 -1 "hello"', 'substr -1 2 "hello"', 'substr 2 99 "hello"',
            'substr 0 9 "hi"', 'substr 3 1 "hello"')
    + [{"name": "substr-7", "template": '{{ substr -1 9 "hi" }}'},
       {"name": "substr-8", "template": '{{ substr 5 -1 "hi" }}'},
       {"name": "substr-9", "template": '{{ substr -2 -3 "hi" }}'}]
    + calls("repeat", 'repeat 3 "ab"', 'repeat 0 "ab"', 'repeat 2 ""', 'repeat -1 "ab"')
    + calls("contains", 'contains "ll" "hello"', 'contains "" "x"', 'contains "z" "hello"', 'contains 1 "x"')
    + calls("hasPrefix", 'hasPrefix "he" "hello"', 'hasPrefix "" ""', 'hasPrefix "x" "hello"', 'hasPrefix "a" 1')
    + calls("hasSuffix", 'hasSuffix "lo" "hello"', 'hasSuffix "é" "café"', 'hasSuffix "x" "hello"', 'hasSuffix nil "x"')
    + calls("quote", 'quote "a\\"b"', "quote 1 2.5 true", "quote .Values.list", 'quote "é\\n\\t\\u0001"', "quote",
            "quote nil", 'quote ""', "quote .Values.missing .Values.str", "quote .Values.big",
            'quote (list 1 "a") (dict "k" nil)')
    + calls("squote", "squote \"it's\" 1", "squote", "squote nil \"a\"", "squote .Values.map", "squote 1.5 .Values.t")
    + calls("cat", 'cat "a" 1 nil "b" (list 1 2)', "cat", "cat nil", "cat .Values.big .Values.small", 'cat "%d" 1')
    + calls("indent", 'indent 2 "a\\nb\\n"', 'indent 0 "a"', 'indent 2 ""', 'indent 3 "\\n"', 'indent -1 "a"')
    + calls("nindent", 'nindent 2 "a\\nb"', 'nindent 2 ""', 'nindent 0 "x"', 'nindent -2 "a"', 'nindent "2" "a"')
    + calls("replace", 'replace "a" "b" "banana"', '"aaa" | replace "a" ""', 'replace "" "-" "abc"',
            'replace "é" "e" "café é"', 'replace "x" "y" 1')
    + calls("plural", 'plural "one" "many" 1', 'plural "one" "many" 0', 'plural "one" "many" -1',
            'plural "one" "many" 1.0', 'plural "one" "many" .Values.int')
    + calls("wrap", 'wrap 5 "hello world foo bar"', 'wrap 3 "abcdefgh ij"', 'wrap 0 "a b c"', 'wrap 10 ""',
            'wrap 5 "  leading  spaces here"', 'wrap 80 .Values.str', 'wrap "5" "x"')
    + calls("wrapWith", 'wrapWith 5 "\\t" "hello world"', 'wrapWith 3 "|" "abcdefgh"', 'wrapWith 4 "" "aaaa bbbb"',
            'wrapWith 2 "<br>" "a b c d e"', 'wrapWith 5 1 "x"')
    + calls("splitList", 'splitList "," "a,b,,c"', 'splitList "" "abc"', 'splitList "," "" | len',
            'splitList "ab" "xabyabz"', 'splitList "," "a" | typeOf', 'splitList 1 "a"')
    + calls("split", 'split "/" "a/b/c"', '(split "/" "a/b/c")._1', 'split "" "ab"', 'split "," "" | len',
            'split "," "a" | typeOf', 'split "," 2')
    + calls("splitn", 'splitn "/" 2 "a/b/c"', 'splitn "/" 0 "a/b"', 'splitn "/" -1 "a/b/c"', 'splitn "" 2 "abc"',
            'splitn "/" 1 "a/b"', 'splitn "/" "2" "a"')
    + calls("join", 'join "," .Values.list', 'join "-" (list 1 2.5 nil true)', 'join "," "str"',
            'join "," .Values.missing', 'join ", " (splitList "," "x,y")', 'join "" (list (list 1) (dict "a" 1))',
            'join 1 (list)')
    + calls("sortAlpha", 'sortAlpha (list "b" "B" "a" 10 9)', 'sortAlpha "x"', "sortAlpha .Values.nums",
            "sortAlpha nil", 'sortAlpha (list "é" "z" "Z" "_")', "sortAlpha (dict \"a\" 1)")
    + calls("hello", "hello", "hello | upper", 'hello "x"')
)

CONVERSION = (
    calls("toString", "toString 1", "toString 1.5", "toString .Values.big", "toString true", "toString .Values.list",
          "toString nil", 'toString (index "abc" 0)', "toString (int64 5)", "toString (list nil)",
          "toString (dict \"a\" 1.0)", "toString .Values.small", "toString")
    + calls("toStrings", 'toStrings (list 1 nil "a" 2.5)', 'toStrings "x" | typeOf', "toStrings nil | len",
            "toStrings .Values.nums", "toStrings .Values.map", "toStrings (until 3)", "toStrings")
    + calls("int", 'int "3.5"', 'int "3.0"', 'int "3."', 'int "abc"', "int 3.9", "int -3.9", "int true", "int nil",
            'int "0x1A"', 'int "010"', 'int "08"', 'int "0b11"', 'int "1_000"', 'int " 5"', 'int "+5"',
            'int "-0x10" | typeOf', "int .Values.big", "int 1e19", 'int "1.00"', 'int "_1"', 'int "0o17"',
            "int (list 1)", "int")
    + calls("int64", 'int64 "42" | typeOf', "int64 .Values.big", "int64 1e19", 'int64 "9223372036854775808"',
            'int64 "-9223372036854775808"', 'int64 "1.50"', "int64 -1e19", "int64 .Values.neg", "int64 (dict)",
            "int64 1 2")
    + calls("float64", 'float64 "3.5"', 'float64 "1e3"', 'float64 "abc"', "float64 3 | typeOf", 'float64 "0x10"',
            'float64 " 1"', 'float64 "Inf"', 'float64 "-inf"', 'float64 "NaN"', 'float64 "1_000"', 'float64 "0x1p-2"',
            'float64 "1e400"', 'float64 ".5"', "float64 true", "float64 nil", "float64 (int64 7)", "float64")
    + calls("atoi", 'atoi "42"', 'atoi "4.2"', 'atoi "x"', 'atoi " 1"', 'atoi "+7"', 'atoi "0x10"', 'atoi "-0"',
            'atoi "007"', 'atoi "1_0"', 'atoi "99999999999999999999"', "atoi 42")
    + calls("toDecimal", 'toDecimal "0777"', "toDecimal 777", 'toDecimal "8"', 'toDecimal "0o17"', "toDecimal 1.5",
            'toDecimal "-017"', "toDecimal true", "toDecimal nil", "toDecimal")
)

MATH = (
    calls("add", "add 1 2", "add 1 2.9", 'add "3" 4', "add", "add 1", "add 1 .Values.float", "add .Values.big 1",
          "add 1 .Values.int | typeOf", "add 9223372036854775807 1", "add 0.5 0.5", "add nil true")
    + calls("add1", "add1 .Values.int", 'add1 "x"', "add1 2.9", "add1 -1 | typeOf", "add1")
    + calls("sub", "sub 5 7", "sub 2.9 0.9", "sub .Values.float 1", 'sub "10" "0x2"', "sub 1")
    + calls("mul", "mul 2 3 4", "mul 2", "mul 3000000000 4000000000", "mul 1.5 2", "mul")
    + calls("div", "div 7 2", "div -7 2", "div 1 0", "div 7.9 2", "div -9223372036854775808 -1", "div 1")
    + calls("mod", "mod 7 3", "mod -7 3", "mod 1 0", "5 | mod 7", "mod -9223372036854775808 -1", "mod 7")
    + calls("max", "max 1 5 3", "max 2.9 1", 'max "10" 9', "max -1", "biggest 1 2", "max")
    + calls("min", "min 1 5 3", "min -2.9 1", 'min "x" 2', "min 4", "min")
    + calls("addf", "addf 1 2.5", "addf 0.1 0.2", "addf", 'addf "2.5" 1', "addf 1e300 1e300", "addf .Values.float 1 | typeOf",
            "addf 0.1 0.2 0.3")
    + calls("add1f", "add1f 1.5", "add1f 0.1", 'add1f "x"', "add1f")
    + calls("subf", "subf 10 0.1 0.2", "subf 0.3 0.1", "subf 1", "subf")
    + calls("mulf", "mulf 1.1 3", "mulf 0.1 0.1", "mulf 42 1000000", "mulf 3", "mulf")
    + calls("divf", "divf 10 4", "divf 1 3", "divf 10 3", "divf 2 3", "divf 1 0", "divf -1 3", "divf 1 7 11", "divf")
    + calls("maxf", "maxf 1 5.5 3", 'maxf "x" 1', "maxf -0.5", 'maxf 1 "NaN"', "maxf")
    + calls("minf", "minf 1.5 0.5", "minf 2", 'minf -1 "-Inf"', "minf")
    + calls("floor", "floor 1.7", "floor -1.5", "floor 3 | typeOf", 'floor "2.5"', "floor")
    + calls("ceil", "ceil 1.2", 'ceil "2.1"', "ceil -0.5", "ceil nil", "ceil")
    + calls("round", "round 3.14159 2", "round 2.5 0", "round -2.5 0", "round 1.005 2", "round 2.45 1 0.6",
            "round 1234.5 -2", 'round "3.7" 0', "round -2.4 0", "round 1.5 0 0.5 0.9", "round 1 1.5", "round 1")
    + calls("until", "until 3", "until -3", "until 0", "until 3 | typeOf", "until 5 | reverse", "until 2.5",
            "until .Values.int")
    + calls("untilStep", "untilStep 0 10 3", "untilStep 10 0 -4", "untilStep 0 10 -1", "untilStep 0 10 0",
            "untilStep 0 -3 -1 | typeOf", "untilStep 1 2")
    + calls("seq", "seq 3", "seq 0", "seq -2", "seq 2 5", "seq 5 2", "seq 0 2 10", "seq 10 -3 1", "seq 1 2", "seq",
            "seq 10 3 1", "seq 1 2 3 4", "seq 3 | typeOf", "seq 1.5")
)

DEFAULTS = (
    calls("default", 'default "d" 0', 'default "d" 0.0', 'default "d" false', 'default "d" ""', 'default "d" (list)',
          'default "d" (dict)', 'default "d" nil', 'default "d" .Values.zero', 'default "d" .Values.missing',
          'default "d" 1', 'default "d" "0"', 'default "d" " "', 'default "d"', ".Values.missing | default 5 | typeOf",
          "default 1 2 3", "default .Values.list .Values.emptylist", "default")
    + calls("empty", "empty 0", 'empty ""', 'empty " "', "empty .Values.emptymap", "empty .Values.missing",
            "empty .Values.t", "empty (list nil)", "empty 0.0", "empty", "empty 1 2")
    + calls("coalesce", 'coalesce 0 "" nil "x" "y"', 'coalesce 0 ""', "coalesce .Values.missing .Values.str",
            "coalesce", "coalesce (list) (dict \"a\" 1)")
    + calls("all", 'all 1 "a" true', "all 1 0", "all", "all (list)", "all .Values.list .Values.str")
    + calls("any", 'any 0 "" 1', "any 0", "any", "any nil (list nil)")
    + calls("ternary", 'ternary "yes" "no" true', 'ternary "yes" "no" false', "true | ternary 1 2",
            "ternary 1 2 .Values.t", "ternary 1 2 1", "ternary 1 2 .Values.missing", 'ternary 1 2 "true"')
)

REFLECTION = (
    calls("typeOf", "typeOf 1", "typeOf 1.5", 'typeOf "s"', "typeOf nil", "typeOf .Values", "typeOf .Values.map",
          "typeOf (int64 1)", "typeOf (until 2)", 'typeOf (split "," "a")', 'typeOf (index "a" 0)', "typeOf")
    + calls("kindOf", "kindOf 1", "kindOf .Values.int", "kindOf .Values.list", "kindOf .Values.map", "kindOf nil",
            'kindOf ""', 'kindOf (splitList "," "a")', "kindOf .Values", 'kindOf (index "a" 0)', "kindOf true", "kindOf")
    + calls("typeIs", 'typeIs "string" "a"', 'typeIs "int" .Values.int', 'typeIs "float64" .Values.int',
            'typeIs "<nil>" nil', 'typeIs 1 2')
    + calls("typeIsLike", 'typeIsLike "string" "a"', 'typeIsLike "map[string]interface {}" (dict)',
            'typeIsLike "*string" "a"', 'typeIsLike "int" 1.0', 'typeIsLike nil 1')
    + calls("kindIs", 'kindIs "map" .Values.map', 'kindIs "slice" .Values.list', 'kindIs "invalid" .Values.missing',
            'kindIs "float64" .Values.int', 'kindIs "map" .Values', 'kindIs 1 1')
    + calls("deepEqual", "deepEqual (list 1 2) (list 1 2)", 'deepEqual .Values.map (dict "a" 1 "b" 2 "c" 3)',
            'deepEqual .Values.map (dict "a" 1.0 "b" 2.0 "c" 3.0)', "deepEqual nil nil", "deepEqual 1 (int64 1)",
            "deepEqual .Values .Values", 'deepEqual (splitList "," "a") (list "a")', "deepEqual 1")
    + calls("deepCopy", "deepCopy .Values.map", "deepCopy .Values.list | typeOf", "deepCopy .Values | typeOf",
            "deepCopy 1", "deepCopy")
    + [{"name": "deepCopy-6", "template": "{{ deepCopy nil }}"}]
    + calls("mustDeepCopy", "mustDeepCopy .Values.list", "mustDeepCopy (dict \"a\" (list 1))", "mustDeepCopy 2.5",
            "mustDeepCopy nil", "mustDeepCopy")
)

ENCODING = (
    calls("b64enc", 'b64enc "hello"', 'b64enc "hé"', 'b64enc ""', 'b64enc "ab"', "b64enc 5")
    + calls("b64dec", 'b64dec "aGVsbG8="', 'b64dec "!!"', 'b64dec "aGk"', 'b64dec "aG\\nk="', 'b64dec "aGk=x"',
            'b64dec "a==="', 'b64dec "YQ=="', 'b64dec "YWI="', 'b64dec ""', "b64dec 1")
    + calls("b32enc", 'b32enc "hello"', 'b32enc "a"', 'b32enc ""', 'b32enc "abcdef"', "b32enc nil")
    + calls("b32dec", 'b32dec "NBSWY3DP"', 'b32dec "x"', 'b32dec "ME======"', 'b32dec "ME"', 'b32dec "MFRGG==="',
            'b32dec "M======="', 'b32dec "MFRGGZDF\\nMY======"', "b32dec 2")
    + calls("toJson", "toJson .Values.map", "toJson .Values.list", "toJson .Values.missing", 'toJson "a<b>&"',
            "toJson .Values.big", "toJson .Values.small", "toJson 1e21", 'toJson (dict "b" 1 "a" (list 1 2) "c" nil)',
            'toJson (float64 "Inf")', "toJson .Values", "toJson")
    + calls("mustToJson", "mustToJson .Values.map", 'mustToJson "<"', 'mustToJson (float64 "NaN")', "mustToJson")
    + calls("toPrettyJson", 'toPrettyJson (dict "b" 1 "a" (list 1 2) "e" (dict) "l" (list))', 'toPrettyJson "<"',
            "toPrettyJson 1", 'toPrettyJson (float64 "Inf")', "toPrettyJson")
    + calls("mustToPrettyJson", "mustToPrettyJson (list)", 'mustToPrettyJson (dict "a" (dict "b" 1))',
            'mustToPrettyJson (list (float64 "-Inf"))')
    + calls("toRawJson", 'toRawJson (dict "h" "<a>&")', "toRawJson .Values.nums", 'toRawJson (float64 "NaN")',
            "toRawJson")
    + calls("mustToRawJson", 'mustToRawJson "<"', "mustToRawJson .Values.nested", 'mustToRawJson (float64 "NaN")')
    + calls("fromJson", 'fromJson "{\\"a\\": 1, \\"b\\": [1, \\"x\\"]}"', '(fromJson "{\\"a\\": 1}").a | typeOf',
            'fromJson "not json"', 'fromJson "[1,2]"', 'fromJson "null"', 'fromJson ""', "fromJson 1")
    + calls("fromJsonArray", 'fromJsonArray "[1,\\"a\\",null]"', 'fromJsonArray "{}"', 'fromJsonArray "[1,"',
            'fromJsonArray "3"', "fromJsonArray nil")
    + calls("mustFromJson", 'mustFromJson "[1]"', 'mustFromJson "3" | typeOf', 'mustFromJson "x"',
            'mustFromJson "{\\"a\\":"', 'mustFromJson "null"')
)

LISTS = (
    calls("list", 'list 1 "a" nil', "list | len", "typeOf (list)", "list .Values.list .Values.map")
    + calls("tuple", "tuple 1 2", "tuple", "tuple nil | len")
    + calls("first", "first .Values.list", "first .Values.emptylist", 'first "abc"', "first .Values.missing",
            "first (until 3) | typeOf", "first (splitList \",\" \"a,b\")")
    + calls("mustFirst", 'mustFirst "abc"', "mustFirst .Values.list", "mustFirst (dict)")
    + calls("last", "last .Values.list", "list 1 2 | last", "last .Values.emptylist", "last 1")
    + calls("mustLast", "mustLast .Values.nums", "mustLast 2.5", "mustLast nil")
    + calls("rest", "rest .Values.list", "rest .Values.emptylist", "rest .Values.emptylist | typeOf", 'rest "x"',
            "rest (until 3) | typeOf")
    + calls("mustRest", "mustRest .Values.list", "mustRest true")
    + calls("initial", "initial .Values.list", "initial .Values.emptylist", "initial .Values.map")
    + calls("mustInitial", "mustInitial (list 1 2)", "mustInitial 1")
    + calls("append", 'append .Values.list "d"', "append .Values.missing 1", 'append "x" 1', "append (until 2) 9",
            "append (list) nil")
    + calls("push", 'push .Values.list "d"', "push 1 1", "push (list) (list)")
    + calls("mustAppend", 'mustAppend .Values.list "x"', 'mustAppend "s" 1')
    + calls("mustPush", "mustPush (list 1) 2", "mustPush (dict) 2")
    + calls("prepend", 'prepend .Values.list "z"', "prepend 1 2", "prepend (list) 1")
    + calls("mustPrepend", "mustPrepend (list 2) 1", "mustPrepend nil 1")
    + calls("concat", "concat .Values.list (list 1 2) .Values.emptylist", "concat", 'concat .Values.list "x"',
            "concat (until 2) (splitList \",\" \"a\")", "concat nil")
    + calls("reverse", "reverse .Values.list", "reverse .Values.emptylist", 'reverse "abc"', "until 5 | reverse")
    + calls("mustReverse", "mustReverse .Values.nums", "mustReverse 1")
    + calls("uniq", "uniq .Values.dups", 'uniq (list 1 1.0 "1" 1)', "uniq 1", "uniq (list nil nil (list) (list))")
    + calls("mustUniq", "mustUniq (list 1 1)", "mustUniq nil")
    + calls("without", 'without .Values.list "b" "z"', "without .Values.nums 1.0", "without .Values.nums 1",
            "without 1 1", "without (list nil 1) nil")
    + calls("mustWithout", 'mustWithout .Values.list "a"', 'mustWithout "x" 1')
    + calls("has", 'has "b" .Values.list', "has 1 (list 1.0)", 'has "x" .Values.missing', 'has 1 "abc"',
            "has nil (list nil)")
    + calls("mustHas", 'mustHas "a" .Values.list', "mustHas 1 2", "mustHas 1 nil")
    + calls("slice", "slice .Values.list 1", "slice .Values.list 1 2", "slice .Values.list",
            'slice "hello" 1 3', "slice .Values.list 2 1", "slice .Values.list 0 9", "slice .Values.list 0 1 2 3",
            "slice .Values.emptylist", '(slice (splitList "," "a,b,c") 1) | typeOf', 'slice .Values.list "1" 2.9',
            "slice .Values.list -1")
    + calls("mustSlice", "mustSlice .Values.list 1", "mustSlice 1 1", "mustSlice .Values.list 3 2")
    + calls("chunk", "chunk 2 (list 1 2 3 4 5)", "chunk 2 .Values.emptylist", 'chunk 2 "x"', "chunk 0 (list 1)",
            "chunk 3 (until 6) | typeOf", "chunk -1 (list 1 2 3)", "chunk 5 (list 1)")
    + calls("mustChunk", "mustChunk 1 (list 1 2)", "mustChunk 1 nil")
    + calls("compact", 'compact (list 1 0 "" nil "a" false (list))', "compact .Values.mixed", "compact 1",
            "compact (until 3)")
    + calls("mustCompact", "mustCompact .Values.list", "mustCompact (dict)")
)

DICTS = (
    calls("dict", 'dict "a" 1 "b"', "dict 1 2", "dict", "dict nil 1", 'dict "a" 1 "a" 2', "dict (list 1) 2 | keys")
    + calls("get", 'get .Values.map "a"', 'get .Values.map "zz"', 'get .Values.map "zz" | typeOf', 'get .Values "str"',
            'get (dict "a" 1) 1', 'get .Values.list "a"')
    + calls("set", '$d := dict "a" 1 }}{{ set $d "b" 2', 'set (dict) "k" nil', 'set .Values.list "a" 1',
            'set (dict "a" 1) "a" 2 | typeOf', 'set .Values "x" 1 | typeOf')
    + calls("unset", 'unset (dict "a" 1 "b" 2) "a"', 'unset (dict) "zz"', 'unset .Values.list "a"')
    + calls("hasKey", 'hasKey .Values.map "a"', 'hasKey .Values.map "zz"', 'hasKey .Values "str"', 'hasKey 1 "a"',
            'hasKey (dict "n" nil) "n"')
    + calls("pluck", 'pluck "a" (dict "a" 1) (dict "b" 2) (dict "a" 3)', 'pluck "a"', 'pluck "a" .Values.map .Values',
            'pluck "a" (list)')
    + calls("keys", 'keys (dict "b" 1 "a" 2) | sortAlpha', 'keys (dict "a" 1) (dict "a" 2)', "keys", "keys .Values.map | sortAlpha",
            "keys 1")
    + calls("values", 'values (dict "a" 1)', "values .Values.map | len", "values (dict) | typeOf", "values 1")
    + calls("pick", 'pick .Values.map "a" "c" "zz"', 'pick .Values "str"', "pick .Values.map", 'pick .Values.map 1')
    + calls("omit", 'omit .Values.map "a"', 'omit .Values.map', 'omit (dict "a" 1) "a" "a"', 'omit "x" "a"')
    + calls("dig", 'dig "a" "b" "c" "dflt" .Values.nested', 'dig "a" "zz" "dflt" .Values.nested',
            'dig "a" "dflt" (dict)', 'dig "a" "b" "d" .Values.map', 'dig "a" .Values.map', 'dig "str" "x" .Values',
            'dig "a" 0 (merge (dict) .Values.map)', 'dig 1 "d" (dict)', 'dig "a" "b" "d" (dict "a" nil)',
            'dig "a" "d" (list)')
    + calls("merge", 'merge (dict "a" 1 "n" (dict "x" 1)) (dict "a" 2 "b" 3 "n" (dict "x" 2 "y" 2))',
            'merge (dict "a" 0 "s" "") (dict "a" 5 "s" "x")',
            'merge (dict "a" nil "b" "" "c" (list) "d" "s" "e" (dict)) (dict "a" 1 "b" 2 "c" (list 9) "d" (dict "x" 1) "e" (dict "y" 1))',
            "merge (dict) .Values.map .Values.nested", 'merge .Values.list (dict)', "merge (dict \"a\" 1)")
    + calls("mustMerge", 'mustMerge (dict "a" 1) (dict "b" 2)', 'mustMerge (dict) 1')
    + calls("mergeOverwrite", 'mergeOverwrite (dict "a" 1 "n" (dict "x" 1)) (dict "a" 2 "b" 3 "n" (dict "x" 2 "y" 2))',
            'mergeOverwrite (dict "a" 1 "l" (list 1 2)) (dict "a" 0 "l" (list 3))',
            'mergeOverwrite (dict "a" 1 "b" 2 "c" 3 "d" (dict "x" 1)) (dict "a" nil "b" "" "c" (list) "d" "s")',
            'mergeOverwrite (dict "m" "s") (dict "m" (dict "k" 1)) (dict "m" (dict "j" 2))', 'mergeOverwrite 1 (dict)')
    + calls("mustMergeOverwrite", 'mustMergeOverwrite (dict "a" 1) (dict "a" 2)', 'mustMergeOverwrite (dict) (list)')
)

REGEX = (
    calls("regexMatch", 'regexMatch "^[a-z]+$" "abc"', 'regexMatch "^[a-z]+$" "ab1"', 'regexMatch "[" "x"',
          'regexMatch "(?i)ABC" "xabcx"', 'regexMatch "a(?=b)" "ab"', 'regexMatch "^$" ""', 'regexMatch "a$" "a\\n"',
          'regexMatch "(?m)a$" "a\\nb"', 'regexMatch "\\\\d" "٣"', 'regexMatch "\\\\w+" "é"', 'regexMatch "\\\\bé" "é"',
          'regexMatch "x{1001}" "x"', 'regexMatch "a**" "a"', 'regexMatch 1 "a"')
    + calls("mustRegexMatch", 'mustRegexMatch "[" "x"', 'mustRegexMatch "a+" "baa"', 'mustRegexMatch "(a" "a"',
            'mustRegexMatch "a)" "a"', 'mustRegexMatch "\\\\1" "a"', 'mustRegexMatch "a{2,1}" "a"',
            'mustRegexMatch "[z-a]" "a"', 'mustRegexMatch "(?P<n>a)(?P<n>b)" "ab"', 'mustRegexMatch "(?<1a>x)" "x"',
            'mustRegexMatch "\\\\pX" "x"', 'mustRegexMatch "[[:foo:]]" "x"', 'mustRegexMatch "*" "x"',
            'mustRegexMatch "\\\\" "x"', 'mustRegexMatch "(?z)" "x"', 'mustRegexMatch "\\\\p{Greek}+" "αβ"',
            'mustRegexMatch "[[:^alpha:]]" "1"', 'mustRegexMatch "\\\\Qa.b\\\\E" "a.b"', 'mustRegexMatch "x{2}{3}" "x"')
    + calls("regexFind", 'regexFind "[0-9]+" "ab12cd34"', 'regexFind "z" "abc"', 'regexFind "[" "x"',
            'regexFind "\\\\d+" "a42"', 'regexFind `\\d+` "a42"', 'regexFind "a|ab" "ab"', 'regexFind "(?U)a+" "aaa"',
            'regexFind "(?s).+" "a\\nb"', 'regexFind ".+" "a\\nb"', 'regexFind "a{2,}" "aaaa"', 'regexFind "é+" "ééa"')
    + calls("mustRegexFind", 'mustRegexFind "b+" "abbc"', 'mustRegexFind "(" "x"', 'mustRegexFind "" "x"')
    + calls("regexFindAll", 'regexFindAll "[0-9]" "a1b2c3" -1', 'regexFindAll "[0-9]" "a1b2c3" 2',
            'regexFindAll "z" "a" -1 | len', 'regexFindAll "" "abc" -1', 'regexFindAll "a*" "baaac" -1',
            'regexFindAll "[" "x" -1', 'regexFindAll "x*" "" -1', 'regexFindAll "." "é😀a" 0', 'regexFindAll "a" "aaa" -1 | typeOf')
    + calls("mustRegexFindAll", 'mustRegexFindAll "a." "abacad" -1', 'mustRegexFindAll "+" "x" -1')
    + calls("regexReplaceAll", 'regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W"', 'regexReplaceAll "a(x*)b" "-ab-axxb-" "$1W"',
            'regexReplaceAll "(?P<first>\\\\w+) (\\\\w+)" "hello world" "${2} ${first}"', 'regexReplaceAll "a*" "baaac" "-"',
            'regexReplaceAll "" "abc" "-"', 'regexReplaceAll "b" "abc" "$$"', 'regexReplaceAll "(b)" "abc" "$2|${x|$"',
            'regexReplaceAll "(b)" "abc" "${01}$01$1"', 'regexReplaceAll "[" "x" "y"', 'regexReplaceAll "x*" "é" "-"',
            'regexReplaceAll "^" "ab" "-"', 'regexReplaceAll "$" "ab" "-"')
    + calls("mustRegexReplaceAll", 'mustRegexReplaceAll "o" "foo" "0"', 'mustRegexReplaceAll "(?<" "x" "y"')
    + calls("regexReplaceAllLiteral", 'regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "${1}"',
            'regexReplaceAllLiteral "" "ab" "$"', 'regexReplaceAllLiteral "[" "x" "y"')
    + calls("mustRegexReplaceAllLiteral", 'mustRegexReplaceAllLiteral "." "ab" "$1"', 'mustRegexReplaceAllLiteral "a{1001}" "x" "y"')
    + calls("regexSplit", 'regexSplit "[,;]" "a,b;c" -1', 'regexSplit "[,;]" "a,b;c" 2', 'regexSplit "" "abc" -1',
            'regexSplit "," "" -1', 'regexSplit "x*" "axbxxc" -1', 'regexSplit "," "a,b" 0 | len', 'regexSplit "a" "a" -1',
            'regexSplit "[" "x" 1')
    + calls("mustRegexSplit", 'mustRegexSplit "\\\\s+" "a b  c" -1', 'mustRegexSplit "(" "x" -1')
    + calls("regexQuoteMeta", 'regexQuoteMeta "a.b*c"', 'regexQuoteMeta "1.5+[x]"', 'regexQuoteMeta "é$^"', "regexQuoteMeta 1")
)

PATHS = (
    calls("base", 'base "/a/b.txt"', 'base ""', 'base "/"', 'base "a/"', 'base "//"', "base 1")
    + calls("dir", 'dir "/a/b.txt"', 'dir ""', 'dir "a"', 'dir "/a/"', 'dir "a/../../b"', "dir nil")
    + calls("ext", 'ext "/a/b.tar.gz"', 'ext "a/b"', 'ext "a.b/c"', 'ext "."', "ext 2")
    + calls("clean", 'clean "a//b/../c/."', 'clean ""', 'clean "/../a"', 'clean "../../a/.."', 'clean "a/b/../../.."',
            'clean "//a//"', "clean 1")
    + calls("isAbs", 'isAbs "/a"', 'isAbs "a"', 'isAbs ""', "isAbs 1")
    + calls("osBase", 'osBase "/a/b"', 'osBase ""', "osBase 1")
    + calls("osDir", 'osDir "/a/b"', 'osDir "x"', "osDir 1")
    + calls("osExt", 'osExt "x.y"', 'osExt "x"', "osExt 1")
    + calls("osClean", 'osClean "/a/../b"', 'osClean "a/./b/"', "osClean 1")
    + calls("osIsAbs", 'osIsAbs "/x"', 'osIsAbs "x"', "osIsAbs 1")
    + [{"name": "urlParse-1", "template": '{{ $u := urlParse "https://user:pw@example.com:8080/p/a?q=1&r=2#frag" }}'
        '{{ $u.scheme }}|{{ $u.host }}|{{ $u.hostname }}|{{ $u.path }}|{{ $u.query }}|{{ $u.fragment }}|{{ $u.userinfo }}|{{ $u.opaque }}'}]
    + calls("urlParse", 'urlParse "%zz"', 'urlParse "mailto:a@b.c"', 'urlParse "/p%20q?x#a%20b"', 'urlParse "http://[::1]:80/x"',
            'urlParse "http://h:port"', 'urlParse "1http://x"', 'urlParse ":x"', 'urlParse "HTTP://User@H/"', 'urlParse "a:b/c"',
            'urlParse "x/y:z"', 'urlParse "http://a b"', 'urlParse "http://%41/"', "urlParse 1")
    + calls("urlJoin", 'urlJoin (dict "scheme" "https" "host" "h:1" "path" "/p q" "query" "a=1" "fragment" "f")',
            'urlJoin (dict "path" "a:b")', 'urlJoin (dict "scheme" "mailto" "opaque" "a@b")',
            'urlJoin (dict "host" "h" "path" "p" "userinfo" "u:p w")', 'urlJoin (dict "scheme" "http" "host" 1)',
            'urlJoin (dict)', 'urlJoin (dict "scheme" "s" "path" "/x" "fragment" "a b#")', "urlJoin 1")
)

SUITES.update({
    "strings": STRINGS, "conversion": CONVERSION, "math": MATH, "defaults": DEFAULTS, "reflection": REFLECTION,
    "encoding": ENCODING, "lists": LISTS, "dicts": DICTS, "regex": REGEX, "paths": PATHS,
})

# More cases for aliases and `must` variants, so that each has three, one of them failing
# where the function can fail.
STRINGS += (
    calls("trimall-extra", 'trimall "ab" "abcba"', "trimall 1 2")
    + calls("sortAlpha-extra", "sortAlpha", "sortAlpha 1 2")
    + calls("add-extra", "add (list 1) (dict)", "add .Values.missing .Values.str")
)
MATH += calls("biggest", "biggest 3 9 1", "biggest 2.5", "biggest", 'biggest "7" nil')
LISTS += (
    calls("mustAppend-extra", "mustAppend nil 1")
    + calls("mustPush-extra", "mustPush .Values.missing 1")
    + calls("mustPrepend-extra", 'mustPrepend "x" 1')
    + calls("mustRest-extra", "mustRest .Values.emptylist")
    + calls("mustInitial-extra", "mustInitial .Values.list")
    + calls("mustReverse-extra", "mustReverse nil")
    + calls("mustUniq-extra", "mustUniq .Values.dups")
    + calls("mustWithout-extra", "mustWithout nil 1")
    + calls("mustChunk-extra", "mustChunk 0 (list 1)")
    + calls("mustCompact-extra", "mustCompact nil")
    + calls("tuple-extra", "tuple .Values.missing | len")
)
REGEX += (
    calls("mustRegexFindAll-extra", 'mustRegexFindAll "[" "x" 1')
    + calls("mustRegexReplaceAll-extra", 'mustRegexReplaceAll "(?P<x>a)" "aa" "${x}!"')
    + calls("mustRegexReplaceAllLiteral-extra", 'mustRegexReplaceAllLiteral "a+" "baab" "${0}"')
    + calls("mustRegexSplit-extra", 'mustRegexSplit "a|" "xay" -1')
)
SUITES.update({"strings": STRINGS, "math": MATH, "lists": LISTS, "regex": REGEX})

# RE2 syntax corners: every pattern is matched with regexFindAll (or compiled with
# mustRegexMatch) so that the recorded output shows exactly what matched.
REGEX_SYNTAX = [
    ("[]a]+", "a]b]"), ("[^]a]+", "a]bc"), ("[a-]+", "a-b"), ("[-a]+", "-ab"), ("\\\\x{263a}|\\\\x41", "A☺"),
    ("\\\\101\\\\0", "A\\u0000"), ("(a(?i)b)c", "aBc abC"), ("(?i:x)y", "XY Xy"), ("(?i)a(?-i)b", "AB Ab"),
    ("(?s-m:a.$)", "a\\n"), ("(?m)^b", "a\\nb"), ("(?m)a$", "a\\nb"), ("x{,3}", "x{,3}"), ("x{2,}", "xxxxx x"),
    ("a{", "a{"), ("[[:word:]]+", "a_1-b"), ("\\\\S+", "a b\\tc"), ("\\\\D\\\\W", "a. 1"), ("[^\\\\d]+", "ab1c"),
    ("[\\\\d-z]+", "1-z"), ("\\\\bfoo\\\\b", "foo foobar éfoo"), ("\\\\Bo\\\\B", "foo"), ("a+?", "aaa"),
    ("a*?b", "aab"), ("(?U)a+?", "aaa"), ("(a|ab)(c|bcd)(d*)", "abcd"), ("\\\\pL+", "héllo wörld 12"),
    ("\\\\p{Lu}", "aBcD"), ("\\\\PL+", "ab12cd"), ("\\\\p{^L}+", "ab12"), ("[\\\\p{Greek}x]+", "αβx y"),
    ("[[:^digit:]]+", "ab12"), ("[[:alpha:][:digit:]]+", "a1-b2"), ("\\\\Qa+b\\\\E+", "a+bb"), ("(?i)straße", "STRASSE Straße"),
    ("(?i)[k]", "K k \\u212a"), ("^", "abc"), ("$", "abc"), ("\\\\A|\\\\z", "ab"), ("(|a)+", "aa"), ("(a*)+", "b"),
    ("[a-c&&b]", "a&b"), ("\\\\.", "a.b"), ("\\\\_", "a_b"), ("\\\\t\\\\n\\\\f\\\\r\\\\v\\\\a", "\\t\\n\\f\\r\\u000b\\u0007"),
    (".", "é😀"), ("[^a]", "\\n"), ("(?i)Σ", "σς"), ("a|b|", "abc"), ("(?:a)", "a"), ("(?P<y>x)(?<z>y)", "xy"),
    ("[\\\\x00-\\\\x{10FFFF}]", "é"), ("\\\\x{110000}", "a"), ("\\\\8", "a"), ("\\\\Z", "a"), ("(?P=n)", "a"),
    ("a{1,1001}", "a"), ("a{1000}", "b"), ("(?i", "a"), ("(?i-)", "a"), ("(?-)", "a"), ("x++", "x"), ("x*+", "x"),
    ("x?*", "x"), ("()", "a"), ("(?:)|a", "a"), ("[", "a"), ("[a", "a"), ("[a-", "a"), ("[z-a]", "a"), ("[[:foo:]]", "a"),
    ("\\\\p{Foo}", "a"), ("\\\\p{latin}", "a"), ("\\\\p{Latin}+", "abc"), ("\\\\pN+", "a12"), ("\\\\p{", "a"),
    ("\\\\cA", "a"), ("\\\\e", "a"), ("(?<name", "a"), ("(?P<>a)", "a"), ("a)b(", "a"), ("(a))", "a"), ("((a)", "a"),
    ("\\\\1", "a"), ("(?#c)", "a"), ("a{2}{3}", "a"), ("a**", "a"), ("a*?*", "a"), ("*a", "a"), ("|*", "a"),
    ("(*)", "a"), ("^*", "a"), ("\\\\b+", "a"), ("\\\\C", "a"), ("[\\\\b]", "a"), ("x{1001,}", "a"), ("x{99999999999}", "a"),
    ("x{01}", "x{01}"), ("\\\\x{}", "a"), ("\\\\xg", "a"), ("[\\\\Q]\\\\E]", "]"), ("\\\\Qab", "ab"), ("a\\\\", "a"),
]
REGEX_SYNTAX_CASES = [
    {"name": f"syntax-{i + 1}", "template": '{{ mustRegexFindAll "' + p + '" "' + s + '" -1 }}'}
    for i, (p, s) in enumerate(REGEX_SYNTAX)
]
REPLACE_CASES = calls(
    "replace-semantics",
    'regexReplaceAll "a|" "xay" "<$0>"', 'regexReplaceAll "(a)|b" "ab" "[$1]"', 'regexReplaceAll "\\\\b" "ab cd" "|"',
    'regexReplaceAll "(?m)^" "a\\nb\\n" "> "', 'regexReplaceAll "(?m)$" "a\\nb" ";"', 'regexReplaceAll "é*" "aé" "-"',
    'regexReplaceAll "(?P<word>\\\\w+)" "hi there" "${word}$word1${word}_"', 'regexReplaceAll "(x)?y" "y" "[$1]"',
    'regexReplaceAll "a" "aaa" "$"', 'regexReplaceAll "a" "a" "${"', 'regexReplaceAll "a" "a" "$}"',
    'regexReplaceAll "(a)" "a" "${1a}|$1a|${1}a"', 'regexSplit "" "é😀" -1', 'regexSplit "b*" "abc" 2',
    'regexFindAll "\\\\b" "ab cd" -1 | len', 'regexFindAll "(?i)é" "ÉéE" -1',
)
SUITES["regex_syntax"] = REGEX_SYNTAX_CASES + REPLACE_CASES

# Unicode class names, looked up loosely since Go 1.25.
for i, name in enumerate(["Latn", "LATIN", "lu", "Letter", "greek", "L&", "LC", "Cn", "old_italic", "Old_Italic",
                          "ASCII", "any", "Lowercase_Letter", "lowercase letter", "Han", "White_Space", "Thai", "Zyyy",
                          "Common", "Assigned", "decimal-number", "L"]):
    SUITES["regex_syntax"].append(
        {"name": f"unicode-class-{i + 1}", "template": '{{ mustRegexFindAll "\\\\p{' + name + '}" "aBα1 ก" -1 }}'})

# A deterministic sweep of float64 values through the float verbs (shortest digits, fixed
# precisions, exponent switches, rounding ties).
def _float_sweep():
    import random
    rng = random.Random(20261129)
    values = [0.0, -0.0, 1.0, 0.5, 1e-7, 123456.0, 999999.5, 1e6, 1e15, 1e16, 1e20, 1e21, 1e22, 2.5e-5, 0.1, 0.7,
              1 / 3, 2 / 3, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 0.125, 12.5]
    for _ in range(80):
        exponent = rng.randint(-30, 30)
        values.append(round(rng.uniform(-10, 10), rng.randint(0, 17)) * 10 ** exponent)
    cases = []
    formats = ["%v", "%e", "%g", "%.3g", "%.0f", "%.2f", "%10.4e", "%G", "%.12g", "%x", "%+.1e", "%#g"]
    for i in range(0, len(values), 4):
        chunk = values[i:i + 4]
        for j, fmt in enumerate(formats):
            cases.append(printf(f"float-sweep-{i // 4 + 1}-{j + 1}", " ".join([fmt] * len(chunk)), *[F(v) for v in chunk]))
    return cases


FMT.extend(_float_sweep())
FMT.extend([
    printf("int-sweep-1", "%d %x %o %b %X %#x %08d %-8d| %+d", *[I(v) for v in (-1, 255, 8, 5, 48879, 0, -12, 7, 0)]),
    printf("int-sweep-2", "%5.3d|%-+6d|% 05d|%#o|%#b|%#X|%O", *[I(v) for v in (7, 3, -4, 0, 0, 255, -8)]),
    printf("int64-verbs", "%v %d %x %c %q %U", *[I64(v) for v in (-5, 1 << 40, 1 << 62, 66, 67, 68)]),
    printf("nested-verbs", "%5v|%-4v|%x|%X|%q|%05d", L(I(1), S("a")), M(k=I(2)), L(S("hi"), I(255)), M(a=S("z")),
           L(S("x"), I(65)), L(I(1), F(2.0))),
    printf("nested-sharp", "%#v|%#v|%#v", M(a=L(NIL, B(True)), b=M()), L(M(x=F(1.5))), SS()),
    printf("plus-v", "%+v|%+d|%+q", L(I(1), I(-1)), L(I(2)), S("é")),
])

# A sweep of tricky strings through the rune- and byte-based string functions.
SWEEP_STRINGS = [
    "", " ", "a", "Hello World", "hello_world-foo bar", "HTTPServerURL", "already_snake_case", "XMLHttpRequest2",
    "ÉCOLE été", "ǅungla ǆ", "İstanbul ıi", "straße STRASSE", "µ ΣΑΣ σας", "日本語 テキスト", "tab\tnew\nline",
    "  lead and trail  ", "a--b__c  d", "123abc456DEF", "Ab1Cd2", "x.y,z;w", "don't STOP-me_now", "ᾳ ﬁ Ǉ",
    "emoji 😀 mix", "A", "aB", "__init__", "-x-", "v1.2.3-beta+meta", "camelCase Words HERE",
]
SWEEP_FUNCTIONS = ["upper", "lower", "title", "untitle", "swapcase", "snakecase", "kebabcase", "camelcase", "initials",
                   "nospace", "trim", "abbrev 8", "trunc 5", "trunc -4", "wrap 6", "wrapWith 4 \"|\"", "substr 1 4",
                   "quote", "squote", "splitList \" \"", "sortAlpha (splitList \" \"", "b64enc", "b32enc", "toJson",
                   "regexQuoteMeta", "indent 2", "replace \" \" \"_\"", "repeat 2", "contains \"a\"", "title (lower"]


# Functions that cut UTF-8 sequences apart: their output is not text the recorder can keep.
BYTE_BASED = ("abbrev", "trunc", "wrap", "wrapWith", "substr", "initials", "nospace")


def _sweep_cases():
    import json as _json
    cases = []
    for i, fn in enumerate(SWEEP_FUNCTIONS):
        closing = ")" * fn.count("(")
        strings = [s for s in SWEEP_STRINGS if s.isascii()] if fn.split()[0] in BYTE_BASED else SWEEP_STRINGS
        pieces = [f"{{{{ {fn} {_json.dumps(s, ensure_ascii=False)}{closing} }}}}" for s in strings]
        cases.append({"name": f"sweep-{fn.split()[0]}-{i + 1}", "template": "|".join(pieces)})
    return cases


SUITES["strings_sweep"] = _sweep_cases()

# Extreme integer arguments: Go's int arithmetic wraps, nothing may trap. (Sequences Go would
# build until memory runs out, such as `until -9223372036854775808`, kill the recorder itself.)
SUITES["strings"] = SUITES["strings"] + calls(
    "extreme", 'abbrevboth -9223372036854775808 10 "abcdefghijklmnop"', 'abbrev 9223372036854775807 "abc"',
    'trunc -9223372036854775808 "abc"', 'substr -9223372036854775808 9223372036854775807 "abc"',
    'wrap 9223372036854775807 "a b"', 'wrapWith -9223372036854775808 "|" "a b"', 'indent 9223372036854775807 "x"',
    'repeat 9223372036854775807 "ab"', 'splitn "," 9223372036854775807 "a,b"', 'plural "a" "b" -9223372036854775808',
)
SUITES["math"] = SUITES["math"] + calls(
    "extreme", "untilStep -9223372036854775808 9223372036854775807 -1",
    "seq 9223372036854775807", "round 1.5 9223372036854775807", "chunk -9223372036854775808 (list 1 2)",
    "mod -9223372036854775808 -1", "mul -9223372036854775808 -1", "slice (list 1 2) -9223372036854775808",
)

# Case folding of negated classes and class escapes.
for i, (p, s) in enumerate([("(?i)[^a]+", "aAbB"), ("(?i)[^k]+", "kK\\u212ax"), ("(?i)\\\\W+", "k\\u212a-"),
                            ("(?i)[[:upper:]]+", "abcDEF"), ("(?i)\\\\p{Lu}+", "abcDEF"), ("(?i)[^[:lower:]]+", "aB1"),
                            ("(?i)σ+", "ΣσςX"), ("(?i)[a-c]+", "ABCD"), ("(?i)\\\\x{212a}", "kK")]):
    SUITES["regex_syntax"].append(
        {"name": f"fold-{i + 1}", "template": '{{ mustRegexFindAll "' + p + '" "' + s + '" -1 }}'})

# Go strings are bytes: values that are not UTF-8 (b64dec of binary data, trunc or substr through a
# character) must keep their bytes for len, the encoders, fmt and quoting. Outputs stay valid text.
SUITES["encoding"] = SUITES["encoding"] + calls(
    "bytes", 'b64dec "gA==" | len', 'b64dec "/w==" | b64enc', 'b64dec "gP8A" | printf "%x"',
    'b64dec "gP8A" | printf "%q"', 'b64dec "gP8A" | quote', 'b64dec "gP9h" | toJson', 'b32dec "QA======" | b32enc',
    'trunc 2 "héllo" | b64enc', 'trunc -4 "héllo" | b64enc', 'substr 0 2 "héllo" | len', 'substr 2 4 "héllo" | b64enc',
    'abbrev 5 "éééé" | b64enc', 'printf "%s" (b64dec "gA==") | b64enc', 'cat (b64dec "gA==") "x" | b64enc',
    'b64dec "gA==" | toString | len', 'printf "%s%s" (trunc 2 "é") (substr 1 2 "é") | len',
    'b64dec "gP9h" | upper | b64enc', 'b64dec "gP9h" | replace "a" "b" | b64enc',
)
