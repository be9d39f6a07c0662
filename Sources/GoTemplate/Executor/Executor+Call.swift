import ChartValues

/// The declared type of a parameter: a Go type, or Go's `reflect.Value`, which the built-ins
/// use to receive operands untouched (no value and boxed nils included).
enum ParameterType: Equatable {
    case go(GoType)
    case reflectValue

    var name: String {
        switch self {
        case .go(let type): return type.name
        case .reflectValue: return "reflect.Value"
        }
    }
}

/// Something a command can call.
enum Callable {
    case function(TemplateFunction)
    case builtin(Builtin)
    case method(GoMethod)

    var parameterCount: Int {
        switch self {
        case .function(let function): return function.signature.parameters.count
        case .method(let method): return method.signature.parameters.count
        case .builtin(let builtin): return builtin.parameters.count
        }
    }

    /// The declared type of parameter `index`.
    func parameter(_ index: Int) -> ParameterType {
        switch self {
        case .function(let function): return .go(function.signature.parameters[index])
        case .method(let method): return .go(method.signature.parameters[index])
        case .builtin(let builtin): return builtin.parameters[index]
        }
    }

    var isVariadic: Bool {
        switch self {
        case .function(let function): return function.signature.isVariadic
        case .method(let method): return method.signature.isVariadic
        case .builtin(let builtin): return builtin.isVariadic
        }
    }
}

extension Executor {
    func evalFunction(
        _ id: NodeID, name: String, dot: Operand, command: NodeID, arguments: [NodeID], final: Operand?
    ) throws -> Operand {
        setAt(id)
        let callable: Callable
        if let function = context.functions[name] {
            callable = .function(function)
        } else if let builtin = Builtins.table[name] {
            callable = .builtin(builtin)
        } else {
            throw error("\(GoFormat.quote(name)) is not a defined function")
        }
        return try evalCall(callable, name: name, dot: dot, node: command, arguments: arguments, final: final)
    }

    /// Go's `evalCall`: arity check, argument conversion, the short-circuit of `and`/`or`,
    /// then the call, whose error becomes `error calling NAME: ...` at `node`.
    func evalCall(
        _ callable: Callable, name: String, dot: Operand, node: NodeID, arguments: [NodeID], final: Operand?
    ) throws -> Operand {
        let argumentNodes = Array(arguments.dropFirst())
        let parameterCount = callable.parameterCount
        let count = argumentNodes.count + (final == nil ? 0 : 1)
        var fixed = argumentNodes.count
        if callable.isVariadic {
            fixed = parameterCount - 1
            if count < fixed {
                throw error("wrong number of args for \(name): want at least \(parameterCount - 1) got \(argumentNodes.count)")
            }
        } else if count != parameterCount {
            throw error("wrong number of args for \(name): want \(parameterCount) got \(count)")
        }
        if case .builtin(let builtin) = callable, case .shortCircuit(let stopsWhenTruthy) = builtin.evaluation {
            var value = Operand.noValue
            for argument in argumentNodes {
                value = try evalArgument(argument, type: .reflectValue, dot: dot)
                if value.isTruthy == stopsWhenTruthy { return value }
            }
            if let final { value = final }
            return value
        }
        var values: [Operand] = []
        values.reserveCapacity(count)
        var index = 0
        while index < fixed && index < argumentNodes.count {
            values.append(try evalArgument(argumentNodes[index], type: callable.parameter(index), dot: dot))
            index += 1
        }
        if callable.isVariadic && parameterCount > 0 {
            let last = callable.parameter(parameterCount - 1)
            while index < argumentNodes.count {
                values.append(try evalArgument(argumentNodes[index], type: last, dot: dot))
                index += 1
            }
        }
        if let final, parameterCount > 0 {
            let type = callable.parameter(callable.isVariadic && count - 1 < fixed ? count - 1 : parameterCount - 1)
            values.append(try validate(final, type: type))
        }
        do {
            switch callable {
            case .builtin(let builtin):
                guard case .call(let body) = builtin.evaluation else { return values.last ?? .noValue }
                return try body(values, argumentNodes.first.map(describe) ?? "")
            case .function(let function):
                let result = try function.body(self, values.map(\.argument))
                return Executor.result(result, type: function.signature.result)
            case .method(let method):
                let result = try method.body(values.map(\.argument))
                return Executor.result(result, type: method.signature.result)
            }
        } catch let failure {
            setAt(node)
            let underlying: any Error & Sendable = failure
            throw error("error calling \(name): \(failure)", underlying: underlying)
        }
    }

