import ChartValues

/// Go's `time.Duration` (nanoseconds in an `int64`): `String()` and `time.ParseDuration`.
enum GoDuration {
    /// `Duration.String()`: `1h0m0s`, `1.5s`, `250ms`, `0s`.
    static func format(_ duration: Int64) -> String {
        if duration == 0 { return "0s" }
        let negative = duration < 0
        var magnitude = duration.magnitude
        var text: String
        if magnitude < 1_000_000_000 {
            let (unit, scale): (String, UInt64) =
                magnitude < 1000 ? ("ns", 1) : magnitude < 1_000_000 ? ("µs", 1000) : ("ms", 1_000_000)
            text = fraction(magnitude, scale: scale) + unit
        } else {
            let seconds = fraction(magnitude % 60_000_000_000, scale: 1_000_000_000) + "s"
            magnitude /= 60_000_000_000
            if magnitude > 0 {
                text = String(magnitude % 60) + "m" + seconds
                magnitude /= 60
                if magnitude > 0 { text = String(magnitude) + "h" + text }
            } else {
                text = seconds
            }
        }
        return negative ? "-" + text : text
    }

    /// `value / scale` with the remainder as a trimmed decimal fraction.
    private static func fraction(_ value: UInt64, scale: UInt64) -> String {
        let whole = String(value / scale)
        var remainder = value % scale
        guard remainder > 0 else { return whole }
        var digits = ""
        var place = scale / 10
        while place > 0 {
            digits += String(remainder / place)
            remainder %= place
            place /= 10
        }
        while digits.last == "0" { digits.removeLast() }
        return whole + "." + digits
    }

    private static let units: [(String, UInt64)] = [
        ("ns", 1), ("us", 1000), ("µs", 1000), ("μs", 1000), ("ms", 1_000_000), ("s", 1_000_000_000),
        ("m", 60_000_000_000), ("h", 3_600_000_000_000),
    ]

    /// `time.ParseDuration`, with Go's error texts.
    static func parse(_ text: String) throws -> Int64 {
        let quoted = GoTimeParse.Failure.quote(text)
        func invalid() -> GoCallError { GoCallError("time: invalid duration \(quoted)") }
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { throw invalid() }
        var total: UInt64 = 0
        while !rest.isEmpty {
            let integerDigits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(integerDigits.count)
            var fractionDigits: Substring = ""
            if rest.first == "." {
                rest = rest.dropFirst()
                fractionDigits = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(fractionDigits.count)
            }
            guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { throw invalid() }
            let unitText = rest.prefix { $0 != "." && !($0.isASCII && $0.isNumber) }
            rest = rest.dropFirst(unitText.count)
            guard !unitText.isEmpty else { throw GoCallError("time: missing unit in duration \(quoted)") }
            guard let scale = units.first(where: { $0.0 == unitText })?.1 else {
                throw GoCallError("time: unknown unit \(GoTimeParse.Failure.quote(String(unitText))) in duration \(quoted)")
            }
            guard let whole = integerDigits.isEmpty ? 0 : UInt64(integerDigits) else { throw invalid() }
            var (value, overflow) = whole.multipliedReportingOverflow(by: scale)
            guard !overflow else { throw invalid() }
            var place = Double(scale)
            var fractional = 0.0
            for digit in fractionDigits {
                place /= 10
                fractional += Double(digit.wholeNumberValue ?? 0) * place
            }
            (value, overflow) = value.addingReportingOverflow(UInt64(fractional))
            guard !overflow else { throw invalid() }
            (total, overflow) = total.addingReportingOverflow(value)
            guard !overflow, total <= UInt64(Int64.max) + (negative ? 1 : 0) else { throw invalid() }
        }
        return negative ? Int64(truncatingIfNeeded: 0 &- total) : Int64(total)
    }
}
