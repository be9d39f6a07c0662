/// A value as go-yaml v2 decodes it into `interface {}`: the stage between the YAML node tree
/// and the JSON-typed `Value` Helm finally sees.
///
/// It matters because Go's types at this stage decide the JSON conversion: `int` and `uint64`
/// keys are stringified differently, `float64` keys go through 32-bit `%g`, nil keys fail.
indirect enum GoYAMLValue {
    case null
    case bool(Bool)
    case int(Int)
    case uint(UInt64)
    case float(Double)
    case string(String)
    case list([GoYAMLValue])
    /// `map[interface {}]interface {}`: keys are scalars (collections are refused as keys).
    case map([GoYAMLKey: GoYAMLValue])
}

/// A scalar mapping key of a `map[interface {}]interface {}`; Go compares keys by type and value.
enum GoYAMLKey: Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case uint(UInt64)
    case float(Double)
    case string(String)

    var value: GoYAMLValue {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        }
    }
}

extension GoYAMLValue {
    /// Go's `%#v` of the value inside an `interface {}`, as go-yaml and sigs.k8s.io/yaml quote
    /// keys and values in their errors. `topLevel` prints a nil as `<nil>` (a nil argument)
    /// rather than `interface {}(nil)` (a nil slot).
    func goSyntax(topLevel: Bool = false) -> String {
        switch self {
        case .null: return topLevel ? "<nil>" : "interface {}(nil)"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "0x" + String(u, radix: 16)
        case .float(let d): return GoFloat.format(d, style: .shortestG)
        case .string(let s): return GoQuote.quote(s)
        case .list(let items): return "[]interface {}{" + items.map { $0.goSyntax() }.joined(separator: ", ") + "}"
        case .map(let entries):
            let keys = entries.keys.sorted(by: GoYAMLKey.fmtLess)
            let body = keys.map { key in key.value.goSyntax() + ":" + (entries[key] ?? .null).goSyntax() }
            return "map[interface {}]interface {}{" + body.joined(separator: ", ") + "}"
        }
    }
}

extension GoYAMLKey {
    /// fmt's sorted map printing for mixed interface keys: nil first, then by type, then value.
    static func fmtLess(_ a: GoYAMLKey, _ b: GoYAMLKey) -> Bool {
        func rank(_ k: GoYAMLKey) -> Int {
            switch k {
            case .null: return 0
            case .bool: return 1
            case .int: return 2
            case .uint: return 3
            case .float: return 4
            case .string: return 5
            }
        }
        switch (a, b) {
        case (.bool(let x), .bool(let y)): return !x && y
        case (.int(let x), .int(let y)): return x < y
        case (.uint(let x), .uint(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.string(let x), .string(let y)): return goStringLess(x, y)
        default: return rank(a) < rank(b)
        }
    }
}
