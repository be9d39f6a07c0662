/// A Go static type, as far as it can be observed from a Helm template.
///
/// Go's types leak into output: `%T` and Sprig's `typeOf` print them, `kindOf` prints their
/// kind, and text/template's argument checks quote them in errors (`expected string; got
/// float64`). Every `Value` can say which Go type it has; nested containers remember the
/// static type of their element slots, which is what Go prints for nil-in-a-slot errors.
public indirect enum GoType: Sendable, Hashable {
    /// `interface {}`: the static type of every slot in Helm's values maps and lists.
    case interface
    case bool
    case int
    case int32
    case int64
    case uint8
    case uint32
    case uint64
    case float64
    case string
    case slice(GoType)
    case map(key: GoType, value: GoType)
    case pointer(GoType)
    /// A named type such as `common.Values` or `time.Time`, with the type it is built on.
    case named(String, underlying: GoType)
    /// An anonymous or opaque struct, printed by its name (`struct {...}` is never needed).
    case structure(String)
    /// A function value (`func(...) ...`), as reached through `call`.
    case function(String)

    /// `[]interface {}`
    public static let list = GoType.slice(.interface)
    /// `map[string]interface {}`
    public static let stringMap = GoType.map(key: .string, value: .interface)
    /// `common.Values`, the named map type of `.Values`.
    public static let helmValues = GoType.named("common.Values", underlying: .stringMap)

    /// The type's name as Go's `%T` prints it.
    public var name: String {
        switch self {
        case .interface: return "interface {}"
        case .bool: return "bool"
        case .int: return "int"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .float64: return "float64"
        case .string: return "string"
        case .slice(let element): return "[]" + element.name
        case .map(let key, let value): return "map[\(key.name)]\(value.name)"
        case .pointer(let pointee): return "*" + pointee.name
        case .named(let name, _): return name
        case .structure(let name): return name
        case .function(let signature): return signature
        }
    }

    /// The type's `reflect.Kind` as Go prints it (`kindOf`).
    public var kind: GoKind {
        switch self {
        case .interface: return .interface
        case .bool: return .bool
        case .int: return .int
        case .int32: return .int32
        case .int64: return .int64
        case .uint8: return .uint8
        case .uint32: return .uint32
        case .uint64: return .uint64
        case .float64: return .float64
        case .string: return .string
        case .slice: return .slice
        case .map: return .map
        case .pointer: return .pointer
        case .named(_, let underlying): return underlying.kind
        case .structure: return .structure
        case .function: return .function
        }
    }

    /// The type below any name: `common.Values` is a `map[string]interface {}`.
    public var underlying: GoType {
        if case .named(_, let underlying) = self { return underlying.underlying }
        return self
    }
}

/// Go's `reflect.Kind`, with the names `kindOf` prints.
public enum GoKind: String, Sendable, Hashable {
    case invalid, bool, int, int32, int64, uint8, uint32, uint64, float64, string
    case slice, map, interface
    case pointer = "ptr"
    case structure = "struct"
    case function = "func"
}
