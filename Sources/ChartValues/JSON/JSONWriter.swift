internal import Foundation

/// Writes a `Value` as Go's `encoding/json` encoder does.
struct JSONWriter {
    let escapeHTML: Bool
    let indent: String?
    private(set) var output = ""
    /// The maps being written, outermost first: a map met again is a cycle (`set $d "k" $d`).
    private var enclosingMaps: Set<ObjectIdentifier> = []

    init(escapeHTML: Bool, indent: String?) {
        self.escapeHTML = escapeHTML
        self.indent = indent
    }

    mutating func write(_ value: Value, level: Int) throws(JSONError) {
        switch value {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .int(let i): output += String(i)
        case .int64(let i): output += String(i)
        case .otherInteger(_, let i): output += String(i)
        case .float64(let d):
            guard d.isFinite else { throw JSONError(.unsupportedValue(GoFloat.format(d, style: .shortestG))) }
            output += GoFloat.format(d, style: .json)
        case .string(let s): writeString(s)
        case .bytes(let bytes): writeString(Data(bytes).base64EncodedString())
        case .list(let items), .typedSlice(_, let items):
            try writeList(items, level: level)
        case .map(let entries), .typedMap(_, let entries):
            guard enclosingMaps.insert(entries.identity).inserted else {
                throw JSONError(.unsupportedValue("encountered a cycle via " + value.typeName))
            }
            try writeMap(entries.dictionary, level: level)
            enclosingMaps.remove(entries.identity)
        case .object(let object as any GoJSONStruct):
            try writeFields(object.jsonFields.map { (key: $0.name, value: $0.value) }, level: level)
        case .object(let object):
            try write(object.jsonRepresentation, level: level)
        }
    }

    private mutating func writeList(_ items: [Value], level: Int) throws(JSONError) {
        guard !items.isEmpty else { output += "[]"; return }
        output += "["
        for (index, item) in items.enumerated() {
            if index > 0 { output += "," }
            newline(level + 1)
            try write(item, level: level + 1)
        }
        newline(level)
        output += "]"
    }

    private mutating func writeMap(_ entries: [String: Value], level: Int) throws(JSONError) {
        try writeFields(Value.sorted(entries), level: level)
    }

    /// An object's members in the given order.
    private mutating func writeFields(_ entries: [(key: String, value: Value)], level: Int) throws(JSONError) {
        guard !entries.isEmpty else { output += "{}"; return }
        output += "{"
        for (index, entry) in entries.enumerated() {
            if index > 0 { output += "," }
            newline(level + 1)
            writeString(entry.key)
            output += indent == nil ? ":" : ": "
            try write(entry.value, level: level + 1)
        }
        newline(level)
        output += "}"
    }

    private mutating func newline(_ level: Int) {
        guard let indent else { return }
        output += "\n" + String(repeating: indent, count: level)
    }

    /// Go's `appendString`: control characters as `\n`, `\r`, `\t` or `\u00XX`, HTML
    /// characters as `\u003c` when asked, line/paragraph separators always escaped.
    private mutating func writeString(_ text: String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<", ">", "&":
                if escapeHTML {
                    output += "\\u00" + String(scalar.value, radix: 16)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if GoStringBytes.isRawByte(scalar) {
                    // encoding/json writes each byte that is not UTF-8 as U+FFFD.
                    output += "\\ufffd"
                } else if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
