/// libyaml's `yaml_emitter_analyze_scalar` as go-yaml ports it: which scalar styles can carry
/// a string unchanged. Character classes are go-yaml's byte-level ones, e.g. 4-byte UTF-8
/// (emoji) counts as non-printable and forces double quotes.
struct YAMLScalarAnalysis {
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    /// Analyses `text`; `tabsInBlocks` is go-yaml v3's rule that a tab only rules out plain and
    /// single-quoted styles (v2 treats it as any other special character).
    init(_ text: String, tabsInBlocks: Bool = false) {
        let chars = Array(text.unicodeScalars)
        if chars.isEmpty {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        var blockIndicators = false, flowIndicators = false, lineBreaks = false, specialCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false, tabs = false
        if text.hasPrefix("---") || text.hasPrefix("...") {
            blockIndicators = true
            flowIndicators = true
        }
        var precededByWhitespace = true
        for (index, c) in chars.enumerated() {
            // go-yaml looks at the next character only, and counts only spaces and tabs.
            let followedByWhitespace = index + 1 >= chars.count || chars[index + 1] == " " || chars[index + 1] == "\t"
            let first = index == 0
            let last = index == chars.count - 1
            if first {
                switch c {
                case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
                    flowIndicators = true; blockIndicators = true
                case "?", ":":
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case "-":
                    if followedByWhitespace { flowIndicators = true; blockIndicators = true }
                default: break
                }
            } else {
                switch c {
                case ",", "?", "[", "]", "{", "}":
                    flowIndicators = true
                case ":":
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case "#":
                    if precededByWhitespace { flowIndicators = true; blockIndicators = true }
                default: break
                }
            }
            if c == "\t" && tabsInBlocks {
                tabs = true
            } else if !Self.isPrintable(c) {
                specialCharacters = true
            }
            if Self.isBreak(c) { lineBreaks = true }
            if c == " " {
                if first { leadingSpace = true }
                if last { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true; previousBreak = false
            } else if Self.isBreak(c) {
                if first { leadingBreak = true }
                if last { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousBreak = true; previousSpace = false
            } else {
                previousSpace = false; previousBreak = false
            }
            precededByWhitespace = Self.isBlankOrBreak(c)
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false; blockPlainAllowed = false
        }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            flowPlainAllowed = false; blockPlainAllowed = false; singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            flowPlainAllowed = false; blockPlainAllowed = false; singleQuotedAllowed = false; blockAllowed = false
        }
        if tabs { flowPlainAllowed = false; blockPlainAllowed = false; singleQuotedAllowed = false }
        if lineBreaks { flowPlainAllowed = false; blockPlainAllowed = false }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }

    /// go-yaml's `is_printable` (byte-level): LF, printable ASCII, U+00A0–U+D7FF, U+E000–U+FFFD
    /// except the BOM; never anything beyond the BMP.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v == 0x0A || (0x20...0x7E).contains(v) { return true }
        if (0xA0...0xD7FF).contains(v) { return true }
        if (0xE000...0xFFFD).contains(v) { return v != 0xFEFF }
        return false
    }

    /// CR, LF, NEL, LS and PS.
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\r" || c == "\n" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }

    /// Space, tab, a break, or NUL (`is_blankz`).
    static func isBlankOrBreak(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\0" || isBreak(c)
    }
}
