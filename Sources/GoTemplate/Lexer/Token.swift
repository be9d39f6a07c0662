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
            return GoFormat.quote(String(prefix)) + "..."
        }
        return GoFormat.quote(value)
    }
}
