import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's conversions: `int`, `int64`, `float64`, `atoi`, `toDecimal`, `toString`,
    /// `toStrings` (reference §8.0–8.2).
    public static let conversion: [String: TemplateFunction] = [
        "int": coreFunction([.interface], result: .int) { .int(Int(SprigCast.toInt64($0[0]))) },
        "int64": coreFunction([.interface], result: .int64) { .int64(SprigCast.toInt64($0[0])) },
        "float64": coreFunction([.interface], result: .float64) { .float64(SprigCast.toFloat64($0[0])) },
        "atoi": coreFunction([.string], result: .int) { args in
            .int(Int(SprigCast.parseInteger(args.string(0), base: 10, clamping: true) ?? 0))
        },
        "toDecimal": coreFunction([.interface], result: .int64) { args in
            .int64(SprigCast.parseInteger(GoFormat.sprint([args[0]]), base: 8) ?? 0)
        },
        "toString": coreFunction([.interface], result: .string) { .string(SprigCast.string($0[0])) },
        "toStrings": coreFunction([.interface], result: .slice(.string)) { .strings(SprigCast.strings($0[0])) },
    ]
}

/// The conversion rules Sprig applies to `interface {}` arguments: its `strval`, `strslice`
/// and spf13/cast's `ToInt64`/`ToFloat64`. Every Sprig function that converts uses these.
enum SprigCast {
    /// Sprig's `strval`: strings as is, `[]byte` as text, `String()` of objects, else `%v`.
    static func string(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .bytes(let bytes): return GoStringBytes.string(bytes)
        default: return GoFormat.sprint([value])
        }
    }

    /// Sprig's `strslice` (`toStrings`): a slice's non-nil elements through `strval`; nil is
    /// an empty list; anything else a one-element list.
    static func strings(_ value: Value) -> [String] {
        switch value {
        case .null: return []
        case .bytes(let bytes): return bytes.map { String($0) }
        default:
            guard let items = value.reflectedCollection.sliceElements else { return [string(value)] }
            return items.compactMap { item in
                if case .null = item { return nil }
                return string(item)
            }
        }
    }

    /// `cast.ToInt64`: numbers truncated toward zero (out of range: the minimum int64, as on
    /// amd64), bools 1/0, nil 0, strings parsed by `strconv.ParseInt(s, 0, 64)` after dropping a
    /// zero decimal part; anything unparsable is 0.
    static func toInt64(_ value: Value) -> Int64 {
        switch value {
        case .int(let n): return Int64(n)
        case .int64(let n): return n
        case .otherInteger(_, let n): return n
        case .float64(let d): return truncate(d)
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return parseInteger(trimZeroDecimal(s), base: 0) ?? 0
        default: return 0
        }
    }

    /// `cast.ToFloat64`: numbers converted, bools 1/0, nil 0, strings by `strconv.ParseFloat`;
    /// anything unparsable is 0.
    static func toFloat64(_ value: Value) -> Double {
        switch value {
        case .int(let n): return Double(n)
        case .int64(let n): return Double(n)
        case .otherInteger(let type, let n): return type == .uint64 ? Double(UInt64(bitPattern: n)) : Double(n)
        case .float64(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return GoNumbers.parseFloat(s) ?? 0
        default: return 0
        }
    }

    /// Go's float64 → int64 conversion on amd64: truncation, and the minimum int64 for NaN
    /// and values out of range.
    static func truncate(_ d: Double) -> Int64 {
        guard d.isFinite, d > -9_223_372_036_854_775_809.0, d < 9_223_372_036_854_775_808.0 else { return Int64.min }
        return Int64(d.rounded(.towardZero))
    }

    /// cast's `trimZeroDecimal`: `"3.0"` → `"3"`, `"1.00"` → `"1"`; anything else unchanged.
    static func trimZeroDecimal(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var foundZero = false
        var i = bytes.count
        while i > 0 {
            switch bytes[i - 1] {
            case UInt8(ascii: "."):
                if foundZero { return String(decoding: bytes[..<(i - 1)], as: UTF8.self) }
            case UInt8(ascii: "0"):
                foundZero = true
            default:
                return s
            }
            i -= 1
        }
        return s
    }

    /// `strconv.ParseInt(s, base, 64)` for base 0 (Go prefixes `0x` `0o` `0b`, leading-zero
    /// octal, `_` separators), 8 or 10; `nil` on any error, except that with `clamping` an
    /// out-of-range number gives the nearest int64, as `ParseInt` returns with its range error
    /// (which `strconv.Atoi` callers such as Sprig's `atoi` keep).
    static func parseInteger(_ s: String, base requestedBase: Int, clamping: Bool = false) -> Int64? {
        var bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        guard !bytes.isEmpty else { return nil }
        let original = bytes
        var base = requestedBase
        if base == 0 {
            base = 10
            if bytes[0] == UInt8(ascii: "0") {
                let second = bytes.count >= 3 ? bytes[1] | 0x20 : 0
                switch second {
                case UInt8(ascii: "b"): base = 2; bytes.removeFirst(2)
                case UInt8(ascii: "o"): base = 8; bytes.removeFirst(2)
                case UInt8(ascii: "x"): base = 16; bytes.removeFirst(2)
                default: base = 8; bytes.removeFirst()
                }
            }
        }
        var magnitude: UInt64 = 0
        var sawUnderscore = false
        var overflowed = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") && requestedBase == 0 {
                sawUnderscore = true
                continue
            }
            guard let digit = digitValue(byte), digit < base else { return nil }
            let (product, overflow1) = magnitude.multipliedReportingOverflow(by: UInt64(base))
            let (sum, overflow2) = product.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { overflowed = true }
            magnitude = sum
        }
        if sawUnderscore && !GoNumbers.underscoreOK(String(decoding: original, as: UTF8.self)) { return nil }
        if negative {
            guard !overflowed, magnitude <= UInt64(Int64.max) + 1 else { return clamping ? Int64.min : nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard !overflowed, magnitude <= UInt64(Int64.max) else { return clamping ? Int64.max : nil }
        return Int64(magnitude)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}
