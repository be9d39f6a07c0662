/// One lexical item of a template, as Go's `text/template/parse` lexer emits it.
///
/// Tokens do not copy their text: `start..<end` is a byte range of the source. Error tokens
/// carry Go's message instead.
struct Token: Sendable {
    /// The kind of item (Go's `itemType`).
    enum Kind: Sendable, Equatable {
        case error, eof, text, comment
        case leftDelimiter, rightDelimiter, leftParen, rightParen
        case space, pipe, assign, declare, char
        case bool, charConstant, complex, number, string, rawString
        case field, identifier, variable
        // Keywords (Go prints them as `<word>`).
        case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end
        case ifKeyword, nilKeyword, range, template, with

        /// Whether Go's `item.String()` shows the token as `<text>`.
        var isKeyword: Bool {
            switch self {
            case .block, .breakKeyword, .continueKeyword, .dot, .define, .elseKeyword, .end,
                .ifKeyword, .nilKeyword, .range, .template, .with:
                return true
            default:
                return false
            }
        }
    }

    var kind: Kind
    /// Byte offset of the token's first byte.
    var start: Int
    /// Byte offset just after the token.
    var end: Int
    /// 1-based line of the token's start.
    var line: Int
    /// Go's message for an error token.
    var message: String = ""
}

extension Token {
    /// The token's source text.
    func text(in source: [UInt8]) -> String {
        String(decoding: source[start..<end], as: UTF8.self)
    }

    /// Go's `item.String()`, used in `unexpected X in Y` messages.
    func goDescription(in source: [UInt8]) -> String {
        switch kind {
        case .eof: return "EOF"
        case .error: return message
        default: break
        }
        let value = text(in: source)
        if kind.isKeyword { return "<\(value)>" }
        let scalars = Array(value.unicodeScalars)
        if scalars.count > 10 {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars.prefix(10))
            return SourceQuote.quote(String(prefix)) + "..."
        }
        return SourceQuote.quote(value)
    }
}

/// Go's `strconv.Quote`, which the parser uses for token and node texts in messages.
enum SourceQuote {
    /// Quotes `text` as a Go interpreted string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x80 {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return out + "\""
    }

    /// Go's `strconv.IsPrint` approximated with Unicode general categories: letters, marks,
    /// numbers, punctuation, symbols and the ASCII space.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
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

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
