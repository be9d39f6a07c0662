/// A dynamic value that behaves as Helm's Go values do.
///
/// Each case is one Go dynamic type that can reach a template's output. Go's type decides how a
/// value prints (`1e+06` vs `1000000`), compares and converts, so numbers keep their exact Go
/// type: YAML numbers are always `float64`, `--set` integers `int64`, template literals `int`.
///
/// Maps are stored unordered and iterated in Go's order (sorted keys) by every consumer that
/// prints, ranges over or serialises them; see `sortedEntries`.
public enum Value: Sendable {
    /// A nil `interface {}`.
    case null
    case bool(Bool)
    /// Go's `int` (64-bit here, as on amd64).
    case int(Int)
    case int64(Int64)
    case float64(Double)
    case string(String)
    /// `[]uint8`, e.g. `.Files.GetBytes`.
    case bytes([UInt8])
    /// `[]interface {}`: YAML sequences, `list`, `tuple`.
    case list([Value])
    /// `map[string]interface {}`: YAML mappings, `dict`, `.Release`, `.Chart`. A reference, as
    /// in Go: see `GoMap`.
    case map(GoMap)
    /// A slice whose element type is not `interface {}`: `[]string` (`splitList`, `keys`),
    /// `[]int` (`until`), `[][]interface {}` (`chunk`). The type is the slice type itself.
    case typedSlice(GoType, [Value])
    /// A map of any other (or named) map type: `common.Values`, `map[string]string` (`split`).
    /// The type is the map type itself.
    case typedMap(GoType, GoMap)
    /// A number of another Go integer type (`int32` from `%c` arguments, `uint32`, `uint8`).
    case otherInteger(GoType, Int64)
    /// A struct or pointer with fields and methods: `.Capabilities`, `time.Time`,
    /// `*semver.Version`, certificates, `.Files`.
    case object(any GoObject)

    /// A `map[string]interface {}` holding `entries`, in fresh storage.
    public static func map(_ entries: [String: Value]) -> Value {
        .map(GoMap(entries))
    }

    /// A map of type `type` holding `entries`, in fresh storage.
    public static func typedMap(_ type: GoType, _ entries: [String: Value]) -> Value {
        .typedMap(type, GoMap(entries))
    }

    /// `[]string` built from Swift strings.
    public static func strings(_ items: [String]) -> Value {
        .typedSlice(.slice(.string), items.map(Value.string))
    }

    /// `common.Values`, the named type of `.Values`.
    public static func helmValues(_ entries: [String: Value]) -> Value {
        .typedMap(.helmValues, entries)
    }

    /// The value's dynamic Go type; `nil` for a nil interface (which has none).
    public var goType: GoType? {
        switch self {
        case .null: return nil
        case .bool: return .bool
        case .int: return .int
        case .int64: return .int64
        case .float64: return .float64
        case .string: return .string
        case .bytes: return .slice(.uint8)
        case .list: return .list
        case .map: return .stringMap
        case .typedSlice(let type, _), .typedMap(let type, _), .otherInteger(let type, _): return type
        case .object(let object): return object.goType
        }
    }

    /// `%T` of the value: its type's name, or `<nil>`.
    public var typeName: String { goType?.name ?? "<nil>" }

    /// `reflect.Kind` of the value: `invalid` for nil.
    public var kind: GoKind { goType?.kind ?? .invalid }

    /// Go's truthiness as `if`, `with`, `and`, `or`, `not` and Sprig's `empty` apply it:
    /// false, zero numbers, empty strings and empty collections and nil are false; structs
    /// and non-nil pointers are true.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .otherInteger(_, let i): return i != 0
        case .float64(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .list(let items): return !items.isEmpty
        case .typedSlice(_, let items): return !items.isEmpty
        case .map(let entries): return !entries.isEmpty
        case .typedMap(_, let entries): return !entries.isEmpty
        case .object(let object): return object.isTruthy
        }
    }

    /// The entries of a map value, whatever its map type; `nil` for any other value.
    public var mapEntries: [String: Value]? {
        switch self {
        case .map(let entries), .typedMap(_, let entries): return entries.dictionary
        default: return nil
        }
    }

    /// The shared storage of a map value, for the functions that mutate a map in place as Go
    /// does (`set`, `unset`, `merge`); `nil` for any other value.
    public var mapStorage: GoMap? {
        switch self {
        case .map(let entries), .typedMap(_, let entries): return entries
        default: return nil
        }
    }

    /// The elements of a slice value, whatever its element type; `nil` for any other value.
    public var sliceElements: [Value]? {
        switch self {
        case .list(let items), .typedSlice(_, let items): return items
        case .bytes(let bytes): return bytes.map { .otherInteger(.uint8, Int64($0)) }
        default: return nil
        }
    }

    /// A map's entries in Go's iteration order for printing, ranging and serialising: keys
    /// sorted by byte value.
    public var sortedEntries: [(key: String, value: Value)]? {
        mapEntries.map(Value.sorted)
    }

    /// Sorts map entries by key in Go's order (byte-wise comparison of UTF-8).
    public static func sorted(_ entries: [String: Value]) -> [(key: String, value: Value)] {
        entries.sorted { goStringLess($0.key, $1.key) }
    }

    /// Sorts a map's entries by key in Go's order (byte-wise comparison of UTF-8).
    public static func sorted(_ entries: GoMap) -> [(key: String, value: Value)] {
        entries.sorted { goStringLess($0.key, $1.key) }
    }
}

/// Go's `<` on strings: byte-wise comparison of their UTF-8 encodings.
public func goStringLess(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}

extension Value: Equatable {
    /// Go's `reflect.DeepEqual`: same dynamic types and equal contents.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.int64(let a), .int64(let b)): return a == b
        case (.float64(let a), .float64(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)): return a == b
        case (.typedSlice(let ta, let a), .typedSlice(let tb, let b)): return ta == tb && a == b
        case (.typedMap(let ta, let a), .typedMap(let tb, let b)): return ta == tb && a == b
        case (.otherInteger(let ta, let a), .otherInteger(let tb, let b)): return ta == tb && a == b
        case (.object(let a), .object(let b)): return a.isEqual(to: b)
        default: return false
        }
    }
}
