/// Go's `strconv.ParseInt(s, 0, 64)`: optional sign, then `0x`, `0o`, `0b` or a leading `0`
/// (octal) prefix, else decimal. `nil` for bad syntax or out of range.
func goParseInt(_ text: String) -> Int? {
    var body = Substring(text)
    var negative = false
    if let first = body.first, first == "+" || first == "-" {
        negative = first == "-"
        body = body.dropFirst()
    }
    guard let magnitude = goParseUInt(String(body)) else { return nil }
    if negative {
        if magnitude == UInt64(Int64.max) + 1 { return Int.min }
        return magnitude <= UInt64(Int64.max) ? -Int(magnitude) : nil
    }
    return magnitude <= UInt64(Int64.max) ? Int(magnitude) : nil
}

/// Go's `strconv.ParseUint(s, 0, 64)`: no sign; prefixes as `goParseInt`.
func goParseUInt(_ text: String) -> UInt64? {
    var body = Substring(text)
    var radix = 10
    let lower = text.lowercased()
    if lower.hasPrefix("0x") {
        radix = 16; body = body.dropFirst(2)
    } else if lower.hasPrefix("0o") {
        radix = 8; body = body.dropFirst(2)
    } else if lower.hasPrefix("0b") {
        radix = 2; body = body.dropFirst(2)
    } else if text.hasPrefix("0") && text.count > 1 {
        radix = 8; body = body.dropFirst(1)
    }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
    return UInt64(body, radix: radix)
}

/// Go's `strconv.ParseFloat(s, 64)` for decimal text (`1.5`, `.5`, `1.`, `-2e3`); `nil` for
/// bad syntax or overflow (Go's range error), underflow gives 0 as in Go.
func goParseFloat(_ text: String) -> Double? {
    guard YAMLResolver.isYAMLStyleFloat(text) else { return nil }
    var normalized = text
    if normalized.hasPrefix("+") { normalized.removeFirst() }
    if let point = normalized.firstIndex(of: "."), normalized[normalized.index(after: point)...].first.map({ !$0.isNumber }) ?? true {
        normalized.insert("0", at: normalized.index(after: point))
    }
    guard let value = Double(normalized), value.isFinite else { return nil }
    return value
}

/// The layouts go-yaml v2 accepts as timestamps (`2006-1-2`, `2006-1-2T15:4:5.999999999Z07:00`,
/// with `t` or a space as separator), including Go's range checks on the fields.
enum GoTimestamp {
    static func matches(_ text: String) -> Bool {
        var scanner = Array(text.utf8)[...]
        func number(min: Int, max: Int) -> Int? {
            var digits = 0
            var value = 0
            while digits < max, let b = scanner.first, b >= 48, b <= 57 {
                value = value * 10 + Int(b - 48); digits += 1; scanner = scanner.dropFirst()
            }
            return digits >= min ? value : nil
        }
        func expect(_ c: Character) -> Bool {
            guard scanner.first == c.asciiValue else { return false }
            scanner = scanner.dropFirst()
            return true
        }
        guard let year = number(min: 4, max: 4), expect("-"), let month = number(min: 1, max: 2), expect("-"),
              let day = number(min: 1, max: 2), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        if scanner.isEmpty { return true }
        let separator = scanner.first
        let zoned = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
        guard zoned || separator == UInt8(ascii: " ") else { return false }
        scanner = scanner.dropFirst()
        guard let hour = number(min: 1, max: 2), expect(":"), let minute = number(min: 1, max: 2), expect(":"),
              let second = number(min: 1, max: 2), hour < 24, minute < 60, second < 60 else { return false }
        if scanner.first == UInt8(ascii: "."), scanner.dropFirst().first.map({ $0 >= 48 && $0 <= 57 }) == true {
            scanner = scanner.dropFirst()
            _ = number(min: 1, max: 9)
        }
        if !zoned { return scanner.isEmpty }
        if expect("Z") { return scanner.isEmpty }
        guard let sign = scanner.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
        scanner = scanner.dropFirst()
        guard number(min: 2, max: 2) != nil, expect(":"), number(min: 2, max: 2) != nil else { return false }
        return scanner.isEmpty
    }
}
