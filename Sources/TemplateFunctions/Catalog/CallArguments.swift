import ChartValues
import GoTemplate

/// Typed access to the arguments of a call the executor has already converted to the declared
/// Go types, so a body reads `args.string(0)` instead of matching enum cases.
///
/// A mismatch can only come from a wrongly declared signature, never from template input, so
/// it is reported as an internal error rather than trapping.
struct CallArguments {
    let values: [Value]

    init(_ values: [Value]) { self.values = values }

    /// The argument at `index`, or nil (Go's nil interface) when absent.
    subscript(index: Int) -> Value { index < values.count ? values[index] : .null }

    /// A `string` parameter.
    func string(_ index: Int) throws -> String {
        switch self[index] {
        case .string(let text): return text
        case let other: throw CallArguments.mismatch(index, "string", other)
        }
    }

    /// An `int`-kinded parameter (`int`, `int64`, `uint32`...).
    func int(_ index: Int) throws -> Int {
        switch self[index] {
        case .int(let number): return number
        case .int64(let number): return Int(number)
        case .otherInteger(_, let number): return Int(number)
        case let other: throw CallArguments.mismatch(index, "int", other)
        }
    }

    /// An `[]interface {}` parameter; nil is Go's nil slice.
    func list(_ index: Int) throws -> [Value] {
        switch self[index] {
        case .null: return []
        case let value:
            if let items = value.reflectedCollection.sliceElements { return items }
            throw CallArguments.mismatch(index, "[]interface {}", value)
        }
    }

    /// A struct parameter of a known Swift type.
    func object<T: GoObject>(_ index: Int, as type: T.Type) throws -> T {
        if case .object(let object) = self[index], let typed = object as? T { return typed }
        throw CallArguments.mismatch(index, String(describing: type), self[index])
    }

    private static func mismatch(_ index: Int, _ expected: String, _ got: Value) -> GoCallError {
        GoCallError("internal error: argument \(index + 1) is \(got.typeName), not \(expected)")
    }
}

extension TemplateFunction {
    /// A function of fixed arity whose body only needs its converted arguments.
    static func plain(
        _ parameters: [GoType],
        result: GoType,
        returnsError: Bool = false,
        _ body: @escaping @Sendable (CallArguments) throws -> Value
    ) -> TemplateFunction {
        TemplateFunction(GoSignature(parameters, result: result, returnsError: returnsError)) { _, values in
            try body(CallArguments(values))
        }
    }
}
