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
