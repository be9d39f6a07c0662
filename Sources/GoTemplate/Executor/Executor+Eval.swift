import ChartValues

extension Executor {
    /// Evaluates a pipeline: each command's result is the last argument of the next; a value
    /// of static type `interface {}` is unwrapped after every command (a nil one becomes no
    /// value). Declared variables are pushed, assigned ones updated.
    func evalPipeline(_ id: NodeID, dot: Operand) throws -> Operand {
        setAt(id)
        guard case .pipeline(let pipeline) = kind(id) else { return .noValue }
        var value: Operand?
        for command in pipeline.commands {
            value = try evalCommand(command, dot: dot, final: value).unboxed
        }
        let result = value ?? .noValue
        for name in pipeline.declarations {
            if pipeline.isAssign {
                try setVariable(name, result)
            } else {
                push(name, result)
            }
        }
        return result
    }

    func evalCommand(_ id: NodeID, dot: Operand, final: Operand?) throws -> Operand {
        guard case .command(let arguments) = kind(id), let first = arguments.first else { return .noValue }
        switch kind(first) {
        case .field(let names):
            setAt(first)
            return try evalFieldChain(dot: dot, receiver: dot, node: first, names: names, arguments: arguments, final: final)
        case .chain(let node, let fields):
            return try evalChain(first, node: node, fields: fields, dot: dot, arguments: arguments, final: final)
        case .identifier(let name):
            return try evalFunction(first, name: name, dot: dot, command: id, arguments: arguments, final: final)
        case .pipeline:
            try notAFunction(arguments, final: final)
            return try evalPipeline(first, dot: dot)
        case .variable(let names):
            return try evalVariable(first, names: names, dot: dot, arguments: arguments, final: final)
        default:
            break
        }
        setAt(first)
        try notAFunction(arguments, final: final)
        switch kind(first) {
        case .bool(let value): return .concrete(.bool(value))
        case .dot: return dot
        case .nilLiteral: throw error("nil is not a command")
        case .number(let number): return try idealConstant(first, number)
        case .string(_, let value): return .concrete(.string(value))
        default: throw error("can't evaluate command \(GoFormat.quote(describe(first)))")
        }
    }

    func notAFunction(_ arguments: [NodeID], final: Operand?) throws {
        if arguments.count > 1 || final != nil {
            throw error("can't give argument to non-function \(describe(arguments[0]))")
        }
    }

    /// An untyped number constant: complex if complex, `float64` if written like a float,
    /// else `int`.
    func idealConstant(_ id: NodeID, _ number: NumberLiteral) throws -> Operand {
        setAt(id)
        let text = number.text
        if number.isComplex {
            return .concrete(.object(GoComplex(real: number.complexValue.real, imaginary: number.complexValue.imaginary)))
        }
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X")
            && !text.contains(where: { $0 == "p" || $0 == "P" })
        if number.isFloat && !isHexInt && !text.hasPrefix("'") && text.contains(where: { ".eEpP".contains($0) }) {
            return .concrete(.float64(number.floatValue))
        }
        if number.isInt { return .concrete(.int(Int(number.int64Value))) }
        if number.isUint { throw error("\(text) overflows int") }
        return .noValue
    }

    func evalVariable(_ id: NodeID, names: [String], dot: Operand, arguments: [NodeID], final: Operand?) throws -> Operand {
        setAt(id)
        let value = try variable(names[0])
        if names.count == 1 {
            try notAFunction(arguments, final: final)
            return value
        }
        return try evalFieldChain(dot: dot, receiver: value, node: id, names: Array(names.dropFirst()), arguments: arguments, final: final)
    }

    func evalChain(_ id: NodeID, node: NodeID, fields: [String], dot: Operand, arguments: [NodeID], final: Operand?) throws -> Operand {
        setAt(id)
        if case .nilLiteral = kind(node) { throw error("indirection through explicit nil in \(describe(id))") }
        let receiver = try evalUntypedArgument(node, dot: dot)
        return try evalFieldChain(dot: dot, receiver: receiver, node: id, names: fields, arguments: arguments, final: final)
    }

    func evalFieldChain(
        dot: Operand, receiver: Operand, node: NodeID, names: [String], arguments: [NodeID], final: Operand?
    ) throws -> Operand {
        var current = receiver
        for name in names.dropLast() {
            current = try evalField(dot: dot, name: name, node: node, arguments: [], final: nil, receiver: current)
        }
        return try evalField(dot: dot, name: names[names.count - 1], node: node, arguments: arguments, final: final, receiver: current)
    }

    /// `.Name` on a receiver: a method or field of an object, or a key of a map.
    func evalField(
        dot: Operand, name: String, node: NodeID, arguments: [NodeID], final: Operand?, receiver: Operand
    ) throws -> Operand {
        guard case .value(let value, _) = receiver else {
            if context.options.missingKey == .error { throw error("nil data; no entry for key \(GoFormat.quote(name))") }
            return .noValue
        }
        let staticType = receiver.staticTypeName
        if case .null = value { throw error("nil pointer evaluating \(staticType).\(name)") }
        if case .object(let object) = value, let method = object.method(named: name) {
            return try evalCall(
                .method(method), name: name, dot: dot, node: node, arguments: arguments, final: final)
        }
        let hasArguments = arguments.count > 1 || final != nil
        switch value {
        case .map(let entries), .typedMap(_, let entries):
            if hasArguments { throw error("\(name) is not a method but has arguments") }
            let element = ElementType.of(value) ?? .interface
            if let found = entries[name] {
                return .value(found, boxed: element == .interface)
            }
            if context.options.missingKey == .error { throw error("map has no entry for key \(GoFormat.quote(name))") }
            return .value(ElementType.zero(of: element), boxed: element == .interface)
        case .object(let object):
            if let field = object.field(named: name) {
                if hasArguments { throw error("\(name) has arguments but cannot be invoked as function") }
                return .concrete(field)
            }
            // A named map type with methods (Helm's `.Files`): other names are its keys.
            if object.mapView != nil {
                return try evalField(
                    dot: dot, name: name, node: node, arguments: arguments, final: final,
                    receiver: .value(value.reflectedMap, boxed: false))
            }
        default:
            break
        }
        throw error("can't evaluate field \(name) in type \(staticType)")
    }

    /// An operand evaluated with no expected type (the receiver of a chain).
    func evalUntypedArgument(_ id: NodeID, dot: Operand) throws -> Operand {
        setAt(id)
        switch kind(id) {
        case .dot: return dot
        case .field(let names):
            return try evalFieldChain(dot: dot, receiver: dot, node: id, names: names, arguments: [id], final: nil)
        case .variable(let names):
            return try evalVariable(id, names: names, dot: dot, arguments: [], final: nil)
        case .pipeline:
            return try evalPipeline(id, dot: dot)
        case .identifier(let name):
            return try evalFunction(id, name: name, dot: dot, command: id, arguments: [], final: nil)
        case .chain(let node, let fields):
            return try evalChain(id, node: node, fields: fields, dot: dot, arguments: [], final: nil)
        case .bool(let value): return .concrete(.bool(value))
        case .number(let number): return try idealConstant(id, number)
        case .string(_, let value): return .concrete(.string(value))
        default: throw error("can't handle \(describe(id)) for arg of type <nil>")
        }
    }
}
