import ChartValues

/// Splits template source into tokens with Go's rules: `{{`/`}}` delimiters, trim markers
/// (`{{- ` and ` -}}` need ASCII white space next to the `-`), comments, and the items inside
/// an action.
///
/// Like Go's lexer it is not a complete validator: it scans numbers loosely ("the parser will
/// notice") and stops at its first error, which becomes an error token followed by nothing.
struct Lexer {
    private let source: [UInt8]
    private let lines: LineTable
    private var position = 0
    private var start = 0
    private var parenDepth = 0
    private var tokens: [Token] = []
    /// Incremental line counting: the line of `lineOffset` (token starts only move forward).
    private var lineOffset = 0
    private var lineNumber = 1

    private static let leftDelimiter: [UInt8] = Array("{{".utf8)
    private static let rightDelimiter: [UInt8] = Array("}}".utf8)

    /// Lexes the whole source.
    static func tokenize(_ source: [UInt8], lines: LineTable) -> [Token] {
        var lexer = Lexer(source: source, lines: lines)
        lexer.run()
        return lexer.tokens
    }

    private init(source: [UInt8], lines: LineTable) {
        self.source = source
        self.lines = lines
        tokens.reserveCapacity(source.count / 4)
    }

    private mutating func run() {
        var state: State? = .text
        while let current = state {
            switch current {
            case .text: state = lexText()
            case .leftDelimiter: state = lexLeftDelimiter()
            case .comment: state = lexComment()
            case .insideAction: state = lexInsideAction()
            }
        }
    }

    private enum State { case text, leftDelimiter, comment, insideAction }

    // MARK: emitting

    private mutating func emit(_ kind: Token.Kind) {
        tokens.append(Token(kind: kind, start: start, end: position, line: line(at: start)))
        start = position
    }

    private mutating func fail(_ message: String) -> State? {
        tokens.append(Token(kind: .error, start: start, end: position, line: line(at: start), message: message))
        return nil
    }

    /// The line of `offset`, counting newlines since the previous token.
    private mutating func line(at offset: Int) -> Int {
        if offset < lineOffset { return lines.line(at: offset) }
        while lineOffset < offset {
            if source[lineOffset] == 0x0A { lineNumber += 1 }
            lineOffset += 1
        }
        return lineNumber
    }

    // MARK: helpers

    private func byte(at offset: Int) -> UInt8? { offset < source.count ? source[offset] : nil }

