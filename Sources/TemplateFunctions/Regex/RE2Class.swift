import Foundation

/// Character classes and escapes of Go's RE2 syntax, translated to ICU set syntax.
enum RE2Class {
    typealias Problem = RE2Syntax.Problem

    private static func range(_ lo: UInt32, _ hi: UInt32) -> String {
        lo == hi ? "\\x{\(String(lo, radix: 16))}" : "\\x{\(String(lo, radix: 16))}-\\x{\(String(hi, radix: 16))}"
    }

    private static func ranges(_ pairs: [(UInt32, UInt32)]) -> String {
        pairs.map { range($0.0, $0.1) }.joined()
    }

    /// Go's Perl classes, ASCII only: `\d`, `\s`, `\w`.
    private static let perlClasses: [Unicode.Scalar: [(UInt32, UInt32)]] = [
        "d": [(0x30, 0x39)],
        "s": [(0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20)],
        "w": [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)],
    ]

    /// POSIX classes `[:name:]`, ASCII only.
    private static let posixClasses: [String: [(UInt32, UInt32)]] = [
        "alnum": [(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)],
        "alpha": [(0x41, 0x5A), (0x61, 0x7A)],
        "ascii": [(0x00, 0x7F)],
        "blank": [(0x09, 0x09), (0x20, 0x20)],
        "cntrl": [(0x00, 0x1F), (0x7F, 0x7F)],
        "digit": [(0x30, 0x39)],
        "graph": [(0x21, 0x7E)],
        "lower": [(0x61, 0x7A)],
        "print": [(0x20, 0x7E)],
        "punct": [(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)],
        "space": [(0x09, 0x0D), (0x20, 0x20)],
        "upper": [(0x41, 0x5A)],
        "word": [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)],
        "xdigit": [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
    ]

    /// Go's Unicode general categories (`\pL`, `\p{Lu}`).
    private static let categories: Set<String> = [
        "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
        "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk",
        "Sm", "So", "Z", "Zl", "Zp", "Zs",
    ]

    private static func text(_ runes: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: runes[from..<min(to, runes.count)])
        return String(view)
    }

    /// `\d \D \s \S \w \W \pX \p{Name} \PX \P{Name}` at `start`: the ICU set body and the
    /// position after it, or `nil` when the escape is not a class.
    static func classEscape(_ runes: [Unicode.Scalar], _ start: Int) throws -> (String, Int)? {
        guard start + 1 < runes.count, runes[start] == "\\" else { return nil }
        let letter = runes[start + 1]
        let lower = Unicode.Scalar(letter.value | 0x20) ?? letter
        if let pairs = perlClasses[lower], letter == lower || letter.value == lower.value - 0x20 {
            let body = ranges(pairs)
            return (letter == lower ? body : "[^" + body + "]", start + 2)
        }
        guard letter == "p" || letter == "P" else { return nil }
        var negated = letter == "P"
        var name: String
        var next: Int
        guard start + 2 < runes.count else {
            throw Problem(code: "invalid character class range", expression: text(runes, start, runes.count))
        }
        if runes[start + 2] == "{" {
            guard let close = runes[(start + 2)...].firstIndex(of: "}") else {
                throw Problem(code: "invalid character class range", expression: text(runes, start, runes.count))
            }
            name = text(runes, start + 3, close)
            next = close + 1
        } else {
            name = String(runes[start + 2])
            next = start + 3
        }
        let sequence = text(runes, start, next)
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        guard let set = unicodeClass(name) else {
            throw Problem(code: "invalid character class range", expression: sequence)
        }
        return (negated ? "[^" + set + "]" : set, next)
    }

    /// The ICU set for a `\p{name}` Go accepts. Since Go 1.25 names are looked up ignoring
    /// case, spaces, `_` and `-` (Unicode TR18): `Any`, `ASCII`, `Assigned`, the category codes
    /// and their long names (`Lowercase_Letter`), and the one-word script names (`latin`);
    /// Go's multi-word script names (`Old_Italic`) and ISO codes (`Latn`) never match.
    private static func unicodeClass(_ name: String) -> String? {
        let key = String(name.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
        switch key {
        case "any": return range(0, 0x10FFFF)
        case "ascii": return range(0, 0x7F)
        case "assigned": return "\\P{gc=Cn}"
        default: break
        }
        if let code = categoryCodes[key] ?? categoryNames[key] { return "\\p{gc=\(code)}" }
        guard key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }), key.count != 4 || fourLetterScripts.contains(key),
              !multiWordScripts.contains(key), (try? NSRegularExpression(pattern: "\\p{sc=\(key)}")) != nil
        else { return nil }
        return "\\p{sc=\(key)}"
    }

    private static let categoryCodes: [String: String] = Dictionary(
        uniqueKeysWithValues: (categories.union(["LC", "Cn"])).map { ($0.lowercased(), $0) })

    private static let categoryNames: [String: String] = [
        "other": "C", "control": "Cc", "format": "Cf", "unassigned": "Cn", "privateuse": "Co", "surrogate": "Cs",
        "letter": "L", "casedletter": "LC", "lowercaseletter": "Ll", "modifierletter": "Lm", "otherletter": "Lo",
        "titlecaseletter": "Lt", "uppercaseletter": "Lu", "mark": "M", "spacingmark": "Mc", "enclosingmark": "Me",
        "nonspacingmark": "Mn", "number": "N", "decimalnumber": "Nd", "letternumber": "Nl", "othernumber": "No",
        "punctuation": "P", "connectorpunctuation": "Pc", "dashpunctuation": "Pd", "closepunctuation": "Pe",
        "finalpunctuation": "Pf", "initialpunctuation": "Pi", "otherpunctuation": "Po", "openpunctuation": "Ps",
        "symbol": "S", "currencysymbol": "Sc", "modifiersymbol": "Sk", "mathsymbol": "Sm", "othersymbol": "So",
        "separator": "Z", "lineseparator": "Zl", "paragraphseparator": "Zp", "spaceseparator": "Zs",
    ]

    /// Script long names of four letters (other four-letter names are ISO codes Go lacks).
    private static let fourLetterScripts: Set<String> = ["ahom", "cham", "lisu", "modi", "newa", "thai", "toto"]

    /// Go's script names with `_`, unreachable through its normalised lookup.
    private static let multiWordScripts: Set<String> = [
        "anatolianhieroglyphs", "canadianaboriginal", "caucasianalbanian", "cyprominoan", "divesakuru",
        "egyptianhieroglyphs", "gunjalagondi", "hanifirohingya", "imperialaramaic", "inscriptionalpahlavi",
        "inscriptionalparthian", "kayahli", "khitansmallscript", "lineara", "linearb", "masaramgondi",
        "meeteimayek", "mendekikakui", "meroiticcursive", "meroitichieroglyphs", "newtailue",
        "nyiakengpuachuehmong", "olchiki", "oldhungarian", "olditalic", "oldnortharabian", "oldpermic",
        "oldpersian", "oldsogdian", "oldsoutharabian", "oldturkic", "olduyghur", "pahawhhmong", "paucinhau",
        "psalterpahlavi", "sorasompeng", "sylotinagri", "taile", "taitham", "taiviet", "warangciti",
        "zanabazarsquare",
    ]

    /// Go's `parseEscape`: one escaped rune (`\n`, `\x41`, `\x{263a}`, `\123`, `\.`).
    static func escapedRune(_ runes: [Unicode.Scalar], _ start: Int) throws -> (Unicode.Scalar, Int) {
        var i = start + 1
        guard i < runes.count else { throw Problem(code: "trailing backslash at end of expression", expression: "") }
        let c = runes[i]
        i += 1
        func invalid() -> Problem { Problem(code: "invalid escape sequence", expression: text(runes, start, i)) }
        func octal(_ r: Unicode.Scalar) -> Bool { ("0"..."7").contains(r) }
        switch c {
        case "1"..."7" where !(i < runes.count && octal(runes[i])):
            throw invalid()
        case "0"..."7":
            var value = c.value - 48
            var digits = 1
            while digits < 3 && i < runes.count && octal(runes[i]) {
                value = value * 8 + runes[i].value - 48
                i += 1
                digits += 1
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", i)
        case "x":
            guard i < runes.count else { throw invalid() }
            let first = runes[i]
            i += 1
            if first == "{" {
                var value: UInt32 = 0
                var digits = 0
                while true {
                    guard i < runes.count else { throw invalid() }
                    let d = runes[i]
                    i += 1
                    if d == "}" { break }
                    guard let v = hex(d) else { throw invalid() }
                    value = value * 16 + v
                    guard value <= 0x10FFFF else { throw invalid() }
                    digits += 1
                }
                guard digits > 0, let scalar = Unicode.Scalar(value) else { throw invalid() }
                return (scalar, i)
            }
            guard i < runes.count else { throw invalid() }
            let second = runes[i]
            i += 1
            guard let high = hex(first), let low = hex(second), let scalar = Unicode.Scalar(high * 16 + low) else {
                throw invalid()
            }
            return (scalar, i)
        case "a": return ("\u{07}", i)
        case "f": return ("\u{0C}", i)
        case "n": return ("\n", i)
        case "r": return ("\r", i)
        case "t": return ("\t", i)
        case "v": return ("\u{0B}", i)
        default:
            if c.isASCII && !(c.properties.isAlphabetic || ("0"..."9").contains(c)) { return (c, i) }
            throw invalid()
        }
    }

    private static func hex(_ r: Unicode.Scalar) -> UInt32? {
        switch r {
        case "0"..."9": return r.value - 48
        case "a"..."f": return r.value - 87
        case "A"..."F": return r.value - 55
        default: return nil
        }
    }

    /// A bracketed class starting at `start` (`[`): the ICU set and the position after `]`.
    static func parse(_ runes: [Unicode.Scalar], _ start: Int) throws -> (String, Int) {
        let whole = text(runes, start, runes.count)
        var i = start + 1
        var negated = false
        if i < runes.count && runes[i] == "^" {
            negated = true
            i += 1
        }
        var items = ""
        var first = true
        while i >= runes.count || runes[i] != "]" || first {
            first = false
            if i + 2 < runes.count && runes[i] == "[" && runes[i + 1] == ":" {
                if let close = findPosixEnd(runes, i + 2) {
                    var name = text(runes, i + 2, close)
                    let negatedPosix = name.hasPrefix("^")
                    if negatedPosix { name.removeFirst() }
                    guard let pairs = posixClasses[name] else {
                        throw Problem(code: "invalid character class range", expression: text(runes, i, close + 2))
                    }
                    items += negatedPosix ? "[^" + ranges(pairs) + "]" : ranges(pairs)
                    i = close + 2
                    continue
                }
            }
            if let (set, next) = try classEscape(runes, i) {
                items += set
                i = next
                continue
            }
            let rangeStart = i
            let low = try classCharacter(runes, &i, whole)
            var high = low
            if i + 1 < runes.count && runes[i] == "-" && runes[i + 1] != "]" {
                i += 1
                high = try classCharacter(runes, &i, whole)
                if high.value < low.value {
                    throw Problem(code: "invalid character class range", expression: text(runes, rangeStart, i))
                }
            }
            items += range(low.value, high.value)
        }
        return ((negated ? "[^" : "[") + items + "]", i + 1)
    }

    private static func findPosixEnd(_ runes: [Unicode.Scalar], _ from: Int) -> Int? {
        var j = from
        while j + 1 < runes.count {
            if runes[j] == ":" && runes[j + 1] == "]" { return j }
            j += 1
        }
        return nil
    }

    private static func classCharacter(_ runes: [Unicode.Scalar], _ i: inout Int, _ whole: String) throws -> Unicode.Scalar {
        guard i < runes.count else { throw Problem(code: "missing closing ]", expression: whole) }
        if runes[i] == "\\" {
            let (rune, next) = try escapedRune(runes, i)
            i = next
            return rune
        }
        defer { i += 1 }
        return runes[i]
    }
}
