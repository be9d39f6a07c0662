/// sigs.k8s.io/yaml's YAML → JSON → Go step: keys stringified, floats checked, and every
/// number retyped as `float64` (the JSON decoder's type for numbers).
enum YAMLToJSON {
    /// Converts a go-yaml value to the `Value` `encoding/json` would decode from its JSON.
    static func convert(_ value: GoYAMLValue) throws(YAMLError.Kind) -> Value {
        let converted = try jsonable(value)
        if let bad = firstNonFinite(converted) { throw .unsupportedValue(GoFloat.format(bad, style: .shortestG)) }
        return converted
    }

    private static func jsonable(_ value: GoYAMLValue) throws(YAMLError.Kind) -> Value {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .float64(Double(i))
        case .uint(let u): return .float64(Double(u))
        case .float(let d): return .float64(d)
        case .string(let s): return .string(s)
        case .list(let items):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try jsonable(item)) }
            return .list(out)
        case .map(let entries):
            var out: [String: Value] = [:]
            for key in entries.keys.sorted(by: GoYAMLKey.fmtLess) {
                let item = entries[key] ?? .null
                out[try keyString(key, value: item)] = try jsonable(item)
            }
            return .map(out)
        }
    }

    /// How sigs.k8s.io/yaml names a non-string key: ints in decimal, floats with 32-bit `%g`,
    /// bools as words; nil and uint64 keys are refused with Go's `%+#v` of key and value.
    private static func keyString(_ key: GoYAMLKey, value: GoYAMLValue) throws(YAMLError.Kind) -> String {
        switch key {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let d):
            if d.isNaN { return ".nan" }
            if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
            return GoFloat.format(d, style: .shortestG32)
        case .null:
            throw .unsupportedMapKey(type: "%!s(<nil>)", key: "<nil>", value: value.goSyntax(topLevel: true))
        case .uint(let u):
            throw .unsupportedMapKey(type: "uint64", key: GoYAMLValue.uint(u).goSyntax(), value: value.goSyntax(topLevel: true))
        }
    }

    /// The first NaN or infinity `json.Marshal` meets (maps in sorted key order).
    private static func firstNonFinite(_ value: Value) -> Double? {
        switch value {
        case .float64(let d): return d.isFinite ? nil : d
        case .list(let items):
            for item in items { if let bad = firstNonFinite(item) { return bad } }
            return nil
        case .map(let entries):
            for (_, item) in Value.sorted(entries) { if let bad = firstNonFinite(item) { return bad } }
            return nil
        default:
            return nil
        }
    }
}
