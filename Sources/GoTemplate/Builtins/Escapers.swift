import ChartValues

/// The escaping built-ins `html`, `js` and `urlquery`.
enum Escapers {
    /// Go's `evalArgs`: a single string argument as is; otherwise `fmt.Sprint` of the
    /// arguments, a nil one printed as `<no value>`.
    static func joined(_ values: [Value]) -> String {
        if values.count == 1, case .string(let text) = values[0] { return text }
        return GoFormat.sprint(values.map { value in
            if case .null = value { return .string("<no value>") }
            return value
        })
    }

    /// `template.HTMLEscapeString`.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": out += "\u{FFFD}"
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let upperHex = Array("0123456789ABCDEF")

    /// `template.JSEscapeString`.
    static func javaScript(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(upperHex[Int(scalar.value >> 4)]) + String(upperHex[Int(scalar.value & 0xF)])
                } else if scalar.value < 0x80 || GoQuote.isPrint(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    var hex = String(scalar.value, radix: 16, uppercase: true)
                    if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
                    out += "\\u" + hex
                }
            }
        }
        return out
    }

    /// `url.QueryEscape`.
    static func queryEscape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += "%" + String(upperHex[Int(byte >> 4)]) + String(upperHex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
