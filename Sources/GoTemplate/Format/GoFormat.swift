import ChartValues

/// Go's `fmt` printing functions over `Value`s: what `print`, `printf`, `println` and every
/// Sprig function built on `fmt.Sprintf("%v")` produce.
///
/// Problems with a format never fail: like Go, they are written into the output
/// (`%!d(string=x)`, `%!d(MISSING)`, `%!(EXTRA int=2)`); see reference §6.
public enum GoFormat {
    /// `fmt.Sprint`: each operand formatted with `%v`, with a space between two operands
    /// only when neither is a string.
    public static func sprint(_ args: [Value]) -> String {
        var printer = GoPrinter()
        var previousIsString = false
        for (index, arg) in args.enumerated() {
            let isString = arg.kind == .string
            if index > 0 && !isString && !previousIsString {
                printer.buffer.append(UInt8(ascii: " "))
            }
            printer.printArgument(arg, verb: "v")
            previousIsString = isString
        }
        return printer.output
    }

    /// `fmt.Sprintln`: operands formatted with `%v`, always separated by a space, followed by
    /// a newline.
    public static func sprintln(_ args: [Value]) -> String {
        var printer = GoPrinter()
        for (index, arg) in args.enumerated() {
            if index > 0 { printer.buffer.append(UInt8(ascii: " ")) }
            printer.printArgument(arg, verb: "v")
        }
        printer.buffer.append(UInt8(ascii: "\n"))
        return printer.output
    }

    /// `fmt.Sprintf`: every verb, flag, width, precision and argument index of Go's `fmt`.
    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        var printer = GoPrinter()
        printer.printFormatted(Array(format.utf8), args)
        return printer.output
    }

    /// `%v` of a float64: `strconv.FormatFloat(f, 'g', -1, 64)`, the shortest digits that read
    /// back as the same float, in exponent form when the decimal exponent is < -4 or >= 6
    /// (`1e+06`, `0.0001`, `1e-05`; reference §6.3).
    public static func formatFloat(_ value: Double) -> String {
        sprint([.float64(value)])
    }

    /// The shortest decimal digits of `abs(value)` that read back as the same float64, and the
    /// power of ten to scale them by: `value = ±digits × 10^exponent` (`0.1` → `(1, -1)`).
    /// `nil` for NaN and infinities. What shopspring/decimal's `NewFromFloat` starts from.
    public static func shortestDecimal(_ value: Double) -> (significand: UInt64, exponent: Int)? {
        guard value.isFinite else { return nil }
        let digits = FloatFormatting.shortest(Swift.abs(value))
        let significand = digits.digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
        return (significand, digits.decimalPoint - digits.digits.count)
    }

    /// `strconv.Quote`: a Go double-quoted string literal (also `%q` and Sprig's `quote`).
    public static func quote(_ text: String) -> String {
        GoQuote.quote(text)
    }
}
