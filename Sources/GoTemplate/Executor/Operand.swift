import ChartValues

/// A value during execution, as Go's executor holds a `reflect.Value`.
///
/// Go tells apart a value with nothing in it (an invalid `reflect.Value`: "no value", what a
/// missing variable or a parenthesised nil pipeline holds) from a nil `interface {}` read out of
/// a map or slice slot, which still has a static type. The two print the same but fail
/// differently (reference §4.2), so the executor keeps the distinction here and nowhere else.
enum Operand {
    /// Go's invalid `reflect.Value`.
    case noValue
    /// A value; `boxed` when its static type is `interface {}` (read from a map or slice slot
    /// of element type `interface {}`, or returned by a function declared to return `any`).
    case value(Value, boxed: Bool)

    /// A concrete (unboxed) value.
    static func concrete(_ value: Value) -> Operand { .value(value, boxed: false) }

    /// The value a function receives for this operand.
    var argument: Value {
        if case .value(let value, _) = self { return value }
        return .null
    }

    /// Go's `indirectInterface`: the value inside an interface; a nil interface is no value.
    var unboxed: Operand {
        if case .value(let value, true) = self {
            if case .null = value { return .noValue }
            return .value(value, boxed: false)
        }
        return self
    }

    /// The static type's name, as errors quote it (`interface {}` for a boxed value).
    var staticTypeName: String {
        switch self {
        case .noValue: return "<nil>"
        case .value(let value, let boxed): return boxed ? "interface {}" : value.typeName
        }
    }

    /// Go's `isTrue` of the unboxed value; no value is false.
    var isTruthy: Bool {
        if case .value(let value, _) = unboxed { return value.isTruthy }
        return false
    }
}

/// The static type of the elements of a container, which decides whether values read out
/// of it are boxed.
enum ElementType {
    /// The element type of a map or slice value, or `nil` if the value is neither.
    static func of(_ value: Value) -> GoType? {
        switch value {
        case .list, .map: return .interface
        case .bytes: return .uint8
        case .typedSlice(let type, _):
            if case .slice(let element) = type.underlying { return element }
            return .interface
        case .typedMap(let type, _):
            if case .map(_, let element) = type.underlying { return element }
            return .interface
        default: return nil
        }
    }

    /// Go's `reflect.Zero(type)` as a value.
    static func zero(of type: GoType) -> Value {
        switch type.underlying {
        case .bool: return .bool(false)
        case .int: return .int(0)
        case .int64: return .int64(0)
        case .int32, .uint8, .uint32, .uint64: return .otherInteger(type, 0)
        case .float64: return .float64(0)
        case .string: return .string("")
        case .slice(let element):
            if case .named = type { return .typedSlice(type, []) }
            if element == .uint8 { return .bytes([]) }
            if element == .interface { return .list([]) }
            return .typedSlice(type, [])
        case .map(let key, let element):
            if case .named = type { return .typedMap(type, [:]) }
            if key == .string && element == .interface { return .map(GoMap.nilMap) }
            return .typedMap(type, [:])
        default: return .null
        }
    }

    /// Go's `canBeNil`: the types whose zero value is nil.
    static func canBeNil(_ type: GoType) -> Bool {
        switch type.underlying {
        case .interface, .slice, .map, .pointer, .function: return true
        default: return false
        }
    }

    /// Go's `AssignableTo` for the types a template meets.
    static func isAssignable(_ from: GoType, to: GoType) -> Bool {
        if to == .interface || from == to { return true }
        let fromNamed = if case .named = from { true } else { false }
        let toNamed = if case .named = to { true } else { false }
        if fromNamed && toNamed { return false }
        return from.underlying == to.underlying && (fromNamed || toNamed)
    }
}
