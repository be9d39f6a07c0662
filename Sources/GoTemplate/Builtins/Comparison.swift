import ChartValues

/// Go's `eq`, `lt` and friends: operands are classified by basic kind; ints and uints compare
/// mathematically, other mixed kinds are an error, and only nil compares with non-basic values.
enum Comparison {
    private enum BasicKind { case bool, complex, int, float, string, uint, invalid }

    private static func basicKind(_ operand: Operand) -> BasicKind {
        guard case .value(let value, _) = operand else { return .invalid }
        switch value {
        case .bool: return .bool
        case .int, .int64: return .int
        case .otherInteger(let type, _): return type == .int32 ? .int : .uint
        case .float64: return .float
        case .string: return .string
        case .object(let object): return object is GoComplex ? .complex : .invalid
        default: return .invalid
        }
    }

    private static func value(_ operand: Operand) -> Value? {
        if case .value(let value, _) = operand { return value }
        return nil
    }

    private static func int(_ operand: Operand) -> Int64 {
        switch value(operand) {
        case .int(let n): return Int64(n)
        case .int64(let n), .otherInteger(_, let n): return n
        default: return 0
        }
    }

    private static func uint(_ operand: Operand) -> UInt64 { UInt64(bitPattern: int(operand)) }

    private static func typeName(_ operand: Operand) -> String { value(operand)?.typeName ?? "<nil>" }

    private static func incompatible(_ a: Operand, _ b: Operand) -> GoCallError {
        GoCallError("incompatible types for comparison: \(typeName(a)) and \(typeName(b))")
    }

    private static func isNil(_ operand: Operand) -> Bool {
        guard let value = value(operand) else { return true }
        if case .null = value { return true }
        return false
    }

    /// Whether the value's type is comparable with `==` in Go (slices and maps are not).
    private static func isComparable(_ value: Value) -> Bool {
        switch value {
        case .list, .map, .typedSlice, .typedMap, .bytes: return false
        default: return true
        }
    }

    /// `eq arg1 arg2...`: true if `arg1` equals any of the others.
    static func equal(_ first: Operand, _ others: [Operand]) throws -> Bool {
        let a = first.unboxed
        if others.isEmpty { throw GoCallError("missing argument for comparison") }
        let k1 = basicKind(a)
        for other in others {
            let b = other.unboxed
            let k2 = basicKind(b)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint): truth = int(a) >= 0 && UInt64(int(a)) == uint(b)
                case (.uint, .int): truth = int(b) >= 0 && uint(a) == UInt64(int(b))
                default:
                    if !isNil(a) && !isNil(b) && value(a) != nil && value(b) != nil { throw incompatible(a, b) }
                }
            } else {
                switch k1 {
                case .bool, .string, .float, .complex: truth = value(a) == value(b)
                case .int: truth = int(a) == int(b)
                case .uint: truth = uint(a) == uint(b)
                case .invalid:
                    let va = value(a)
                    let vb = value(b)
                    if let va, let vb, !isNil(a), !isNil(b), va.kind != vb.kind {
                        throw GoCallError(
                            "non-comparable types \(GoFormat.sprintf("%s", [va])): \(va.typeName), \(vb.typeName): \(GoFormat.sprint([vb]))")
                    }
                    if isNil(a) || isNil(b) {
                        truth = isNil(a) == isNil(b)
                    } else if let va, let vb {
                        if !isComparable(vb) {
                            throw GoCallError("non-comparable type \(GoFormat.sprintf("%s", [vb])): \(vb.typeName)")
                        }
                        truth = va == vb
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    /// `lt arg1 arg2`.
    static func less(_ first: Operand, _ second: Operand) throws -> Bool {
        let a = first.unboxed
        let k1 = basicKind(a)
        if k1 == .invalid { throw GoCallError("invalid type for comparison") }
        let b = second.unboxed
        let k2 = basicKind(b)
        if k2 == .invalid { throw GoCallError("invalid type for comparison") }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint): return int(a) < 0 || UInt64(int(a)) < uint(b)
            case (.uint, .int): return int(b) >= 0 && uint(a) < UInt64(int(b))
            default: throw incompatible(a, b)
            }
        }
        switch (value(a), value(b)) {
        case (.float64(let x), .float64(let y)): return x < y
        case (.string(let x), .string(let y)): return goStringLess(x, y)
        default:
            switch k1 {
            case .int: return int(a) < int(b)
            case .uint: return uint(a) < uint(b)
            default: throw GoCallError("invalid type for comparison")
            }
        }
    }

    /// `le arg1 arg2`: `lt`, then `eq`.
    static func lessOrEqual(_ first: Operand, _ second: Operand) throws -> Bool {
        if try less(first, second) { return true }
        return try equal(first, [second])
    }
}
