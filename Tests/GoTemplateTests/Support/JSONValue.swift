import ChartValues

/// A small JSON reader for test data recorded with `helm-oracle values -o json`: objects become
/// `map[string]interface {}`, arrays `[]interface {}`, numbers `float64` (as YAML numbers reach
/// Helm templates).
enum JSONValue {
    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "invalid JSON at byte \(offset)" }
    }

    /// Parses a JSON document.
    static func parse(_ text: String) throws -> Value {
        var reader = Reader(bytes: Array(text.utf8))
        let value = try reader.value()
        reader.skipSpace()
        guard reader.offset == reader.bytes.count else { throw SyntaxError(offset: reader.offset) }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func skipSpace() {
            while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
        }

        mutating func expect(_ literal: String) throws {
            for byte in literal.utf8 {
                guard offset < bytes.count, bytes[offset] == byte else { throw SyntaxError(offset: offset) }
                offset += 1
            }
        }

        mutating func value() throws -> Value {
            skipSpace()
            guard offset < bytes.count else { throw SyntaxError(offset: offset) }
            switch bytes[offset] {
            case UInt8(ascii: "{"):
                offset += 1
                var entries: [String: Value] = [:]
                skipSpace()
                if bytes[offset] == UInt8(ascii: "}") {
                    offset += 1
                    return .map(entries)
                }
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    entries[key] = try value()
                    skipSpace()
                    if bytes[offset] == UInt8(ascii: ",") {
                        offset += 1
                        continue
                    }
                    try expect("}")
                    return .map(entries)
                }
            case UInt8(ascii: "["):
                offset += 1
                var items: [Value] = []
                skipSpace()
                if bytes[offset] == UInt8(ascii: "]") {
                    offset += 1
                    return .list(items)
                }
                while true {
                    items.append(try value())
                    skipSpace()
                    if bytes[offset] == UInt8(ascii: ",") {
                        offset += 1
                        continue
                    }
                    try expect("]")
                    return .list(items)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try expect("null")
                return .null
            default:
                let start = offset
                while offset < bytes.count, "+-0123456789.eE".utf8.contains(bytes[offset]) { offset += 1 }
                guard let number = Double(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
                    throw SyntaxError(offset: start)
                }
                return .float64(number)
            }
        }

        mutating func string() throws -> String {
            try expect("\"")
            var out: [UInt8] = []
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    continue
                }
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        try expect("\\u")
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default: out.append(escape)
                }
            }
            throw SyntaxError(offset: offset)
        }

        mutating func hex4() throws -> UInt32 {
            guard offset + 4 <= bytes.count,
                let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
            else { throw SyntaxError(offset: offset) }
            offset += 4
            return code
        }
    }
}
