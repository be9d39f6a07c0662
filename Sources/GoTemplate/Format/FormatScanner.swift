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