    private func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset + prefix.count <= source.count else { return false }
        for index in 0..<prefix.count where source[offset + index] != prefix[index] { return false }
        return true
    }

    private static func isSpace(_ byte: UInt8?) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private func hasLeftTrimMarker(at offset: Int) -> Bool {
        byte(at: offset) == UInt8(ascii: "-") && Lexer.isSpace(byte(at: offset + 1))
    }

    private func hasRightTrimMarker(at offset: Int) -> Bool {
        Lexer.isSpace(byte(at: offset)) && byte(at: offset + 1) == UInt8(ascii: "-")
    }

    /// Whether a right delimiter starts here, and whether it carries a trim marker.
    private func atRightDelimiter() -> (delimiter: Bool, trim: Bool) {
        if hasRightTrimMarker(at: position) && hasPrefix(Lexer.rightDelimiter, at: position + 2) {
            return (true, true)
        }
        return (hasPrefix(Lexer.rightDelimiter, at: position), false)
    }

    /// Decodes the scalar at `offset` (U+FFFD for invalid UTF-8) and its byte length.
    private func scalar(at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset < source.count else { return nil }
        let lead = source[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var iterator = source[offset...].makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&iterator) {
        case .scalarValue(let value):
            return (value, String(value).utf8.count)
        default:
            return ("\u{FFFD}", 1)
        }
    }

    private static func isAlphaNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let b = UInt8(scalar.value)
            return b == UInt8(ascii: "_") || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    // MARK: states

    private mutating func lexText() -> State? {
        if let found = firstIndex(of: Lexer.leftDelimiter, from: position) {
            if found > position {
                position = found
                var trimLength = 0
                if hasLeftTrimMarker(at: found + 2) {
                    var cut = found
                    while cut > start && Lexer.isSpace(source[cut - 1]) { cut -= 1 }
                    trimLength = found - cut
                }
                position -= trimLength
                if position > start { emit(.text) }
                position += trimLength
                start = position
            }
            return .leftDelimiter
        }
        position = source.count
        if position > start { emit(.text) }
        emit(.eof)
        return nil
    }

    private func firstIndex(of needle: [UInt8], from offset: Int) -> Int? {
        var index = offset
        let last = source.count - needle.count
        while index <= last {
            if source[index] == needle[0] && source[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }

    private mutating func lexLeftDelimiter() -> State? {
        position += 2
        let trim = hasLeftTrimMarker(at: position)
        let afterMarker = trim ? 2 : 0
        if hasPrefix(Array("/*".utf8), at: position + afterMarker) {
            position += afterMarker
            start = position
            return .comment
        }
        let delimiterStart = start
        tokens.append(Token(kind: .leftDelimiter, start: delimiterStart, end: position, line: line(at: delimiterStart)))
        position += afterMarker
        start = position
        parenDepth = 0
        return .insideAction
    }

    private mutating func lexComment() -> State? {
        position += 2
        var found: Int?
        var index = position
        while index + 1 < source.count {
            if source[index] == UInt8(ascii: "*") && source[index + 1] == UInt8(ascii: "/") {
                found = index
                break
            }
            index += 1
        }
        guard let close = found else { return fail("unclosed comment") }
        position = close + 2
        let (delimiter, trim) = atRightDelimiter()
        if !delimiter { return fail("comment ends before closing delimiter") }
        tokens.append(Token(kind: .comment, start: start, end: position, line: line(at: start)))
        position += (trim ? 2 : 0) + 2
        if trim { skipSpaces() }
        start = position
        return .text
    }

    private mutating func skipSpaces() {
        while position < source.count && Lexer.isSpace(source[position]) { position += 1 }
    }

    private mutating func lexRightDelimiter(trim: Bool) -> State? {
        if trim {
            position += 2
            start = position
        }
        position += 2
        emit(.rightDelimiter)
        if trim {
            skipSpaces()
            start = position
        }
        return .text
    }

    private mutating func lexInsideAction() -> State? {
        let (delimiter, trim) = atRightDelimiter()
        if delimiter {
            if parenDepth == 0 { return lexRightDelimiter(trim: trim) }
            return fail("unclosed left paren")
        }
        guard let (scalar, width) = scalar(at: position) else { return fail("unclosed action") }
        let b = source[position]
        if Lexer.isSpace(b) { return lexSpace() }
        position += width
        switch b {
        case UInt8(ascii: "="):
            emit(.assign)
        case UInt8(ascii: ":"):
            if byte(at: position) != UInt8(ascii: "=") {
                if position < source.count { position += 1 }
                return fail("expected :=")
            }
            position += 1
            emit(.declare)
        case UInt8(ascii: "|"):
            emit(.pipe)
        case UInt8(ascii: "\""):
            return lexQuote()
        case UInt8(ascii: "`"):
            return lexRawQuote()
        case UInt8(ascii: "$"):
            return lexFieldOrVariable(.variable)
        case UInt8(ascii: "'"):
            return lexChar()
        case UInt8(ascii: "."):
            if let next = byte(at: position), next < 0x30 || next > 0x39 {
                return lexFieldOrVariable(.field)
            }
            position -= 1
            return lexNumber()
        case UInt8(ascii: "+"), UInt8(ascii: "-"), 0x30...0x39:
            position -= 1
            return lexNumber()
        case UInt8(ascii: "("):
            parenDepth += 1
            emit(.leftParen)
        case UInt8(ascii: ")"):
            parenDepth -= 1
            if parenDepth < 0 { return fail("unexpected right paren") }
            emit(.rightParen)
        default:
            if Lexer.isAlphaNumeric(scalar) {
                position -= width
                return lexIdentifier()
            }
            if scalar.value < 0x80 && scalar.value >= 0x20 && scalar.value != 0x7F {
                emit(.char)
            } else {
                return fail("unrecognized character in action: \(GoRune.describe(scalar))")
            }
        }
        return .insideAction
    }

    private mutating func lexSpace() -> State? {
        var count = 0
        while Lexer.isSpace(byte(at: position)) {
            position += 1
            count += 1
        }
        if hasRightTrimMarker(at: position - 1) && hasPrefix(Lexer.rightDelimiter, at: position + 1) {
            position -= 1
            if count == 1 { return lexRightDelimiter(trim: true) }
        }
        emit(.space)
        return .insideAction
    }

    private func atTerminator() -> Bool {
        guard let b = byte(at: position) else { return true }
        if Lexer.isSpace(b) { return true }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: ":"),
            UInt8(ascii: ")"), UInt8(ascii: "("):
            return true
        default:
            return hasPrefix(Lexer.rightDelimiter, at: position)
        }
    }

    private mutating func scanAlphaNumerics() -> Unicode.Scalar? {
        while let (scalar, width) = scalar(at: position) {
            if !Lexer.isAlphaNumeric(scalar) { return scalar }
            position += width
        }
        return nil
    }

    private mutating func lexIdentifier() -> State? {
        let stop = scanAlphaNumerics()
        if !atTerminator() { return fail("bad character \(GoRune.describe(stop ?? "\u{FFFD}"))") }
        let word = String(decoding: source[start..<position], as: UTF8.self)
        emit(Lexer.keywords[word] ?? .identifier)
        return .insideAction
    }

    private static let keywords: [String: Token.Kind] = [
        "block": .block, "break": .breakKeyword, "continue": .continueKeyword, "define": .define,
        "else": .elseKeyword, "end": .end, "if": .ifKeyword, "range": .range, "nil": .nilKeyword,
        "template": .template, "with": .with, "true": .bool, "false": .bool,
    ]

    private mutating func lexFieldOrVariable(_ kind: Token.Kind) -> State? {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        let stop = scanAlphaNumerics()
        if !atTerminator() { return fail("bad character \(GoRune.describe(stop ?? "\u{FFFD}"))") }
        emit(kind)
        return .insideAction
    }

    private mutating func lexQuoted(_ kind: Token.Kind, terminator: UInt8, failure: String) -> State? {
        while true {
            guard let b = byte(at: position) else { return fail(failure) }
            position += 1
            if b == UInt8(ascii: "\\") {
                guard let escaped = byte(at: position), escaped != 0x0A else { return fail(failure) }
                position += 1
            } else if b == 0x0A {
                return fail(failure)
            } else if b == terminator {
                break
            }
        }
        emit(kind)
        return .insideAction
    }

    private mutating func lexQuote() -> State? {
        lexQuoted(.string, terminator: UInt8(ascii: "\""), failure: "unterminated quoted string")
    }

    private mutating func lexChar() -> State? {
        lexQuoted(.charConstant, terminator: UInt8(ascii: "'"), failure: "unterminated character constant")
    }

    private mutating func lexRawQuote() -> State? {
        while true {
            guard let b = byte(at: position) else { return fail("unterminated raw quoted string") }
            position += 1
            if b == UInt8(ascii: "`") { break }
        }
        emit(.rawString)
        return .insideAction
    }

    private mutating func lexNumber() -> State? {
        if !scanNumber() { return fail("bad number syntax: \(GoFormat.quote(currentText))") }
        if let sign = byte(at: position), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            if !scanNumber() || source[position - 1] != UInt8(ascii: "i") {
                return fail("bad number syntax: \(GoFormat.quote(currentText))")
            }
            emit(.complex)
        } else {
            emit(.number)
        }
        return .insideAction
    }

    private var currentText: String { String(decoding: source[start..<position], as: UTF8.self) }

    private mutating func accept(_ set: String) -> Bool {
        if let b = byte(at: position), set.utf8.contains(b) {
            position += 1
            return true
        }
        return false
    }

    private mutating func acceptRun(_ set: String) {
        while accept(set) {}
    }

    /// Go's `scanNumber`: deliberately loose; the parser validates the text.
    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if let (next, width) = scalar(at: position), Lexer.isAlphaNumeric(next) {
            position += width
            return false
        }
        return true
    }
}

/// Go's `%#U` rendering of a rune, used in lexer messages: `U+002D '-'`.
enum GoRune {
    /// `U+XXXX 'c'` (the quoted character only when printable).
    static func describe(_ scalar: Unicode.Scalar) -> String {
        var hex = String(scalar.value, radix: 16, uppercase: true)
        if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
        if GoQuote.isPrint(scalar) { return "U+\(hex) '\(Character(scalar))'" }
        return "U+\(hex)"
    }
}
