import ChartValues

extension GoPrinter {
    /// Go's `printValue`: formats a value of any type, recursing into slices, maps and structs
    /// (`depth` > 0 inside a container, where `String()` methods are consulted again).
    mutating func printValue(_ value: Value, verb: Unicode.Scalar, depth: Int) {
        switch value {
        case .null:
            // Only interface slots of containers hold nil below the top level.
            write(flags.sharpV ? "interface {}(nil)" : "<nil>")
        case .bool(let b):
            if verb == "t" || verb == "v" { pad(b ? "true" : "false") } else { badVerb(verb, value) }
        case .int(let n):
            formatInteger(UInt64(bitPattern: Int64(n)), signed: true, verb: verb, value: value)
        case .int64(let n):
            formatInteger(UInt64(bitPattern: n), signed: true, verb: verb, value: value)
        case .otherInteger(let type, let n):
            let signed = type.kind == .int || type.kind == .int32 || type.kind == .int64
            formatInteger(UInt64(bitPattern: n), signed: signed, verb: verb, value: value)
        case .float64(let d):
            formatFloat(d, verb: verb, value: value)
        case .string(let s):
            formatString(s, verb: verb, value: value)
        case .bytes(let bytes):
            formatBytes(bytes, verb: verb, typeName: "[]uint8")
        case .list(let items):
            printSlice(items, type: .list, verb: verb, depth: depth)
        case .typedSlice(let type, let items):
            printSlice(items, type: type, verb: verb, depth: depth)
        case .map(let entries):
            printMap(entries, type: .stringMap, verb: verb, depth: depth)
        case .typedMap(let type, let entries):
            printMap(entries, type: type, verb: verb, depth: depth)
        case .object(let object):
            printObject(object, value: value, verb: verb, depth: depth)
        }
    }

    private mutating func printSlice(_ items: [Value], type: GoType, verb: Unicode.Scalar, depth: Int) {
        if flags.sharpV {
            write(type.name)
            write(UInt8(ascii: "{"))
            for (index, item) in items.enumerated() {
                if index > 0 { write(", ") }
                printValue(item, verb: verb, depth: depth + 1)
            }
            write(UInt8(ascii: "}"))
        } else {
            write(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { write(UInt8(ascii: " ")) }
                printValue(item, verb: verb, depth: depth + 1)
            }
            write(UInt8(ascii: "]"))
        }
    }

    private mutating func printMap(_ entries: GoMap, type: GoType, verb: Unicode.Scalar, depth: Int) {
        write(flags.sharpV ? type.name + "{" : "map[")
        for (index, entry) in Value.sorted(entries).enumerated() {
            if index > 0 { flags.sharpV ? write(", ") : write(UInt8(ascii: " ")) }
            formatString(entry.key, verb: verb, value: .string(entry.key))
            write(UInt8(ascii: ":"))
            printValue(entry.value, verb: verb, depth: depth + 1)
        }
        write(UInt8(ascii: flags.sharpV ? "}" : "]"))
    }

    /// A struct or pointer: its `String()` result for the string verbs, else its fields
    /// (`{a b}`, `{A:a B:b}` for `%+v`, `T{A:a, B:b}` for `%#v`), a pointer at the top level
    /// prefixed with `&`.
    private mutating func printObject(_ object: any GoObject, value: Value, verb: Unicode.Scalar, depth: Int) {
        if !erroring && !flags.sharpV, let text = object.stringMethodResult,
           ["v", "s", "x", "X", "q"].contains(verb) {
            formatString(text, verb: verb, value: .string(text))
            return
        }
        // A named map type with methods (Helm's `.Files`) prints as its map.
        if let entries = object.mapView {
            printMap(GoMap(entries), type: object.goType, verb: verb, depth: depth)
            return
        }
        var type = object.goType
        if case .pointer(let pointee) = type {
            write(UInt8(ascii: "&"))
            type = pointee
        }
        if flags.sharpV { write(type.name) }
        write(UInt8(ascii: "{"))
        for (index, field) in object.orderedFields.enumerated() {
            if index > 0 { flags.sharpV ? write(", ") : write(UInt8(ascii: " ")) }
            if flags.plusV || flags.sharpV {
                write(field.name)
                write(UInt8(ascii: ":"))
            }
            printValue(field.value, verb: verb, depth: depth + 1)
        }
        write(UInt8(ascii: "}"))
    }