    static func result(_ value: Value, type: GoType) -> Operand {
        if case .null = value { return .value(.null, boxed: true) }
        return .value(value, boxed: type == .interface)
    }

    /// Go's `evalArg`: evaluates an argument node for a parameter of `type`.
    func evalArgument(_ id: NodeID, type: ParameterType, dot: Operand) throws -> Operand {
        setAt(id)
        switch kind(id) {
        case .dot:
            return try validate(dot, type: type)
        case .nilLiteral:
            if case .go(let goType) = type, !ElementType.canBeNil(goType) {
                throw error("cannot assign nil to \(goType.name)")
            }
            if case .go(let goType) = type { return .value(ElementType.zero(of: goType), boxed: goType == .interface) }
            return .noValue
        case .field(let names):
            let value = try evalFieldChain(dot: dot, receiver: dot, node: id, names: names, arguments: [id], final: nil)
            return try validate(value, type: type)
        case .variable(let names):
            return try validate(try evalVariable(id, names: names, dot: dot, arguments: [], final: nil), type: type)
        case .pipeline:
            return try validate(try evalPipeline(id, dot: dot), type: type)
        case .identifier(let name):
            return try validate(try evalFunction(id, name: name, dot: dot, command: id, arguments: [], final: nil), type: type)
        case .chain(let node, let fields):
            return try validate(try evalChain(id, node: node, fields: fields, dot: dot, arguments: [], final: nil), type: type)
        default:
            break
        }
        guard case .go(let goType) = type else { return try evalUntypedArgument(id, dot: dot) }
        switch goType.kind {
        case .bool:
            if case .bool(let value) = kind(id) { return .concrete(.bool(value)) }
            throw error("expected bool; found \(describe(id))")
        case .float64:
            if case .number(let number) = kind(id), number.isFloat { return .concrete(.float64(number.floatValue)) }
            throw error("expected float; found \(describe(id))")
        case .int, .int32, .int64:
            if case .number(let number) = kind(id), number.isInt {
                switch goType.kind {
                case .int: return .concrete(.int(Int(number.int64Value)))
                case .int64: return .concrete(.int64(number.int64Value))
                default: return .concrete(.otherInteger(goType, Int64(Int32(truncatingIfNeeded: number.int64Value))))
                }
            }
            throw error("expected integer; found \(describe(id))")
        case .uint8, .uint32, .uint64:
            if case .number(let number) = kind(id), number.isUint {
                return .concrete(.otherInteger(goType, Int64(bitPattern: number.uint64Value)))
            }
            throw error("expected unsigned integer; found \(describe(id))")
        case .interface:
            return try evalUntypedArgument(id, dot: dot)
        case .string:
            if case .string(_, let value) = kind(id) { return .concrete(.string(value)) }
            throw error("expected string; found \(describe(id))")
        default:
            throw error("can't handle \(describe(id)) for arg of type \(goType.name)")
        }
    }

    /// Go's `validateType`: checks that a computed value fits a parameter, unwrapping one
    /// interface level; no numeric conversion happens.
    func validate(_ value: Operand, type: ParameterType) throws -> Operand {
        guard case .go(let goType) = type else { return value }
        switch value {
        case .noValue:
            if ElementType.canBeNil(goType) { return .value(ElementType.zero(of: goType), boxed: goType == .interface) }
            throw error("invalid value; expected \(goType.name)")
        case .value(let inner, let boxed):
            if goType == .interface { return value }
            if case .null = inner {
                throw error("wrong type for value; expected \(goType.name); got \(boxed ? "interface {}" : "<nil>")")
            }
            guard let dynamic = inner.goType else { return value }
            if ElementType.isAssignable(dynamic, to: goType) { return .concrete(inner) }
            throw error("wrong type for value; expected \(goType.name); got \(dynamic.name)")
        }
    }
}
