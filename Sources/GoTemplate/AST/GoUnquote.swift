/// Go's `strconv.Unquote` / `UnquoteChar` for the string and character literals of a template.
enum GoUnquote {
    /// Unquotes a `"..."` or `` `...` `` literal. Byte escapes (`\xff`, `\377`) that do not
    /// form UTF-8 are replaced by U+FFFD, since a Swift `String` holds only valid UTF-8.
    static func unquote(_ literal: String) throws(LiteralError) -> String {
        guard let first = literal.first, literal.count >= 2, literal.last == first else {
            throw LiteralError("invalid syntax")
        }
        let body = literal.dropFirst().dropLast()
        if first == "`" {
            if body.contains("`") { throw LiteralError("invalid syntax") }
            return String(body.filter { $0 != "\r" })
        }
        guard first == "\"" else { throw LiteralError("invalid syntax") }
        if !body.contains(where: { $0 == "\\" || $0 == "\"" || $0 == "\n" }) { return String(body) }
        if body.contains("\n") { throw LiteralError("invalid syntax") }
        var bytes: [UInt8] = []
        var rest = Substring(body)
        while !rest.isEmpty {
            if rest.first == "\"" { throw LiteralError("invalid syntax") }
            if rest.first == "\\" {
                let value = try unquoteEscape(&rest, quote: "\"")
                bytes.append(contentsOf: value)
            } else if let scalar = rest.unicodeScalars.first {
                bytes.append(contentsOf: String(scalar).utf8)
                rest = Substring(rest.unicodeScalars.dropFirst())
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes one (possibly escaped) character of a `'...'` literal and returns its code point.
    static func unquoteChar(_ rest: inout Substring, quote: Character) throws(LiteralError) -> UInt32 {
        guard let first = rest.unicodeScalars.first else { throw LiteralError("invalid syntax") }
        if Character(first) == quote { throw LiteralError("invalid syntax") }
        if first != "\\" {
            rest = Substring(rest.unicodeScalars.dropFirst())
            return first.value
        }
        let bytes = try unquoteEscape(&rest, quote: quote, asRune: true)
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Decodes the escape at the start of `rest` (which begins with `\`). Returns UTF-8 bytes,
    /// or with `asRune` the code point's big-endian bytes.
    private static func unquoteEscape(_ rest: inout Substring, quote: Character, asRune: Bool = false) throws(LiteralError) -> [UInt8] {
        var scalars = rest.unicodeScalars.dropFirst()
        guard let code = scalars.first else { throw LiteralError("invalid syntax") }
        scalars = scalars.dropFirst()
        func encode(_ value: UInt32) -> [UInt8] {
            if asRune { return [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
            guard let scalar = Unicode.Scalar(value) else { return Array("\u{FFFD}".utf8) }
            return Array(String(scalar).utf8)
        }
        var result: [UInt8]
        switch code {
        case "a": result = encode(7)
        case "b": result = encode(8)
        case "f": result = encode(12)
        case "n": result = encode(10)
        case "r": result = encode(13)
        case "t": result = encode(9)
        case "v": result = encode(11)
        case "\\": result = encode(92)
        case "x", "u", "U":
            let count = code == "x" ? 2 : code == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let digit = scalars.first, let number = UInt32(String(digit), radix: 16) else {
                    throw LiteralError("invalid syntax")
                }
                value = value << 4 | number
                scalars = scalars.dropFirst()
            }
            if code == "x" {
                result = asRune ? encode(value) : [UInt8(value)]
            } else {
                guard Unicode.Scalar(value) != nil else { throw LiteralError("invalid syntax") }
                result = encode(value)
            }
        case "0"..."7":
            var value = code.value - 0x30
            for _ in 0..<2 {
                guard let digit = scalars.first, digit.value >= 0x30, digit.value <= 0x37 else {
                    throw LiteralError("invalid syntax")
                }
                value = value << 3 | (digit.value - 0x30)
                scalars = scalars.dropFirst()
            }
            guard value <= 255 else { throw LiteralError("invalid syntax") }
            result = asRune ? encode(value) : [UInt8(value)]
        default:
            if Character(code) == quote && (quote == "'" || quote == "\"") {
                result = encode(code.value)
            } else {
                throw LiteralError("invalid syntax")
            }
        }
        rest = Substring(scalars)
        return result
    }
}
