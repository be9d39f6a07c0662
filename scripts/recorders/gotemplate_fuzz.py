"""Random templates over the language and Go's built-ins (fixed seed), for differential
checking against Helm: fixtures/gotemplate/fuzz.json is recorded from them by gotemplate.py."""

import random

KEYS = ["int", "neg", "big", "float", "small", "zero", "str", "numstr", "emptystr", "t", "f", "nul",
        "list", "nums", "emptylist", "map", "emptymap", "nested", "mixed", "missing", "unicode"]
LITERALS = ["0", "1", "-3", "2.5", "1e6", "0x1F", "'a'", "\"s\"", "\"\"", "`raw`", "true", "false", "nil", "1i"]
FUNCS = {"and": (1, 3), "or": (1, 3), "not": (1, 1), "len": (1, 1), "index": (1, 3), "eq": (2, 3), "ne": (2, 2),
         "lt": (2, 2), "le": (2, 2), "gt": (2, 2), "ge": (2, 2), "print": (0, 3), "println": (0, 2),
         "printf": (1, 3), "html": (1, 2), "js": (1, 2), "urlquery": (1, 2)}
SAFE_FUNCS = ["and", "or", "not", "print", "println", "printf", "html", "js", "urlquery"]
FORMATS = ["\"%v\"", "\"%d\"", "\"%s|%v\"", "\"%q\"", "\"%T\"", "\"%5.1f\"", "\"%x\"", "\"%t\""]


class Generator:
    def __init__(self, seed: int, safe: bool = False) -> None:
        self.rng = random.Random(seed)
        # A safe generator calls only functions that accept any operand, so that most of its
        # templates render and exercise printing, trimming and control flow.
        self.safe = safe
        self.variables: list[str] = []
        # Dot is Helm's whole top-level object outside range/with bodies; it holds Go structs
        # (.Capabilities, .Files) the module's tests do not model, so it is not used bare there.
        self.at_root = True

    def field(self) -> str:
        r = self.rng.random()
        key = self.rng.choice(KEYS)
        if r < 0.15:
            return "." + key if self.rng.random() < 0.5 else "$." + "Values." + key
        tail = ""
        if not self.safe and self.rng.random() < 0.25:
            tail = "." + self.rng.choice(["a", "b", "x", "c"])
        return ".Values." + key + tail

    def operand(self, depth: int) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(LITERALS)
        if r < 0.6:
            return self.field()
        if r < 0.7 and self.variables:
            return self.rng.choice(self.variables)
        if r < 0.8:
            return ".Values" if self.at_root else "."
        if depth > 2:
            return self.rng.choice(LITERALS)
        return "(" + self.command(depth + 1) + ")"

    def command(self, depth: int) -> str:
        if self.rng.random() < 0.35:
            return self.operand(depth)
        name = self.rng.choice(SAFE_FUNCS if self.safe else list(FUNCS))
        low, high = FUNCS[name]
        count = self.rng.randint(max(0, low - (1 if self.rng.random() < 0.1 else 0)), high)
        args = [self.operand(depth) for _ in range(count)]
        if name == "printf" and args and (self.safe or self.rng.random() < 0.8):
            args[0] = self.rng.choice(FORMATS)
        text = " ".join([name] + args)
        if self.rng.random() < 0.2:
            text += " | " + self.rng.choice(["print", "html", "printf \"%v\"", "not"] if self.safe else ["print", "len", "not", "printf \"%v\"", "html", "eq 1", "index .Values.map"])
        return text

    def space(self) -> str:
        return self.rng.choice([" ", " ", "  ", "\n", "\t"])

    def action(self, body: str) -> str:
        left = "- " if self.rng.random() < 0.2 else " "
        right = " -" if self.rng.random() < 0.2 else " "
        return "{{" + left + body + right + "}}"

    def text(self) -> str:
        return self.rng.choice(["a", " b ", "\n", "  \n  ", "x:", "|", "\t", ""])

    def block(self, depth: int) -> str:
        parts = []
        for _ in range(self.rng.randint(1, 4)):
            r = self.rng.random()
            parts.append(self.text())
            if r < 0.45 or depth > 2:
                if self.rng.random() < 0.2:
                    name = "$v" + str(len(self.variables))
                    parts.append(self.action(name + " := " + self.command(0)))
                    self.variables.append(name)
                else:
                    parts.append(self.action(self.command(0)))
            elif r < 0.6:
                saved = list(self.variables)
                parts.append(self.action("if " + self.command(0)) + self.block(depth + 1))
                if self.rng.random() < 0.5:
                    parts.append(self.action("else") + self.block(depth + 1))
                parts.append(self.action("end"))
                self.variables = saved
            elif r < 0.75:
                saved = list(self.variables)
                decl = ""
                if self.rng.random() < 0.5:
                    decl = "$k, $e := " if self.rng.random() < 0.5 else "$e := "
                    self.variables += ["$e"] + (["$k"] if "$k" in decl else [])
                head = self.action("range " + decl + self.command(0))
                parts.append(head + self.nested(depth))
                if self.rng.random() < 0.3:
                    parts.append(self.action("else") + self.block(depth + 1))
                parts.append(self.action("end"))
                self.variables = saved
            elif r < 0.9:
                saved = list(self.variables)
                parts.append(self.action("with " + self.command(0)) + self.nested(depth))
                if self.rng.random() < 0.3:
                    parts.append(self.action("else") + self.block(depth + 1))
                parts.append(self.action("end"))
                self.variables = saved
            else:
                parts.append(self.action("template \"t" + str(self.rng.randint(0, 1)) + "\" " + self.command(0)))
        return "".join(parts)

    def nested(self, depth: int) -> str:
        """A range or with body, where dot is the element or value."""
        saved = self.at_root
        self.at_root = False
        body = self.block(depth + 1)
        self.at_root = saved
        return body

    def template(self) -> str:
        self.variables = []
        self.at_root = True
        body = self.block(0)
        defines = ""
        if "template \"t" in body:
            self.variables = []
            self.at_root = False
            defines = "{{ define \"t0\" }}[{{ . }}]{{ end }}{{ define \"t1\" }}" + self.block(2) + "{{ end }}"
        return defines + body


