import ChartValues

/// Argument bookkeeping of `doPrintf`: which operand the next verb consumes, explicit
/// `%[n]` indexes and `*` width/precision operands.
struct FormatScanner {
    let format: [UInt8]
    let argumentCount: Int
    var argumentIndex = 0
    /// An explicit index was used: unused operands are then not reported as EXTRA.
    var reordered = false
    var goodArgumentNumber = true

    init(format: [UInt8], argumentCount: Int) {
        self.format = format
        self.argumentCount = argumentCount
    }

    /// Parses a `[n]` at `i`, if any, and returns whether one was found (Go's `argNumber`).
    mutating func argumentNumber(at i: inout Int) -> Bool {
        guard i < format.count, format[i] == UInt8(ascii: "[") else { return false }
        reordered = true
        var closing: Int?
        var j = i + 1
        while j < format.count {
            if format[j] == UInt8(ascii: "]") {
                closing = j
                break
            }
            j += 1
        }
        // Go needs at least three bytes `[n]`; anything else is a bad index.
        guard format.count - i >= 3, let close = closing else {
            goodArgumentNumber = false
            i += 1
            return false
        }
        var k = i + 1
        let (number, isNumber) = FormatScanner.parseNumber(format, &k, close)
        guard isNumber, k == close else {
            goodArgumentNumber = false
            i = close + 1
            return false
        }
        let index = number - 1
        i = close + 1
        if index >= 0 && index < argumentCount {
            argumentIndex = index
            return true
        }
        goodArgumentNumber = false
        return true
    }

    /// Takes the next operand as a `*` width or precision (Go's `intFromArg`).
    mutating func integerArgument(_ args: [Value]) -> (Int, Bool) {
        guard argumentIndex < args.count else { return (0, false) }
        let arg = args[argumentIndex]
        argumentIndex += 1
        var result: Int?
        switch arg {
        case .int(let n): result = n
        case .int64(let n): result = Int(n)
        case .otherInteger(let type, let n):
            result = (type == .uint64 && n < 0) ? nil : Int(n)
        default: result = nil
        }
        guard let number = result, number <= 1_000_000, number >= -1_000_000 else { return (0, false) }
        return (number, true)
    }

    /// Go's `parsenum`: decimal digits from `i` up to `end`; an absurdly long number counts as
    /// none.
    static func parseNumber(_ s: [UInt8], _ i: inout Int, _ end: Int) -> (Int, Bool) {
        guard i < end else { return (0, false) }
        var number = 0
        var isNumber = false
        while i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9") {
            if number > 1_000_000 {
                i = end
                return (0, false)
            }
            number = number * 10 + Int(s[i] - UInt8(ascii: "0"))
            isNumber = true
            i += 1
        }
        return (number, isNumber)
    }

    /// Decodes the verb at `i`: one UTF-8 rune (U+FFFD for a malformed byte) and its length.
    static func decodeRune(_ s: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let (scalar, length) = UTF8Decoding.decode(s, at: i)
        return (scalar ?? "\u{FFFD}", length)
    }
}

/// Decoding of one rune from UTF-8 bytes, the way Go's `utf8.DecodeRune` does it.
enum UTF8Decoding {
    /// The rune at `i` and its length, or `nil` and 1 for an invalid byte sequence.
    static func decode(_ s: [UInt8], at i: Int) -> (Unicode.Scalar?, Int) {
        let first = s[i]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: length = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(first & 0x07)
        default: return (nil, 1)
        }
        guard i + length <= s.count else { return (nil, 1) }
        for k in 1..<length {
            let byte = s[i + k]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms and surrogates are invalid, as in Go.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }
}