    /// Go's `fmtString`.
    mutating func formatString(_ text: String, verb: Unicode.Scalar, value: Value) {
        let bytes = GoStringBytes.bytes(of: text)
        switch verb {
        case "v": flags.sharpV ? formatQuoted(bytes) : formatPlain(bytes)
        case "s": formatPlain(bytes)
        case "x": formatHex(bytes, upper: false)
        case "X": formatHex(bytes, upper: true)
        case "q": formatQuoted(bytes)
        default: badVerb(verb, value)
        }
    }

    /// `%T` and other plain strings: padded, truncated to the precision.
    mutating func formatString(_ text: String) {
        formatPlain(Array(text.utf8))
    }

    /// Go's `fmtBytes` for `[]byte`; `typeName` is what `%#v` prints (`[]byte` at the top
    /// level, `[]uint8` inside containers).
    mutating func formatBytes(_ bytes: [UInt8], verb: Unicode.Scalar, typeName: String) {
        switch verb {
        case "v", "d":
            if flags.sharpV {
                write(typeName)
                write(UInt8(ascii: "{"))
                for (index, byte) in bytes.enumerated() {
                    if index > 0 { write(", ") }
                    write("0x" + String(byte, radix: 16))
                }
                write(UInt8(ascii: "}"))
            } else {
                write(UInt8(ascii: "["))
                for (index, byte) in bytes.enumerated() {
                    if index > 0 { write(UInt8(ascii: " ")) }
                    formatInteger(UInt64(byte), signed: false, verb: verb, value: .otherInteger(.uint8, Int64(byte)))
                }
                write(UInt8(ascii: "]"))
            }
        case "s": formatPlain(bytes)
        case "x": formatHex(bytes, upper: false)
        case "X": formatHex(bytes, upper: true)
        case "q": formatQuoted(bytes)
        default:
            printSlice(bytes.map { .otherInteger(.uint8, Int64($0)) }, type: .slice(.uint8), verb: verb, depth: 0)
        }
    }

    /// Go's `fmtS`: truncates to the precision (in runes), then pads.
    mutating func formatPlain(_ bytes: [UInt8]) {
        pad(truncated(bytes))
    }

    private func truncated(_ bytes: [UInt8]) -> [UInt8] {
        guard flags.precisionPresent else { return bytes }
        var runes = 0
        var i = 0
        while i < bytes.count {
            if runes == flags.precision { return Array(bytes[..<i]) }
            i += UTF8Decoding.decode(bytes, at: i).1
            runes += 1
        }
        return bytes
    }

    /// Go's `fmtQ`: backquoted for `%#q` when possible, else `strconv.Quote` (ASCII-only
    /// with `+`).
    private mutating func formatQuoted(_ bytes: [UInt8]) {
        let text = truncated(bytes)
        if flags.sharp && GoQuote.canBackquote(text) {
            pad([UInt8(ascii: "`")] + text + [UInt8(ascii: "`")])
            return
        }
        pad(GoQuote.quote(text, quote: UInt8(ascii: "\""), asciiOnly: flags.plus))
    }

    /// Go's `fmtSbx`: hex of each byte, `% x` separates them, `%#x` prefixes `0x`.
    private mutating func formatHex(_ source: [UInt8], upper: Bool) {
        let digits = Array((upper ? "0123456789ABCDEFX" : "0123456789abcdefx").utf8)
        var length = source.count
        if flags.precisionPresent && flags.precision < length { length = flags.precision }
        var width = 2 * length
        guard width > 0 else {
            if flags.widthPresent { writePadding(flags.width) }
            return
        }
        if flags.space {
            if flags.sharp { width *= 2 }
            width += length - 1
        } else if flags.sharp {
            width += 2
        }
        if flags.widthPresent && flags.width > width && !flags.minus { writePadding(flags.width - width) }
        if flags.sharp { buffer.append(contentsOf: [UInt8(ascii: "0"), digits[16]]) }
        for i in 0..<length {
            if flags.space && i > 0 {
                write(UInt8(ascii: " "))
                if flags.sharp { buffer.append(contentsOf: [UInt8(ascii: "0"), digits[16]]) }
            }
            let byte = source[i]
            buffer.append(digits[Int(byte >> 4)])
            buffer.append(digits[Int(byte & 0xF)])
        }
        if flags.widthPresent && flags.width > width && flags.minus { writePadding(flags.width - width) }
    }
}
