#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Go's `strconv.FormatFloat(f, fmt, prec, 64)` for the formats `fmt` uses: `e E f F g G b x X`.
///
/// Shortest digits (precision -1) come from Swift's `description`, which, like Go, prints the
/// shortest digit string that reads back as the same double. Fixed precisions come from the C
/// library's `%.*e`/`%.*f`, which round the exact binary value half-to-even as Go does.
enum FloatFormatting {
    /// Decimal digits `d1 d2 … dn` (no leading or trailing zeros) and the position of the
    /// decimal point: the value is `0.d1d2…dn × 10^decimalPoint`. Zero has no digits.
    struct Digits {
        var digits: [UInt8]
        var decimalPoint: Int
    }

    /// Formats `value` as strconv does (`-` for negatives including -0, `+Inf`, `-Inf`, `NaN`).
    static func format(_ value: Double, _ format: Unicode.Scalar, _ precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        let magnitude = Swift.abs(value)
        switch format {
        case "b": return sign + binaryExponent(magnitude)
        case "x", "X": return sign + hexadecimal(magnitude, precision: precision, upper: format == "X")
        case "e", "E":
            let digits = precision < 0 ? shortest(magnitude) : significant(magnitude, count: precision + 1)
            let shown = precision < 0 ? max(digits.digits.count - 1, 0) : precision
            return sign + exponentForm(digits, precision: shown, upper: format == "E")
        case "f", "F":
            if precision < 0 {
                let digits = shortest(magnitude)
                return sign + decimalForm(digits, precision: max(digits.digits.count - digits.decimalPoint, 0))
            }
            return sign + cFormat("%.*f", magnitude, precision)
        default:
            return sign + generalForm(magnitude, precision: precision, upper: format == "G")
        }
    }

    /// `%g`: exponent form when the exponent is < -4 or >= the precision (6 for shortest).
    private static func generalForm(_ magnitude: Double, precision requested: Int, upper: Bool) -> String {
        let shortestDigits = requested < 0
        var precision = requested == 0 ? 1 : requested
        let digits = shortestDigits ? shortest(magnitude) : significant(magnitude, count: precision)
        if shortestDigits { precision = digits.digits.count }
        var exponentLimit = precision
        if exponentLimit > digits.digits.count && digits.digits.count >= digits.decimalPoint {
            exponentLimit = digits.digits.count
        }
        if shortestDigits { exponentLimit = 6 }
        let exponent = digits.decimalPoint - 1
        if exponent < -4 || exponent >= exponentLimit {
            if precision > digits.digits.count { precision = digits.digits.count }
            return exponentForm(digits, precision: max(precision - 1, 0), upper: upper)
        }
        if precision > digits.decimalPoint { precision = digits.digits.count }
        return decimalForm(digits, precision: max(precision - digits.decimalPoint, 0))
    }

