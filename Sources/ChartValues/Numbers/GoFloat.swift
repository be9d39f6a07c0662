/// Go's `strconv.FormatFloat` for the formats Helm's output uses, built on the shortest
/// round-trip digits Swift already computes (`description` is shortest-digits exact, as Go's
/// `-1` precision is).
public enum GoFloat {
    /// Which Go formatting to reproduce.
    public enum Style: Sendable {
        /// `%v` / `FormatFloat(f, 'g', -1, 64)`: exponent form iff the decimal exponent is
        /// < -4 or >= 6 (Go's rule for the shortest `%g`).
        case shortestG
        /// `FormatFloat(float32(f), 'g', -1, 32)`: as `shortestG` with float32 digits.
        case shortestG32
        /// `encoding/json`: plain decimal for 1e-6 <= |f| < 1e21, else exponent with `e-7` trimmed.
        case json
    }

    /// Formats a finite value; NaN and infinities print as Go does (`NaN`, `+Inf`, `-Inf`).
    public static func format(_ value: Double, style: Style) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let negative = value.sign == .minus
        let decimal = style == .shortestG32 ? Decimal(Float(value).magnitude.description) : Decimal(value.magnitude.description)
        let sign = negative ? "-" : ""
        switch style {
        case .shortestG, .shortestG32:
            let exponent = decimal.point - 1
            if decimal.digits.isEmpty { return sign + "0" }
            if exponent < -4 || exponent >= 6 { return sign + decimal.exponentForm(minimumExponentDigits: 2) }
            return sign + decimal.plainForm()
        case .json:
            let magnitude = value.magnitude
            if magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
                return sign + decimal.exponentForm(minimumExponentDigits: 1)
            }
            return sign + decimal.plainForm()
        }
    }

    /// A decimal as Go's `decimal` holds it: value = 0.DIGITS × 10^point, no leading or
    /// trailing zero digits (empty for zero).
    struct Decimal {
        var digits: [UInt8] = []
        var point = 0

        /// Reads Swift's shortest description (`1e-05`, `1000000.0`, `1.5e+20`, `0.001`).
        init(_ text: String) {
            var mantissa = Substring(text)
            var exponent = 0
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                mantissa = text[..<e]
                exponent = Int(String(text[text.index(after: e)...].filter { $0 != "+" })) ?? 0
            }
            var integerCount = 0
            var seenPoint = false
            var all: [UInt8] = []
            for character in mantissa {
                if character == "." { seenPoint = true; continue }
                guard let digit = character.wholeNumberValue else { continue }
                all.append(UInt8(digit))
                if !seenPoint { integerCount += 1 }
            }
            var leading = 0
            while leading < all.count && all[leading] == 0 { leading += 1 }
            all.removeFirst(leading)
            while let last = all.last, last == 0 { all.removeLast() }
            digits = all
            point = integerCount - leading + exponent
        }

        /// `d.ddde±XX` with at least `minimumExponentDigits` exponent digits.
        func exponentForm(minimumExponentDigits: Int) -> String {
            var text = String(digits[0])
            if digits.count > 1 { text += "." + digits[1...].map(String.init).joined() }
            let exponent = point - 1
            var exponentText = String(abs(exponent))
            while exponentText.count < minimumExponentDigits { exponentText = "0" + exponentText }
            return text + "e" + (exponent < 0 ? "-" : "+") + exponentText
        }

        /// Plain decimal without trailing zeros (`%f` with the shortest precision).
        func plainForm() -> String {
            if digits.isEmpty { return "0" }
            var integer = ""
            var fraction = ""
            if point <= 0 {
                integer = "0"
                fraction = String(repeating: "0", count: -point) + digits.map(String.init).joined()
            } else {
                for index in 0..<point { integer += index < digits.count ? String(digits[index]) : "0" }
                if digits.count > point { fraction = digits[point...].map(String.init).joined() }
            }
            return fraction.isEmpty ? integer : integer + "." + fraction
        }
    }
}
