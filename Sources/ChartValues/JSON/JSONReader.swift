/// Reads JSON text as Go's `encoding/json` does into `interface {}`: objects to maps (last
/// duplicate wins), arrays to lists, numbers to `float64`, with Go's scanner messages.
///
/// Go checks the whole text's syntax before decoding, so a syntax error anywhere wins over a
/// number out of range; that order is kept by remembering the range error until the end.
struct JSONReader {
    /// Go's `maxNestingDepth`.
    static let maxDepth = 10_000

    private let bytes: [UInt8]
    /// `json.Decoder` mode: read one value from the front, end of input is `unexpected EOF`.
    private let streamMode: Bool
    private(set) var index = 0
    private var depth = 0
    private var rangeError: JSONError?

    init(_ text: String, streamMode: Bool = false) {
        self.bytes = Array(text.utf8)
        self.streamMode = streamMode
    }

    /// Reads the first value of the text as `json.Decoder.Decode` does; returns it and the byte
    /// offset just after it (Go's `InputOffset`).
    mutating func readPrefix() throws(JSONError) -> (value: Value, end: Int) {
        var reader = self
        let result = try DeepStack.run(depth: Self.bracketDepth(bytes)) { () throws(JSONError) -> (Value, Int) in
            reader.skipSpace()
            let value = try reader.readValue(context: "looking for beginning of value")
            if let rangeError = reader.rangeError { throw rangeError }
            return (value, reader.index)
        }
        return (result.0, result.1)
    }

    /// Whether the document is a number (whose out-of-range value reads as null).
    var topLevelIsNumber: Bool {
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "-") || (first >= 48 && first <= 57)
    }

    /// Reads one value followed only by white space. Syntax errors throw; a number out of range
    /// becomes null and is returned as `decodeError` (Go keeps decoding and reports the first).
    mutating func readDocument() throws(JSONError) -> (value: Value, decodeError: JSONError?) {
        let depthNeeded = Self.bracketDepth(bytes)
        var reader = self
        let result = try DeepStack.run(depth: depthNeeded) { () throws(JSONError) -> (Value, JSONError?) in
            reader.skipSpace()
            let value = try reader.readValue(context: "looking for beginning of value")
            reader.skipSpace()
            if reader.index < reader.bytes.count {
                throw reader.invalid("after top-level value")
            }
            return (value, reader.rangeError)
        }
        return (result.0, result.1)
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private var endError: JSONError { JSONError(streamMode ? .unexpectedEOF : .unexpectedEnd, offset: index) }

    private func invalid(_ context: String) -> JSONError {
        guard index < bytes.count else { return endError }
        return JSONError(.syntax("invalid character " + Self.quoteChar(at: index, in: bytes) + " " + context), offset: index + 1)
    }

    /// Like `invalid`, but at the end of input Go's scanner sees the space it feeds at EOF, so
    /// an unfinished literal or number is an invalid `' '` rather than an unexpected end.
    private func invalidAtEnd(_ context: String) -> JSONError {
        if streamMode && index >= bytes.count { return JSONError(.unexpectedEOF, offset: index) }
        guard index < bytes.count else { return JSONError(.syntax("invalid character ' ' " + context), offset: index) }
        return invalid(context)
    }

    private mutating func readValue(context: String) throws(JSONError) -> Value {
        guard index < bytes.count else { throw endError }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw invalid(context)
        }
    }

    private mutating func enter() throws(JSONError) {
        depth += 1
        if depth > Self.maxDepth { throw invalid("exceeded max depth") }
    }

    private mutating func readObject() throws(JSONError) -> Value {
        try enter()
        index += 1
        var entries: [String: Value] = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1; depth -= 1
            return .map(entries)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw invalid("looking for beginning of object key string")
            }
            let key = try readString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw invalid("after object key") }
            index += 1
            skipSpace()
            entries[key] = try readValue(context: "looking for beginning of value")
            skipSpace()
            guard index < bytes.count else { throw invalid("") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; depth -= 1; return .map(entries) }
            throw invalid("after object key:value pair")
        }
    }

    private mutating func readArray() throws(JSONError) -> Value {
        try enter()
        index += 1
        var items: [Value] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1; depth -= 1
            return .list(items)
        }
        while true {
            skipSpace()
            items.append(try readValue(context: "looking for beginning of value"))
            skipSpace()
            guard index < bytes.count else { throw invalid("") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .list(items) }
            throw invalid("after array element")
        }
    }

    private mutating func readLiteral(_ word: String) throws(JSONError) {
        let expected = Array(word.utf8)
        for (offset, byte) in expected.enumerated() {
            guard index < bytes.count else {
                throw invalidAtEnd("in literal \(word) (expecting \(Self.quote(byte)))")
            }
            if offset > 0, bytes[index] != byte {
                throw invalid("in literal \(word) (expecting \(Self.quote(byte)))")
            }
            index += 1
        }
    }

    private mutating func readNumber() throws(JSONError) -> Value {
        let start = index
        func digit() -> Bool { index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            guard digit() else { throw invalidAtEnd("in numeric literal") }
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while digit() { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit() else { throw invalidAtEnd("after decimal point in numeric literal") }
            while digit() { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digit() else { throw invalidAtEnd("in exponent of numeric literal") }
            while digit() { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            if rangeError == nil { rangeError = JSONError(.numberOutOfRange(text), offset: index) }
            return .null
        }
        return .float64(value)
    }

    private mutating func readString() throws(JSONError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard index < bytes.count else { throw endError }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw invalid("in string literal") }
            if byte != UInt8(ascii: "\\") { index += 1; continue }
            flush(index)
            index += 1
            guard index < bytes.count else { throw endError }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try readHex4()
                if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let low = try readHex4()
                    if (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                    }
                }
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default:
                index -= 1
                throw invalid("in string escape code")
            }
            runStart = index
        }
    }

    private mutating func readHex4() throws(JSONError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw endError }
            guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else {
                throw invalid("in \\u hexadecimal character escape")
            }
            code = code * 16 + UInt32(digit)
            index += 1
        }
        return code
    }

    /// Go's `quoteChar`: the offending character in single quotes.
    static func quoteChar(at index: Int, in bytes: [UInt8]) -> String {
        let byte = bytes[index]
        if byte == UInt8(ascii: "'") { return "'\\''" }
        if byte == UInt8(ascii: "\"") { return "'\"'" }
        // Go quotes the single byte as a rune, so a UTF-8 lead byte 0xEF prints as 'ï'.
        let quoted = GoQuote.quote(String(Character(Unicode.Scalar(byte))))
        return "'" + quoted.dropFirst().dropLast() + "'"
    }

    private static func quote(_ byte: UInt8) -> String { "'" + String(UnicodeScalar(byte)) + "'" }

    /// The deepest bracket nesting outside strings, to size the stack before reading.
    static func bracketDepth(_ bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}
