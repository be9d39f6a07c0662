import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's defaults and flow functions: `default`, `empty`, `coalesce`, `all`, `any`,
    /// `ternary` (reference §8.3). Emptiness is Go's truthiness (reference §4.1): structs are
    /// never empty.
    public static let defaults: [String: TemplateFunction] = [
        "default": coreFunction([.interface, .interface], variadic: true, result: .interface) { args in
            guard args.count > 1, args[1].isTruthy else { return args[0] }
            return args[1]
        },
        "empty": coreFunction([.interface], result: .bool) { .bool(!$0[0].isTruthy) },
        "coalesce": coreFunction([.interface], variadic: true, result: .interface) { args in
            args.values.first { $0.isTruthy } ?? .null
        },
        "all": coreFunction([.interface], variadic: true, result: .bool) { args in
            .bool(args.values.allSatisfy { $0.isTruthy })
        },
        "any": coreFunction([.interface], variadic: true, result: .bool) { args in
            .bool(args.values.contains { $0.isTruthy })
        },
        "ternary": coreFunction([.interface, .interface, .bool], result: .interface) { args in
            args.bool(2) ? args[0] : args[1]
        },
    ]
}
