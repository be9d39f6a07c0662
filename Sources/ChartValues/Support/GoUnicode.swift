/// Go's `unicode` predicates and simple case mappings, which Sprig's string functions use
/// rune by rune (Swift's own case mappings are the full, multi-character ones).
public enum GoUnicode {
    /// `unicode.IsSpace`: the Latin-1 spaces plus every `White_Space` rune.
    public static func isSpace(_ r: Unicode.Scalar) -> Bool {
        switch r.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0...0xFF: return false
        default: return r.properties.isWhitespace
        }
    }

    /// `unicode.IsUpper`.
    public static func isUpper(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .uppercaseLetter }
    /// `unicode.IsLower`.
    public static func isLower(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .lowercaseLetter }
    /// `unicode.IsTitle`.
    public static func isTitle(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .titlecaseLetter }

    /// `unicode.IsLetter`.
    public static func isLetter(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `unicode.IsDigit`.
    public static func isDigit(_ r: Unicode.Scalar) -> Bool { r.properties.generalCategory == .decimalNumber }

    /// `unicode.IsNumber`.
    public static func isNumber(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `unicode.IsPunct`.
    public static func isPunct(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// `unicode.ToUpper`: the simple (one-rune) mapping; runes without one are unchanged.
    public static func toUpper(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if let upper = single(r.properties.uppercaseMapping) { return upper }
        // Runes whose full upper case is several runes (ᾳ → ΑΙ) have their title case as
        // simple upper case when that is one rune (ᾼ); the others (ß, ﬁ) have none.
        return single(r.properties.titlecaseMapping) ?? r
    }
    /// `unicode.ToLower`: the simple (one-rune) mapping.
    public static func toLower(_ r: Unicode.Scalar) -> Unicode.Scalar {
        // U+0130 is the one rune whose simple lower case (i) differs from its full one (i̇).
        r == "\u{130}" ? "i" : single(r.properties.lowercaseMapping) ?? r
    }
    /// `unicode.ToTitle`: the simple (one-rune) mapping.
    public static func toTitle(_ r: Unicode.Scalar) -> Unicode.Scalar { single(r.properties.titlecaseMapping) ?? r }

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        let scalars = mapping.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    /// Maps each rune of `s`.
    public static func map(_ s: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        // Go's strings.Map decodes a byte that is not UTF-8 as U+FFFD.
        for r in s.unicodeScalars { out.append(transform(GoStringBytes.isRawByte(r) ? "\u{FFFD}" : r)) }
        return String(out)
    }
}
