import ChartValues

/// The state of one `fmt` call (Go's `pp`): the output bytes and the flags of the verb being
/// formatted.
///
/// The output is kept as bytes because several verbs work on bytes (`%x` of a string, `%.2s`
/// truncation counts runes, padding counts runes) and must not be disturbed by Swift's
/// grapheme handling.
struct GoPrinter {
    var buffer: [UInt8] = []
    var flags = FormatFlags()
    /// Set while writing a `%!verb(type=value)` so that a `String()` method is not used for it.
    var erroring = false

    /// The bytes written, as text.
    var output: String { GoStringBytes.string(buffer) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: Array(text.utf8))
    }

    mutating func write(_ byte: UInt8) {
        buffer.append(byte)
    }

    /// Go's `doPrintf`: walks the format, parsing flags, argument indexes, width, precision
    /// and verb, then reports unused operands as `%!(EXTRA ...)`.
    mutating func printFormatted(_ format: [UInt8], _ args: [Value]) {
        var scanner = FormatScanner(format: format, argumentCount: args.count)
        let end = format.count
        var i = 0
        while i < end {
            scanner.goodArgumentNumber = true
            let start = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > start { buffer.append(contentsOf: format[start..<i]) }
            if i >= end { break }
            i += 1
            flags = FormatFlags()
            flagLoop: while i < end {
                switch format[i] {
                case UInt8(ascii: "#"): flags.sharp = true
                case UInt8(ascii: "0"): flags.zero = true
                case UInt8(ascii: "+"): flags.plus = true
                case UInt8(ascii: "-"): flags.minus = true
                case UInt8(ascii: " "): flags.space = true
                default: break flagLoop
                }
                i += 1
            }
            var afterIndex = scanner.argumentNumber(at: &i)
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                let (width, ok) = scanner.integerArgument(args)
                flags.width = width
                flags.widthPresent = ok
                if !ok { write("%!(BADWIDTH)") }
                if flags.width < 0 {
                    flags.width = -flags.width
                    flags.minus = true
                    flags.zero = false
                }
                afterIndex = false
            } else {
                let (width, present) = FormatScanner.parseNumber(format, &i, end)
                flags.width = width
                flags.widthPresent = present
                if afterIndex && present { scanner.goodArgumentNumber = false }
            }
            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { scanner.goodArgumentNumber = false }
                afterIndex = scanner.argumentNumber(at: &i)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    let (precision, ok) = scanner.integerArgument(args)
                    flags.precision = precision
                    flags.precisionPresent = ok
                    if flags.precision < 0 {
                        flags.precision = 0
                        flags.precisionPresent = false
                    }
                    if !flags.precisionPresent { write("%!(BADPREC)") }
                    afterIndex = false
                } else {
                    let (precision, _) = FormatScanner.parseNumber(format, &i, end)
                    flags.precision = precision
                    flags.precisionPresent = true
                }
            }
            if !afterIndex { afterIndex = scanner.argumentNumber(at: &i) }
            if i >= end {
                write("%!(NOVERB)")
                break
            }
            let (verb, size) = FormatScanner.decodeRune(format, at: i)
            i += size
            if verb == "%" {
                write(UInt8(ascii: "%"))
            } else if !scanner.goodArgumentNumber {
                write("%!"); write(String(verb)); write("(BADINDEX)")
            } else if scanner.argumentIndex >= args.count {
                write("%!"); write(String(verb)); write("(MISSING)")
            } else {
                if verb == "v" {
                    flags.sharpV = flags.sharp
                    flags.sharp = false
                    flags.plusV = flags.plus
                    flags.plus = false
                }
                printArgument(args[scanner.argumentIndex], verb: verb)
                scanner.argumentIndex += 1
            }
        }
        if !scanner.reordered && scanner.argumentIndex < args.count {
            flags = FormatFlags()
            write("%!(EXTRA ")
            for (n, arg) in args[scanner.argumentIndex...].enumerated() {
                if n > 0 { write(", ") }
                if case .null = arg {
                    write("<nil>")
                } else {
                    write(arg.typeName)
                    write(UInt8(ascii: "="))
                    printArgument(arg, verb: "v")
                }
            }
            write(UInt8(ascii: ")"))
        }
    }

    /// Go's `printArg`: formats one top-level operand.
    mutating func printArgument(_ arg: Value, verb: Unicode.Scalar) {
        if case .null = arg {
            if verb == "T" || verb == "v" { pad("<nil>") } else { badVerb(verb, arg) }
            return
        }
        switch verb {
        case "T":
            formatString(arg.typeName)
            return
        case "p":
            badVerb(verb, arg)
            return
        default:
            break
        }
        if case .bytes(let bytes) = arg {
            formatBytes(bytes, verb: verb, typeName: "[]byte")
            return
        }
        printValue(arg, verb: verb, depth: 0)
    }

    /// Go's `badVerb`: `%!verb(type=value)`, the value printed with `%v` and the current flags.
    mutating func badVerb(_ verb: Unicode.Scalar, _ value: Value) {
        erroring = true
        write("%!")
        write(String(verb))
        write(UInt8(ascii: "("))
        if case .null = value {
            write("<nil>")
        } else {
            write(value.typeName)
            write(UInt8(ascii: "="))
            if case .bytes(let bytes) = value {
                formatBytes(bytes, verb: "v", typeName: "[]byte")
            } else {
                printValue(value, verb: "v", depth: 0)
            }
        }
        write(UInt8(ascii: ")"))
        erroring = false
    }
}
