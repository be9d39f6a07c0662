import ChartValues

extension GoPrinter {
    /// Go's `fmtFloat` dispatch for float64 operands.
    mutating func formatFloat(_ number: Double, verb: Unicode.Scalar, value: Value) {
        switch verb {
        case "v": formatFloat(number, format: "g", defaultPrecision: -1)
        case "b", "g", "G", "x", "X": formatFloat(number, format: verb, defaultPrecision: -1)
        case "f", "e", "E", "F": formatFloat(number, format: verb, defaultPrecision: 6)
        default: badVerb(verb, value)
        }
    }

    /// Go's `fmt.fmtFloat`: `strconv` formatting, then the sign, `#` and padding rules.
    private mutating func formatFloat(_ number: Double, format: Unicode.Scalar, defaultPrecision: Int) {
        let precision = flags.precisionPresent ? flags.precision : defaultPrecision
        var num = Array(("+" + FloatFormatting.format(number, format, precision)).utf8)
        if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") { num.removeFirst() }
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus { num[0] = UInt8(ascii: " ") }
        // Infinities and NaN are not numbers to pad with zeros.
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus { num.removeFirst() }
            padWithSpaces(num)
            return
        }
        if flags.sharp && format != "b" { num = alternateForm(num, format: format, precision: precision) }
        if flags.plus || num[0] != UInt8(ascii: "+") {
            // Zero padding goes between the sign and the digits.
            if flags.zero && !flags.minus && flags.widthPresent && flags.width > num.count {
                write(num[0])
                writePadding(flags.width - num.count)
                buffer.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(Array(num[1...]))
    }

    /// The `#` flag: always a decimal point, and `%#g` keeps its trailing zeros.
    private func alternateForm(_ input: [UInt8], format: Unicode.Scalar, precision: Int) -> [UInt8] {
        var num = input
        var digits = 0
        switch format {
        case "v", "g", "G", "x":
            digits = precision == -1 ? 6 : precision
        default:
            break
        }
        var tail: [UInt8] = []
        var hasDecimalPoint = false
        var sawNonzeroDigit = false
        var i = 1
        scan: while i < num.count {
            switch num[i] {
            case UInt8(ascii: "."):
                hasDecimalPoint = true
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                tail = Array(num[i...])
                num = Array(num[..<i])
                break scan
            case let byte where (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && format != "x" && format != "X":
                tail = Array(num[i...])
                num = Array(num[..<i])
                break scan
            default:
                if num[i] != UInt8(ascii: "0") { sawNonzeroDigit = true }
                if sawNonzeroDigit { digits -= 1 }
            }
            i += 1
        }
        if !hasDecimalPoint {
            if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
            num.append(UInt8(ascii: "."))
        }
        while digits > 0 {
            num.append(UInt8(ascii: "0"))
            digits -= 1
        }
        return num + tail
    }
}
