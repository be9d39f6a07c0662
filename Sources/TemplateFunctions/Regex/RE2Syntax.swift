/// Go's RE2 regular expression syntax (`regexp/syntax` with Perl flags), checked and
/// translated into an equivalent ICU pattern for `NSRegularExpression`.
///
/// Everything is translated explicitly rather than passed through, because ICU's defaults
/// differ from Go's: `\d \s \w \b` are ASCII in Go, `$` means end of text (not before a final
/// newline), `.` excludes only `\n`, and flags apply to the group that sets them. Literals
/// become `\x{…}` escapes and case-insensitive pieces `(?i:…)`, so no ICU flag is needed.
/// Syntax ICU would accept but RE2 rejects (backreferences, lookaround, possessive
/// quantifiers) fails with Go's `error parsing regexp: CODE: `EXPR`` text.
struct RE2Syntax {
    /// The ICU pattern.
    var icuPattern = ""
    /// Capture group names by group number (index 0 is the whole match, unnamed groups `""`),
    /// Go's `SubexpNames`.
    var groupNames: [String] = [""]

    /// A syntax error with Go's code and the offending text.
    struct Problem: Error, CustomStringConvertible {
        var code: String
        var expression: String
        var description: String { "error parsing regexp: \(code): `\(expression)`" }
    }

    private struct Flags {
        var foldCase = false
        var multiLine = false
        var dotNewline = false
        var nonGreedy = false
    }

    private struct Item {
        var text: String
        var quantified = false
        var emptyWidth = false
    }

    private struct Frame {
        var items: [Item] = []
        var alternatives: [String] = []
        var savedFlags: Flags
        var opening: String
    }

    /// Parses `pattern`; throws a `Problem` where Go's parser would.
    init(_ pattern: String) throws {
        let runes = Array(pattern.unicodeScalars)
        var flags = Flags()
        var frames = [Frame(savedFlags: flags, opening: "")]
        var i = 0
        var lastRepeatStart: Int?
        func text(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: runes[from..<min(to, runes.count)])
            return String(view)
        }
        func push(_ item: Item) { frames[frames.count - 1].items.append(item) }
        func literal(_ r: Unicode.Scalar) -> Item {
            Item(text: RE2Syntax.literal(r, fold: flags.foldCase))
        }
        while i < runes.count {
            var repeatStart: Int?
            let c = runes[i]
            switch c {
            case "(":
                if i + 1 < runes.count && runes[i + 1] == "?" {
                    i = try parseGroupFlags(runes, i, &flags, &frames, text)
                } else {
                    groupNames.append("")
                    frames.append(Frame(savedFlags: flags, opening: "("))
                    i += 1
                }
            case "|":
                let frame = frames[frames.count - 1]
                frames[frames.count - 1].alternatives.append(frame.items.map(\.text).joined())
                frames[frames.count - 1].items = []
                i += 1
            case ")":
                guard frames.count > 1, let frame = frames.popLast() else {
                    throw Problem(code: "unexpected )", expression: pattern)
                }
                let body = (frame.alternatives + [frame.items.map(\.text).joined()]).joined(separator: "|")
                flags = frame.savedFlags
                push(Item(text: frame.opening + body + ")"))
                i += 1
            case "^":
                push(Item(text: flags.multiLine ? "(?m:^)" : "\\A", emptyWidth: true))
                i += 1
            case "$":
                push(Item(text: flags.multiLine ? "(?m:$)" : "\\z", emptyWidth: true))
                i += 1
            case ".":
                push(Item(text: flags.dotNewline ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{A}]"))
                i += 1
            case "[":
                let (set, next) = try RE2Class.parse(runes, i)
                push(Item(text: RE2Syntax.wrapFold(set, flags.foldCase)))
                i = next
            case "*", "+", "?", "{":
                var minimum = 0, maximum = -1
                var end = i + 1
                if c == "{" {
                    guard let (low, high, after) = RE2Syntax.parseCount(runes, i) else {
                        push(literal("{"))
                        i += 1
                        break
                    }
                    if low < 0 || low > 1000 || high > 1000 || (high >= 0 && low > high) {
                        throw Problem(code: "invalid repeat count", expression: text(i, after))
                    }
                    (minimum, maximum, end) = (low, high, after)
                }
                var lazy = flags.nonGreedy
                if end < runes.count && runes[end] == "?" {
                    lazy.toggle()
                    end += 1
                }
                if let previous = lastRepeatStart {
                    throw Problem(code: "invalid nested repetition operator", expression: text(previous, end))
                }
                guard var item = frames[frames.count - 1].items.popLast() else {
                    throw Problem(code: "missing argument to repetition operator", expression: text(i, end))
                }
                if item.quantified || item.emptyWidth { item.text = "(?:" + item.text + ")" }
                let quantifier: String
                switch c {
                case "*": quantifier = "*"
                case "+": quantifier = "+"
                case "?": quantifier = "?"
                default: quantifier = maximum == minimum ? "{\(minimum)}" : "{\(minimum),\(maximum < 0 ? "" : String(maximum))}"
                }
                push(Item(text: item.text + quantifier + (lazy ? "?" : ""), quantified: true))
                repeatStart = i
                i = end
            case "\\":
                let (items, next) = try parseEscapeItem(runes, i, flags, text)
                items.forEach(push)
                i = next
            default:
                push(literal(c))
                i += 1
            }
            lastRepeatStart = repeatStart
        }
        guard frames.count == 1, let top = frames.first else { throw Problem(code: "missing closing )", expression: pattern) }
        icuPattern = "(?:" + (top.alternatives + [top.items.map(\.text).joined()]).joined(separator: "|") + ")"
    }

