import ChartValues

extension GoPrinter {
    /// Go's `fmtInteger` dispatch: the integer verbs, `%c`, `%q`, `%U`; `value` is the operand
    /// for a `%!verb(...)` report.
    mutating func formatInteger(_ bits: UInt64, signed: Bool, verb: Unicode.Scalar, value: Value) {
        switch verb {
        case "v":
            if flags.sharpV && !signed {
                writeHexWithPrefix(bits)
            } else {
                formatDigits(bits, base: 10, signed: signed, verb: verb, upper: false)
            }
        case "d": formatDigits(bits, base: 10, signed: signed, verb: verb, upper: false)
        case "b": formatDigits(bits, base: 2, signed: signed, verb: verb, upper: false)
        case "o", "O": formatDigits(bits, base: 8, signed: signed, verb: verb, upper: false)
        case "x": formatDigits(bits, base: 16, signed: signed, verb: verb, upper: false)
        case "X": formatDigits(bits, base: 16, signed: signed, verb: verb, upper: true)
        case "c": pad(Array(String(GoPrinter.rune(bits, signed: signed)).utf8))
        case "q":
            pad(GoQuote.quoteRune(GoPrinter.rune(bits, signed: signed), asciiOnly: flags.plus))
        case "U": formatUnicode(bits, signed: signed)
        default: badVerb(verb, value)
        }
    }

    /// The rune an integer stands for; out-of-range values become U+FFFD as in Go.
    static func rune(_ bits: UInt64, signed: Bool) -> Unicode.Scalar {
        if signed && Int64(bitPattern: bits) < 0 { return "\u{FFFD}" }
        guard bits <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(bits)) else { return "\u{FFFD}" }
        return scalar
    }

    /// `%#v` of an unsigned integer: `0x` and lower-case hex (Go's `fmt0x64`).
    private mutating func writeHexWithPrefix(_ bits: UInt64) {
        let sharp = flags.sharp
        flags.sharp = true
        formatDigits(bits, base: 16, signed: false, verb: "v", upper: false)
        flags.sharp = sharp
    }

    /// Go's `fmt.fmtInteger`: digits in a base with precision or zero padding, the `#`
    /// prefixes, `%O`'s `0o`, and the sign.
    private mutating func formatDigits(_ bits: UInt64, base: UInt64, signed: Bool, verb: Unicode.Scalar, upper: Bool) {
        let negative = signed && Int64(bitPattern: bits) < 0
        var magnitude = negative ? (~bits &+ 1) : bits
        var precision = 0
        if flags.precisionPresent {
            precision = flags.precision
            // Precision 0 and value 0 print nothing but the padding.
            if precision == 0 && magnitude == 0 {
                let zero = flags.zero
                flags.zero = false
                writePadding(flags.width)
                flags.zero = zero
                return
            }
        } else if flags.zero && !flags.minus && flags.widthPresent {
            precision = flags.width
            if negative || flags.plus || flags.space { precision -= 1 }
        }
        let digits = Array((upper ? "0123456789ABCDEFX" : "0123456789abcdefx").utf8)
        var reversed: [UInt8] = []
        repeat {
            reversed.append(digits[Int(magnitude % base)])
            magnitude /= base
        } while magnitude > 0
        while reversed.count < precision { reversed.append(UInt8(ascii: "0")) }
        if flags.sharp {
            switch base {
            case 2: reversed.append(contentsOf: [UInt8(ascii: "b"), UInt8(ascii: "0")])
            case 8: if reversed.last != UInt8(ascii: "0") { reversed.append(UInt8(ascii: "0")) }
            case 16: reversed.append(contentsOf: [digits[16], UInt8(ascii: "0")])
            default: break
            }
        }
        if verb == "O" { reversed.append(contentsOf: [UInt8(ascii: "o"), UInt8(ascii: "0")]) }
        if negative {
            reversed.append(UInt8(ascii: "-"))
        } else if flags.plus {
            reversed.append(UInt8(ascii: "+"))
        } else if flags.space {
            reversed.append(UInt8(ascii: " "))
        }
        // Zero padding was done as precision above, or is ignored next to a precision.
        padWithSpaces(reversed.reversed())
    }

    /// Go's `fmtUnicode`: `U+0041`, with `%#U` adding the quoted character when printable.
    private mutating func formatUnicode(_ bits: UInt64, signed: Bool) {
        var hex = String(bits, radix: 16, uppercase: true)
        let minimumDigits = flags.precisionPresent && flags.precision > 4 ? flags.precision : 4
        if hex.count < minimumDigits { hex = String(repeating: "0", count: minimumDigits - hex.count) + hex }
        var text = "U+" + hex
        if flags.sharp && bits <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(bits)), GoQuote.isPrint(scalar) {
            text += " '" + String(scalar) + "'"
        }
        padWithSpaces(Array(text.utf8))
    }
}