def fuzz_cases(count: int = 400, seed: int = 20261129) -> list[tuple[str, str]]:
    generator = Generator(seed)
    safe = Generator(seed + 1, safe=True)
    return [(f"fuzz-{i:04d}", generator.template()) for i in range(count)] + [
        (f"fuzz-safe-{i:04d}", safe.template()) for i in range(count)]


class ControlGenerator:
    """Random nesting of control structures over well-typed data: range with break/continue,
    else-if / else-with chains, variable assignment, trim markers, defines and blocks."""

    COLLECTIONS = [".Values.list", ".Values.map", ".Values.nums", ".Values.emptylist", ".Values.nested", "3", "0",
                   ".Values.mixed", ".Values.missing"]
    CONDITIONS = ["eq $e \"b\"", "eq $i 1", "not $e", "$e", "and $i $e", "or .Values.f $e", "lt $i 2", "ge $i 1",
                  "eq (len .Values.list) 3", ".Values.t", ".Values.zero", "ne $i 0"]

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def trim(self, body: str) -> str:
        left = self.rng.choice(["- ", " ", " ", "-\n"])
        right = self.rng.choice([" -", " ", " ", "\n-"])
        return "{{" + left + body + right + "}}"

    def text(self) -> str:
        return self.rng.choice(["", "x", " ", "\n", "  \n", "[", "]", ";"])

    def statement(self, depth: int, in_range: bool) -> str:
        r = self.rng.random()
        if depth > 3 or r < 0.3:
            return self.text() + self.trim(self.rng.choice(
                ["$e", "$i", "$acc", "print $i $e", "printf \"%v-%v\" $i $e", "len $acc", "index .Values.list 1",
                 "$acc = print $acc $e", "$acc = $i", "$.Values.str"]))
        if r < 0.45 and in_range:
            return self.trim(self.rng.choice(["if " + self.rng.choice(self.CONDITIONS)])) + self.trim(
                self.rng.choice(["break", "continue"])) + self.trim("end")
        if r < 0.7:
            collection = self.rng.choice(self.COLLECTIONS)
            decl = self.rng.choice(["$i, $e := ", "$i, $e := ", "$e := ", "$i, $e = "])
            if collection in ("3", "0") and "," in decl:
                decl = "$e := "
            body = "".join(self.statement(depth + 1, True) for _ in range(self.rng.randint(1, 3)))
            tail = self.trim("else") + self.text() if self.rng.random() < 0.3 else ""
            return self.trim("range " + decl + collection) + body + tail + self.trim("end")
        if r < 0.85:
            chain = self.trim("if " + self.rng.choice(self.CONDITIONS)) + self.statement(depth + 1, in_range)
            for _ in range(self.rng.randint(0, 2)):
                chain += self.trim("else if " + self.rng.choice(self.CONDITIONS)) + self.statement(depth + 1, in_range)
            if self.rng.random() < 0.5:
                chain += self.trim("else") + self.statement(depth + 1, in_range)
            return chain + self.trim("end")
        chain = self.trim("with " + self.rng.choice(["$e", ".Values.missing", ".Values.map", "$i"])) + self.statement(depth + 1, in_range)
        if self.rng.random() < 0.5:
            chain += self.trim("else with " + self.rng.choice([".Values.str", "$e", "0"])) + self.statement(depth + 1, in_range)
        return chain + self.trim("end")

    def template(self) -> str:
        head = "{{ $i := 0 }}{{ $e := \"\" }}{{ $acc := \"\" }}"
        body = "".join(self.statement(0, False) for _ in range(self.rng.randint(1, 4)))
        if self.rng.random() < 0.3:
            body += self.trim("block \"blk\" .Values.list") + "{{ range . }}{{ . }}{{ end }}" + self.trim("end")
        return head + body + "|{{ $i }}|{{ $e }}|{{ $acc }}"


def control_cases(count: int = 300, seed: int = 7) -> list[tuple[str, str]]:
    generator = ControlGenerator(seed)
    return [(f"fuzz-control-{i:04d}", generator.template()) for i in range(count)]