    /// `d.ddde±XX` with `precision` digits after the point.
    static func exponentForm(_ d: Digits, precision: Int, upper: Bool) -> String {
        var out = [d.digits.first ?? UInt8(ascii: "0")]
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...precision {
                out.append(i < d.digits.count ? d.digits[i] : UInt8(ascii: "0"))
            }
        }
        out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        var exponent = d.digits.isEmpty ? 0 : d.decimalPoint - 1
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        exponent = Swift.abs(exponent)
        if exponent < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exponent).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// `ddd.ddd` with `precision` digits after the point.
    static func decimalForm(_ d: Digits, precision: Int) -> String {
        var out: [UInt8] = []
        if d.decimalPoint > 0 {
            for i in 0..<d.decimalPoint {
                out.append(i < d.digits.count ? d.digits[i] : UInt8(ascii: "0"))
            }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...precision {
                let index = d.decimalPoint + i - 1
                out.append(index >= 0 && index < d.digits.count ? d.digits[index] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The shortest digits that read back as `magnitude` (non-negative, finite).
    static func shortest(_ magnitude: Double) -> Digits {
        parse(magnitude.description)
    }

    /// `count` significant digits, correctly rounded (half-to-even on the exact value).
    static func significant(_ magnitude: Double, count: Int) -> Digits {
        parse(cFormat("%.*e", magnitude, max(count - 1, 0)))
    }

    /// Reads `123.45`, `1.2345e+02`, `1e-05` into digits and a decimal point position.
    private static func parse(_ text: String) -> Digits {
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? "0"
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = Array(pieces[0].utf8)
        let fractionPart = pieces.count > 1 ? Array(pieces[1].utf8) : []
        var digits = integerPart + fractionPart
        var decimalPoint = integerPart.count + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            decimalPoint -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { decimalPoint = 0 }
        return Digits(digits: digits, decimalPoint: decimalPoint)
    }

    /// Runs the C library's `snprintf` with one precision and one double.
    private static func cFormat(_ format: String, _ value: Double, _ precision: Int) -> String {
        let arguments: [CVarArg] = [Int32(clamping: precision), value]
        let length = withVaList(arguments) { vsnprintf(nil, 0, format, $0) }
        guard length >= 0 else { return "" }
        var storage = [CChar](repeating: 0, count: Int(length) + 1)
        _ = storage.withUnsafeMutableBufferPointer { buffer in
            withVaList(arguments) { vsnprintf(buffer.baseAddress, buffer.count, format, $0) }
        }
        return String(decoding: storage.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `%b`: decimal mantissa, `p`, binary exponent (`4503599627370496p-52`).
    private static func binaryExponent(_ magnitude: Double) -> String {
        let (mantissa, exponent) = mantissaAndExponent(magnitude)
        let binaryExponent = exponent - 52
        return String(mantissa) + "p" + (binaryExponent >= 0 ? "+" : "-") + String(Swift.abs(binaryExponent))
    }

    /// The integer mantissa (with the implicit bit) and unbiased exponent, as strconv has them.
    private static func mantissaAndExponent(_ magnitude: Double) -> (UInt64, Int) {
        let bits = magnitude.bitPattern
        var exponent = Int((bits >> 52) & 0x7FF)
        var mantissa = bits & ((1 << 52) - 1)
        if exponent == 0 {
            exponent += 1
        } else {
            mantissa |= 1 << 52
        }
        return (mantissa, exponent - 1023)
    }

    /// `%x`: hexadecimal mantissa and binary exponent (`0x1.cp+01`), rounded to `precision`
    /// hex digits when one is given.
    private static func hexadecimal(_ magnitude: Double, precision: Int, upper: Bool) -> String {
        var (mantissa, exponent) = mantissaAndExponent(magnitude)
        if mantissa == 0 { exponent = 0 }
        mantissa <<= 60 - 52
        while mantissa != 0 && mantissa & (1 << 60) == 0 {
            mantissa <<= 1
            exponent -= 1
        }
        if precision >= 0 && precision < 15 {
            let shift = UInt64(precision * 4)
            let extra = (mantissa << shift) & ((1 << 60) - 1)
            mantissa >>= 60 - shift
            if extra | (mantissa & 1) > 1 << 59 { mantissa += 1 }
            mantissa <<= 60 - shift
            if mantissa & (1 << 61) != 0 {
                mantissa >>= 1
                exponent += 1
            }
        }
        let hex = Array((upper ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var out = Array((upper ? "0X" : "0x").utf8)
        out.append(UInt8(ascii: "0") + UInt8((mantissa >> 60) & 1))
        mantissa <<= 4
        if precision < 0 && mantissa != 0 {
            out.append(UInt8(ascii: "."))
            while mantissa != 0 {
                out.append(hex[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        } else if precision > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<precision {
                out.append(hex[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        }
        out.append(upper ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let digits = String(Swift.abs(exponent))
        if digits.count < 2 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(digits.utf8))
        return String(decoding: out, as: UTF8.self)
    }
}
