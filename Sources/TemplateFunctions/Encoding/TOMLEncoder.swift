import ChartValues

/// TOML output as BurntSushi/toml's encoder writes it for Helm's `toToml`: in each table the
/// plain keys first, then sub-tables and arrays of tables, each group sorted; nested keys
/// indented two spaces per level; a blank line before top-level tables; nil values skipped.
enum TOMLEncoder {
    /// Encodes `value`; a top-level non-table value is written alone (`[1]`, `"x"`).
    static func encode(_ value: Value) throws(GoCallError) -> String {
        var writer = Writer()
        if let entries = value.mapEntries {
            try writer.table(entries, path: [])
        } else if isNil(value) {
            return ""
        } else {
            try writer.element(value)
        }
        return writer.output
    }

    private static func isNil(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    /// What BurntSushi calls a table: a map, or a non-empty array whose elements are all maps.
    private static func isTable(_ value: Value) -> Bool {
        if value.mapEntries != nil { return true }
        return isTableArray(value)
    }

    private static func isTableArray(_ value: Value) -> Bool {
        guard let items = value.sliceElements, !items.isEmpty, case .list = value else { return false }
        return items.allSatisfy { $0.mapEntries != nil }
    }

    private struct Writer {
        var output = ""
        /// Open containers; bounded so a hostile value cannot exhaust the stack.
        var nesting = 0

        private mutating func newline() {
            if !output.isEmpty { output += "\n" }
        }

        private static func indent(_ path: [String]) -> String {
            String(repeating: "  ", count: max(0, path.count - 1))
        }

        private static func header(_ path: [String]) -> String { path.map(key).joined(separator: ".") }

        mutating func table(_ entries: [String: Value], path: [String]) throws(GoCallError) {
            guard path.count <= 10_000 else { throw GoCallError("toml: value nested too deeply") }
            let sorted = Value.sorted(entries).filter { !TOMLEncoder.isNil($0.value) }
            for (name, value) in sorted where !TOMLEncoder.isTable(value) {
                output += Self.indent(path + [name]) + Self.key(name) + " = "
                try element(value)
                newline()
            }
            for (name, value) in sorted where TOMLEncoder.isTable(value) {
                let childPath = path + [name]
                if let childEntries = value.mapEntries {
                    if childPath.count == 1 { newline() }
                    output += Self.indent(childPath) + "[" + Self.header(childPath) + "]"
                    newline()
                    try table(childEntries, path: childPath)
                } else {
                    for item in value.sliceElements ?? [] {
                        guard let itemEntries = item.mapEntries else { continue }
                        newline()
                        output += Self.indent(childPath) + "[[" + Self.header(childPath) + "]]"
                        newline()
                        try table(itemEntries, path: childPath)
                    }
                }
            }
        }

        mutating func element(_ value: Value) throws(GoCallError) {
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= 10_000 else { throw GoCallError("toml: value nested too deeply") }
            switch value {
            case .null: throw GoCallError("toml: cannot encode a nil value")
            case .bool(let flag): output += flag ? "true" : "false"
            case .int(let number): output += String(number)
            case .int64(let number): output += String(number)
            case .otherInteger(let type, let number):
                output += type == .uint64 ? String(UInt64(bitPattern: number)) : String(number)
            case .float64(let number): output += TOMLEncoder.float(number)
            case .string(let text): output += TOMLEncoder.quote(text)
            case .bytes(let bytes): output += TOMLEncoder.quote(String(decoding: bytes, as: UTF8.self))
            case .list(let items), .typedSlice(_, let items):
                output += "["
                for (index, item) in items.enumerated() {
                    if TOMLEncoder.isNil(item) { throw GoCallError("toml: cannot encode array with nil element") }
                    if index > 0 { output += ", " }
                    try element(item)
                }
                output += "]"
            case .map(let entries), .typedMap(_, let entries):
                output += "{"
                let sorted = Value.sorted(entries).filter { !TOMLEncoder.isNil($0.value) }
                let ordered = sorted.filter { !TOMLEncoder.isTable($0.value) } + sorted.filter { TOMLEncoder.isTable($0.value) }
                for (index, entry) in ordered.enumerated() {
                    if index > 0 { output += ", " }
                    output += Self.key(entry.key) + " = "
                    try element(entry.value)
                }
                output += "}"
            case .object(let object):
                if let time = object as? GoTimeObject {
                    output += GoTimeLayout.format(time.time, layout: "2006-01-02T15:04:05.999999999Z07:00")
                } else if let text = object.stringMethodResult {
                    output += TOMLEncoder.quote(text)
                } else {
                    try element(object.jsonRepresentation)
                }
            }
        }

        /// A bare key when it is `[A-Za-z0-9_-]+`, else a quoted one.
        static func key(_ name: String) -> String {
            let bare = !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
            }
            return bare ? name : TOMLEncoder.quote(name)
        }
    }

    /// Go's shortest `%g` with `.0` added to integral values (`1.0`, `1e+06`, `-0.0`).
    static func float(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        let text = GoFloat.format(number, style: .shortestG)
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// A TOML basic string with BurntSushi's escapes.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
