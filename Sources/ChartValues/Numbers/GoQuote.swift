/// Go's `strconv` quoting: `Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`, `IsPrint`;
/// used by `%q`, Sprig's `quote`, and wherever Go prints a string with `%q` inside an error.
public enum GoQuote {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `strconv.Quote`: the string in double quotes with Go's escapes (`\n`, `\x01`, `\u00a0`
    /// for non-printables).
    public static func quote(_ text: String) -> String {
        // The Go string's bytes (a byte that is not UTF-8 becomes `\xNN`).
        GoStringBytes.string(quote(GoStringBytes.bytes(of: text), quote: UInt8(ascii: "\""), asciiOnly: false))
    }

    /// `strconv.QuoteRune`: the rune in single quotes (`'x'`, `'\''`, `'\n'`).
    public static func quoteRune(_ scalar: Unicode.Scalar) -> String {
        String(decoding: quoteRune(scalar, asciiOnly: false), as: UTF8.self)
    }

    /// A Go literal of `bytes` between `quote` characters (`QuoteToASCII` when `asciiOnly`);
    /// invalid UTF-8 bytes become `\xNN`.
    public static func quote(_ bytes: [UInt8], quote: UInt8, asciiOnly: Bool) -> [UInt8] {
        var out = [quote]
        var i = 0
        while i < bytes.count {
            let (scalar, width) = UTF8Decoding.decode(bytes, at: i)
            i += width
            guard let rune = scalar else {
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x")])
                out.append(hexDigits[Int(bytes[i - 1] >> 4)])
                out.append(hexDigits[Int(bytes[i - 1] & 0xF)])
                continue
            }
            appendEscaped(rune, quote: quote, asciiOnly: asciiOnly, to: &out)
        }
        out.append(quote)
        return out
    }

    /// `%q` of an integer: a single-quoted Go character literal (`QuoteRuneToASCII` when
    /// `asciiOnly`).
    public static func quoteRune(_ rune: Unicode.Scalar, asciiOnly: Bool) -> [UInt8] {
        var out = [UInt8(ascii: "'")]
        appendEscaped(rune, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly, to: &out)
        out.append(UInt8(ascii: "'"))
        return out
    }

    private static func appendEscaped(_ rune: Unicode.Scalar, quote: UInt8, asciiOnly: Bool, to out: inout [UInt8]) {
        let value = rune.value
        if value == UInt32(quote) || value == UInt32(UInt8(ascii: "\\")) {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(value))
            return
        }
        if asciiOnly {
            if value < 0x80 && isPrint(rune) {
                out.append(UInt8(value))
                return
            }
        } else if isPrint(rune) {
            out.append(contentsOf: Array(String(rune).utf8))
            return
        }
        switch value {
        case 0x07: out.append(contentsOf: Array("\\a".utf8))
        case 0x08: out.append(contentsOf: Array("\\b".utf8))
        case 0x0C: out.append(contentsOf: Array("\\f".utf8))
        case 0x0A: out.append(contentsOf: Array("\\n".utf8))
        case 0x0D: out.append(contentsOf: Array("\\r".utf8))
        case 0x09: out.append(contentsOf: Array("\\t".utf8))
        case 0x0B: out.append(contentsOf: Array("\\v".utf8))
        default:
            if value < 0x20 || value == 0x7F {
                out.append(contentsOf: Array("\\x".utf8))
                out.append(hexDigits[Int(value >> 4)])
                out.append(hexDigits[Int(value & 0xF)])
            } else if value < 0x10000 {
                out.append(contentsOf: Array("\\u".utf8))
                appendHex(value, digits: 4, to: &out)
            } else {
                out.append(contentsOf: Array("\\U".utf8))
                appendHex(value, digits: 8, to: &out)
            }
        }
    }

    private static func appendHex(_ value: UInt32, digits: Int, to out: inout [UInt8]) {
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    /// Go's `strconv.IsPrint` (and `unicode.IsPrint`): letters, marks, numbers, punctuation,
    /// symbols and the ASCII space.
    public static func isPrint(_ rune: Unicode.Scalar) -> Bool {
        if rune.value < 0x80 { return rune.value >= 0x20 && rune.value < 0x7F }
        switch rune.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Go's `strconv.CanBackquote`: no control characters but tab, no backquote, valid UTF-8,
    /// no byte order mark.
    public static func canBackquote(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let (scalar, width) = UTF8Decoding.decode(bytes, at: i)
            i += width
            guard let rune = scalar else { return false }
            if rune.value == 0xFEFF { return false }
            if rune.value == UInt32(UInt8(ascii: "`")) { return false }
            if (rune.value < 0x20 && rune.value != 0x09) || rune.value == 0x7F { return false }
        }
        return true
    }
}