    /// `(?flags)`, `(?flags:`, `(?P<name>` and `(?<name>`; returns the position after it.
    private mutating func parseGroupFlags(
        _ runes: [Unicode.Scalar], _ start: Int, _ flags: inout Flags, _ frames: inout [Frame],
        _ text: (Int, Int) -> String
    ) throws -> Int {
        let count = runes.count
        let pythonName = count - start > 4 && runes[start + 2] == "P" && runes[start + 3] == "<"
        if pythonName || (count - start > 3 && runes[start + 2] == "<") {
            let begin = start + (pythonName ? 4 : 3)
            guard let close = runes[start...].firstIndex(of: ">") else {
                throw Problem(code: "invalid named capture", expression: text(start, count))
            }
            let name = text(begin, close)
            let valid = !name.isEmpty && name.unicodeScalars.allSatisfy {
                $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
            }
            guard valid else { throw Problem(code: "invalid named capture", expression: text(start, close + 1)) }
            groupNames.append(name)
            frames.append(Frame(savedFlags: flags, opening: "("))
            return close + 1
        }
        var newFlags = flags
        var negated = false
        var sawFlag = false
        var i = start + 2
        while i < count {
            let c = runes[i]
            i += 1
            switch c {
            case "i": newFlags.foldCase = !negated; sawFlag = true
            case "m": newFlags.multiLine = !negated; sawFlag = true
            case "s": newFlags.dotNewline = !negated; sawFlag = true
            case "U": newFlags.nonGreedy = !negated; sawFlag = true
            case "-":
                if negated { throw Problem(code: "invalid or unsupported Perl syntax", expression: text(start, i)) }
                negated = true
                sawFlag = false
            case ":", ")":
                if negated && !sawFlag { throw Problem(code: "invalid or unsupported Perl syntax", expression: text(start, i)) }
                if c == ":" { frames.append(Frame(savedFlags: flags, opening: "(?:")) }
                flags = newFlags
                return i
            default:
                throw Problem(code: "invalid or unsupported Perl syntax", expression: text(start, i))
            }
        }
        throw Problem(code: "invalid or unsupported Perl syntax", expression: text(start, i))
    }

