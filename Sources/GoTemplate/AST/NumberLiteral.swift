import Foundation

/// A number constant of the template source with every interpretation Go's parser derives
/// from it (`parse.NumberNode`): the executor picks one by the parameter type it is passed to.
struct NumberLiteral: Sendable {
    /// The literal as written.
    var text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var isComplex = false
    var int64Value: Int64 = 0
    var uint64Value: UInt64 = 0
    var floatValue: Double = 0
    var complexValue: (real: Double, imaginary: Double) = (0, 0)

    /// Interprets a number, char-constant or complex token as Go's `newNumber` does.
    /// - Throws: `LiteralError` with Go's message (`illegal number syntax: "08"`,
    ///   `integer overflow: "..."`, `malformed character constant: 'ab'`, `invalid syntax`).
    init(text: String, kind: Token.Kind) throws(LiteralError) {
        self.text = text
        if kind == .charConstant {
            var scalars = Substring(text).dropFirst()
            let value = try GoUnquote.unquoteChar(&scalars, quote: "'")
            if scalars != "'" { throw LiteralError("malformed character constant: \(text)") }
            isInt = true
            isUint = true
            isFloat = true
            int64Value = Int64(value)
            uint64Value = UInt64(value)
            floatValue = Double(value)
            return
        }
        if kind == .complex {
            guard let parts = NumberLiteral.splitComplex(text),
                let real = GoNumbers.parseFloat(parts.real),
                let imaginary = GoNumbers.parseFloat(parts.imaginary)
            else { throw LiteralError("expected integer") }
            setComplex(real, imaginary)
            return
        }
        if text.hasSuffix("i"), let imaginary = GoNumbers.parseFloat(String(text.dropLast())) {
            setComplex(0, imaginary)
            return
        }
        let unsigned = GoNumbers.parseUint(text)
        if let unsigned {
            isUint = true
            uint64Value = unsigned
        }
        if let signed = GoNumbers.parseInt(text) {
            isInt = true
            int64Value = signed
            if signed == 0 {
                isUint = true
                uint64Value = unsigned ?? 0
            }
        }
        if isInt {
            isFloat = true
            floatValue = Double(int64Value)
        } else if isUint {
            isFloat = true
            floatValue = Double(uint64Value)
        } else if let float = GoNumbers.parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw LiteralError("integer overflow: \(GoFormat.quote(text))")
            }
            isFloat = true
            floatValue = float
            if let exact = Int64(exactly: float) {
                isInt = true
                int64Value = exact
            }
            if let exact = UInt64(exactly: float) {
                isUint = true
                uint64Value = exact
            }
        }
        if !isInt && !isUint && !isFloat {
            throw LiteralError("illegal number syntax: \(GoFormat.quote(text))")
        }
    }

    private mutating func setComplex(_ real: Double, _ imaginary: Double) {
        isComplex = true
        complexValue = (real, imaginary)
        isFloat = imaginary == 0
        if isFloat {
            floatValue = real
            if let exact = Int64(exactly: real) {
                isInt = true
                int64Value = exact
            }
            if let exact = UInt64(exactly: real) {
                isUint = true
                uint64Value = exact
            }
        }
    }

    /// Splits `1+2i` at the sign that starts the imaginary part.
    private static func splitComplex(_ text: String) -> (real: String, imaginary: String)? {
        let bytes = Array(text.utf8)
        guard bytes.last == UInt8(ascii: "i") else { return nil }
        var index = bytes.count - 2
        while index > 0 {
            let b = bytes[index]
            if b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                let previous = bytes[index - 1] | 0x20
                if previous != UInt8(ascii: "e") && previous != UInt8(ascii: "p") {
                    let real = String(decoding: bytes[..<index], as: UTF8.self)
                    let imaginary = String(decoding: bytes[index..<(bytes.count - 1)], as: UTF8.self)
                    return (real, imaginary)
                }
            }
            index -= 1
        }
        return nil
    }
}

