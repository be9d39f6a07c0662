/// Builds emitter nodes the way go-yaml's encoders choose scalar styles and key order.
enum YAMLEncoder {
    /// go-yaml v2 over the value sigs.k8s.io/yaml re-read from JSON (`toYaml`).
    static func v2Node(_ value: GoYAMLValue) -> YAMLEmitNode {
        switch value {
        case .null: return .scalar("null", .plain)
        case .bool(let b): return .scalar(b ? "true" : "false", .plain)
        case .int(let i): return .scalar(String(i), .plain)
        case .uint(let u): return .scalar(String(u), .plain)
        case .float(let d): return .scalar(floatText(d), .plain)
        case .string(let s): return stringNode(s)
        case .list(let items): return .sequence(items.map(v2Node))
        case .map(let entries):
            let keys = entries.keys.map(keyText).sorted(by: YAMLKeyOrder.v2.less)
            var byText: [String: GoYAMLValue] = [:]
            for (key, item) in entries { byText[keyText(key)] = item }
            return .mapping(keys.map { (key: stringNode($0), value: v2Node(byText[$0] ?? .null)) })
        }
    }

    /// go-yaml v3 over the Go value itself (`toYamlPretty`): Go's own number types survive.
    static func v3Node(_ value: Value) -> YAMLEmitNode {
        switch value {
        case .null: return .scalar("null", .plain)
        case .bool(let b): return .scalar(b ? "true" : "false", .plain)
        case .int(let i): return .scalar(String(i), .plain)
        case .int64(let i): return .scalar(String(i), .plain)
        case .otherInteger(_, let i): return .scalar(String(i), .plain)
        case .float64(let d): return .scalar(floatText(d), .plain)
        case .string(let s): return stringNode(s)
        case .bytes(let bytes): return .sequence(bytes.map { .scalar(String($0), .plain) })
        case .list(let items), .typedSlice(_, let items): return .sequence(items.map(v3Node))
        case .map(let entries), .typedMap(_, let entries):
            let keys = entries.keys.sorted(by: YAMLKeyOrder.v3.less)
            return .mapping(keys.map { (key: stringNode($0), value: v3Node(entries[$0] ?? .null)) })
        case .object(let object): return v3Node(object.jsonRepresentation)
        }
    }

    private static func keyText(_ key: GoYAMLKey) -> String {
        switch key {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .float(let d): return floatText(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    private static func floatText(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return GoFloat.format(d, style: .shortestG)
    }

    /// go-yaml's `stringv`: literal block for multi-line text, plain when the text would read
    /// back as the same string (not a YAML 1.1 bool/null/number/timestamp, not base 60), else
    /// double quotes. The emitter may still fall back to single or double quotes.
    static func stringNode(_ s: String) -> YAMLEmitNode {
        if s.contains("\n") { return .scalar(s, .literal) }
        return .scalar(s, canUsePlain(s) ? .plain : .doubleQuoted)
    }

    private static func canUsePlain(_ s: String) -> Bool {
        if s == "<<" { return true }
        guard let resolved = try? YAMLResolver.resolve(tag: "", text: s) else { return false }
        return resolved.tag == YAMLResolver.strTag && !isBase60Float(s)
    }

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
    static func isBase60Float(_ s: String) -> Bool {
        var chars = Array(s.unicodeScalars)[...]
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        if let c = chars.first, c == "-" || c == "+" { chars = chars.dropFirst() }
        guard isDigit(chars.first) else { return false }
        chars = chars.dropFirst()
        while let c = chars.first, isDigit(c) || c == "_" { chars = chars.dropFirst() }
        var groups = 0
        while chars.first == ":" {
            chars = chars.dropFirst()
            if let c = chars.first, ("0"..."5").contains(c), isDigit(chars.dropFirst().first) {
                chars = chars.dropFirst(2)
            } else if isDigit(chars.first) {
                chars = chars.dropFirst()
            } else {
                return false
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if chars.first == "." {
            chars = chars.dropFirst()
            while let c = chars.first, isDigit(c) || c == "_" { chars = chars.dropFirst() }
        }
        return chars.isEmpty
    }
}
