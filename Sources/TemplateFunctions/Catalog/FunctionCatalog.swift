import ChartValues
import GoTemplate

/// The template functions of Helm's function map, grouped by Sprig category.
///
/// Each category is a `static let` table (`strings`, `lists`, `dicts`, `math`, `conversion`,
/// `defaults`, `reflection`, `encoding`, `regex`, `paths`, and the categories defined beside
/// them); `HelmFunctions` merges them into the table the executor receives. Every function
/// declares the Go signature Sprig gives it, so the executor converts and rejects arguments
/// exactly as text/template does; bodies only report the function's own errors.
public enum FunctionCatalog {
    /// A function whose body does not need the invoker (everything but `include`/`tpl`).
    static func coreFunction(
        _ parameters: [GoType], variadic: Bool = false, result: GoType, returnsError: Bool = false,
        _ body: @escaping @Sendable (CoreArguments) throws -> Value
    ) -> TemplateFunction {
        TemplateFunction(GoSignature(parameters, variadic: variadic, result: result, returnsError: returnsError)) { _, args in
            try body(CoreArguments(args))
        }
    }
}

/// The already converted arguments of a call, read by the parameter types the signature
/// declared (the executor guarantees them, so a mismatch is a broken invariant and reads as
/// the zero value).
struct CoreArguments {
    let values: [Value]

    init(_ values: [Value]) { self.values = values }

    var count: Int { values.count }

    subscript(index: Int) -> Value { index < values.count ? values[index] : .null }

    /// A `string` parameter.
    func string(_ index: Int) -> String {
        if case .string(let s) = self[index] { return s }
        return ""
    }

    /// An `int` parameter.
    func int(_ index: Int) -> Int {
        switch self[index] {
        case .int(let n): return n
        case .int64(let n): return Int(n)
        case .otherInteger(_, let n): return Int(n)
        default: return 0
        }
    }

    /// A `bool` parameter.
    func bool(_ index: Int) -> Bool {
        if case .bool(let b) = self[index] { return b }
        return false
    }

    /// A `map[string]interface {}` parameter (named map types such as `common.Values` are
    /// assignable to it).
    func map(_ index: Int) -> [String: Value] {
        self[index].mapEntries ?? [:]
    }

    /// The variadic tail from `index` on.
    func rest(from index: Int) -> [Value] {
        index < values.count ? Array(values[index...]) : []
    }
}