/// A literal that Go's parser rejects; `message` is Go's text.
struct LiteralError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Go's `strconv` number parsers with base prefixes and `_` separators.
public enum GoNumbers {
    /// `strconv.ParseInt(text, 0, 64)`.
    static func parseInt(_ text: String) -> Int64? {
        var body = Substring(text)
        var negative = false
        if body.first == "+" || body.first == "-" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        guard let magnitude = parseUint(String(body)) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(text, 0, 64)`.
    static func parseUint(_ text: String) -> UInt64? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var base: UInt64 = 10
        var index = 0
        if bytes[0] == UInt8(ascii: "0") && bytes.count > 1 {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; index = 2
            case UInt8(ascii: "o"): base = 8; index = 2
            case UInt8(ascii: "b"): base = 2; index = 2
            default: base = 8; index = 1
            }
        }
        guard index < bytes.count else { return nil }
        var value: UInt64 = 0
        var underscores = false
        for b in bytes[index...] {
            if b == UInt8(ascii: "_") {
                underscores = true
                continue
            }
            let digit: UInt64
            switch b {
            case 0x30...0x39: digit = UInt64(b - 0x30)
            case 0x61...0x7A: digit = UInt64(b - 0x61 + 10)
            case 0x41...0x5A: digit = UInt64(b - 0x41 + 10)
            default: return nil
            }
            guard digit < base else { return nil }
            let (product, overflow1) = value.multipliedReportingOverflow(by: base)
            let (sum, overflow2) = product.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        if underscores && !underscoreOK(text) { return nil }
        return value
    }

    /// `strconv.ParseFloat(s, 64)`: Go's decimal and hexadecimal (`0x1p-2`) float syntax,
    /// `Inf`/`Infinity`/`NaN` in any case, `_` separators; `nil` on a syntax error or overflow.
    public static func parseFloat(_ s: String) -> Double? {
        var bytes = Array(s.utf8)
        var sign = ""
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first == UInt8(ascii: "-") ? "-" : ""
            bytes.removeFirst()
        }
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        if lowered == "inf" || lowered == "infinity" { return sign == "-" ? -.infinity : .infinity }
        if lowered == "nan" { return .nan }
        if bytes.contains(UInt8(ascii: "_")) {
            guard underscoreOK(String(decoding: bytes, as: UTF8.self)) else { return nil }
            bytes.removeAll { $0 == UInt8(ascii: "_") }
        }
        guard isFloatSyntax(bytes) else { return nil }
        guard let value = Double(sign + String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Decimal `ddd.ddde±dd` or hexadecimal `0xhhh.hhhp±dd` (the `p` exponent is required).
    private static func isFloatSyntax(_ s: [UInt8]) -> Bool {
        var i = 0
        let hex = s.count >= 2 && s[0] == UInt8(ascii: "0") && s[1] | 0x20 == UInt8(ascii: "x")
        if hex { i = 2 }
        var digits = 0
        var sawDot = false
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: ".") && !sawDot {
                sawDot = true
            } else if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                        || (hex && (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "f")) {
                digits += 1
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return false }
        guard i < s.count else { return !hex }
        guard s[i] | 0x20 == (hex ? UInt8(ascii: "p") : UInt8(ascii: "e")) else { return false }
        i += 1
        if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
        guard i < s.count else { return false }
        while i < s.count {
            guard s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9") else { return false }
            i += 1
        }
        return true
    }

    /// Go's rule: `_` only between digits or right after a base prefix.
    public static func underscoreOK(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var saw: UInt8 = UInt8(ascii: "^")
        var hex = false
        if bytes.count >= 2 && bytes.first == UInt8(ascii: "0") {
            let marker = bytes[bytes.startIndex + 1] | 0x20
            if marker == UInt8(ascii: "b") || marker == UInt8(ascii: "o") || marker == UInt8(ascii: "x") {
                bytes = bytes.dropFirst(2)
                saw = UInt8(ascii: "0")
                hex = marker == UInt8(ascii: "x")
            }
        }
        for b in bytes {
            let lower = b | 0x20
            if (b >= 0x30 && b <= 0x39) || (hex && lower >= 0x61 && lower <= 0x66) {
                saw = UInt8(ascii: "0")
                continue
            }
            if b == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != UInt8(ascii: "_")
    }
}
