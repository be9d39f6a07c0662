import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's reflection functions: `typeOf`, `typeIs`, `typeIsLike`, `kindOf`, `kindIs`,
    /// `deepEqual`, `deepCopy`, `mustDeepCopy` (reference §8.3).
    public static let reflection: [String: TemplateFunction] = [
        "typeOf": coreFunction([.interface], result: .string) { .string($0[0].typeName) },
        "kindOf": coreFunction([.interface], result: .string) { .string($0[0].kind.rawValue) },
        "typeIs": coreFunction([.string, .interface], result: .bool) { args in
            .bool(args.string(0) == args[1].typeName)
        },
        "typeIsLike": coreFunction([.string, .interface], result: .bool) { args in
            let type = args[1].typeName
            return .bool(args.string(0) == type || "*" + args.string(0) == type)
        },
        "kindIs": coreFunction([.string, .interface], result: .bool) { args in
            .bool(args.string(0) == args[1].kind.rawValue)
        },
        "deepEqual": coreFunction([.interface, .interface], result: .bool) { .bool($0[0] == $0[1]) },
        // Values are immutable, so a copy is the value itself; copystructure fails on nil.
        "deepCopy": coreFunction([.interface], result: .interface) { try copied($0[0]) },
        "mustDeepCopy": coreFunction([.interface], result: .interface, returnsError: true) { try copied($0[0]) },
    ]

    private static func copied(_ value: Value) throws -> Value {
        if case .null = value { throw GoCallError("reflect: call of reflect.Value.Type on zero Value") }
        return value.deepCopy()
    }
}