    /// An escape outside a class: assertions, `\Q…\E`, classes, or one literal rune.
    private func parseEscapeItem(
        _ runes: [Unicode.Scalar], _ start: Int, _ flags: Flags, _ text: (Int, Int) -> String
    ) throws -> ([Item], Int) {
        if start + 1 < runes.count {
            switch runes[start + 1] {
            case "A": return ([Item(text: "\\A", emptyWidth: true)], start + 2)
            case "z": return ([Item(text: "\\z", emptyWidth: true)], start + 2)
            case "b": return ([Item(text: RE2Syntax.wordBoundary, emptyWidth: true)], start + 2)
            case "B": return ([Item(text: RE2Syntax.notWordBoundary, emptyWidth: true)], start + 2)
            case "C": throw Problem(code: "invalid escape sequence", expression: text(start, start + 2))
            case "Q":
                var i = start + 2
                var literals: [Item] = []
                while i < runes.count {
                    if runes[i] == "\\" && i + 1 < runes.count && runes[i + 1] == "E" {
                        i += 2
                        break
                    }
                    literals.append(Item(text: RE2Syntax.literal(runes[i], fold: flags.foldCase)))
                    i += 1
                }
                return (literals, i)
            default:
                break
            }
        }
        if let (set, next) = try RE2Class.classEscape(runes, start) {
            return ([Item(text: RE2Syntax.wrapFold("[" + set + "]", flags.foldCase))], next)
        }
        let (rune, next) = try RE2Class.escapedRune(runes, start)
        return ([Item(text: RE2Syntax.literal(rune, fold: flags.foldCase))], next)
    }

    /// `{n}`, `{n,}`, `{n,m}` at `start`: (min, max or -1, position after); `nil` when it is
    /// not a repeat (then `{` is a literal). Leading zeros and 9+ digit numbers are not counts.
    private static func parseCount(_ runes: [Unicode.Scalar], _ start: Int) -> (Int, Int, Int)? {
        var i = start + 1
        var tooBig = false
        func number() -> Int? {
            let begin = i
            while i < runes.count && ("0"..."9").contains(runes[i]) { i += 1 }
            guard i > begin else { return nil }
            if i - begin > 1 && runes[begin] == "0" { return nil }
            var value = 0
            for r in runes[begin..<i] {
                if value >= 100_000_000 {
                    tooBig = true
                    return -1
                }
                value = value * 10 + Int(r.value - 48)
            }
            return value
        }
        guard let low = number() else { return nil }
        var high = low
        guard i < runes.count else { return nil }
        if runes[i] == "," {
            i += 1
            guard i < runes.count else { return nil }
            if runes[i] == "}" {
                high = -1
            } else {
                guard let value = number() else { return nil }
                high = value
            }
        }
        guard i < runes.count, runes[i] == "}" else { return nil }
        return (tooBig ? -1 : low, high, i + 1)
    }

    static func escape(_ r: Unicode.Scalar) -> String {
        "\\x{" + String(r.value, radix: 16) + "}"
    }

    /// One rune; case-insensitively as a one-rune set, because ICU folds sets rune by rune
    /// (Go's simple folding: `ß` matches `ẞ`, never `ss`) but folds literals fully.
    static func literal(_ r: Unicode.Scalar, fold: Bool) -> String {
        fold ? "(?i:[" + escape(r) + "])" : escape(r)
    }

    static func wrapFold(_ text: String, _ fold: Bool) -> String {
        fold ? "(?i:" + text + ")" : text
    }

    private static let word = "[0-9A-Za-z_]"
    /// Go's `\b`: an ASCII word boundary.
    static let wordBoundary = "(?:(?<=\(word))(?!\(word))|(?<!\(word))(?=\(word)))"
    /// Go's `\B`.
    static let notWordBoundary = "(?:(?<=\(word))(?=\(word))|(?<!\(word))(?!\(word)))"
}
