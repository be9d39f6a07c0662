import ChartValues

/// A text/template built-in function: its Go signature (in terms of `ParameterType`) and how
/// it is evaluated.
struct Builtin: Sendable {
    enum Evaluation: Sendable {
        /// A call with the converted operands and the source text of the first argument
        /// (which `call` quotes in its error).
        case call(@Sendable ([Operand], String) throws -> Operand)
        /// `and` / `or`: arguments are evaluated one by one, and the first one whose truth is
        /// `stopsWhenTruthy` is the result (else the last one).
        case shortCircuit(stopsWhenTruthy: Bool)
    }

    var parameters: [ParameterType]
    var isVariadic: Bool
    var evaluation: Evaluation

    init(parameters: [ParameterType], isVariadic: Bool, body: @escaping @Sendable ([Operand], String) throws -> Operand) {
        self.parameters = parameters
        self.isVariadic = isVariadic
        self.evaluation = .call(body)
    }

    init(shortCircuitWhenTruthy stops: Bool) {
        parameters = [.reflectValue, .reflectValue]
        isVariadic = true
        evaluation = .shortCircuit(stopsWhenTruthy: stops)
    }
}

/// Go's built-in functions. A function of the same name in the function table wins, as in Go
/// (Helm's Sprig `slice` replaces Go's).
enum Builtins {
    /// The names, for the parse-time function check.
    static let names: Set<String> = Set(table.keys)

    private static let any = ParameterType.go(.interface)
    private static let reflect = ParameterType.reflectValue

    static let table: [String: Builtin] = [
        "and": Builtin(shortCircuitWhenTruthy: false),
        "or": Builtin(shortCircuitWhenTruthy: true),
        "not": Builtin(parameters: [reflect], isVariadic: false) { values, _ in .concrete(.bool(!values[0].isTruthy)) },
        "len": Builtin(parameters: [reflect], isVariadic: false) { values, _ in .concrete(.int(try length(values[0]))) },
        "index": Builtin(parameters: [reflect, reflect], isVariadic: true) { values, _ in
            try index(values[0], Array(values.dropFirst()))
        },
        "slice": Builtin(parameters: [reflect, reflect], isVariadic: true) { values, _ in
            try slice(values[0], Array(values.dropFirst()))
        },
        "print": Builtin(parameters: [any], isVariadic: true) { values, _ in
            .concrete(.string(GoFormat.sprint(values.map(\.argument))))
        },
        "println": Builtin(parameters: [any], isVariadic: true) { values, _ in
            .concrete(.string(GoFormat.sprintln(values.map(\.argument))))
        },
        "printf": Builtin(parameters: [.go(.string), any], isVariadic: true) { values, _ in
            guard case .string(let format) = values[0].argument else { return .concrete(.string("")) }
            return .concrete(.string(GoFormat.sprintf(format, values.dropFirst().map(\.argument))))
        },
        "html": Builtin(parameters: [any], isVariadic: true) { values, _ in
            .concrete(.string(Escapers.html(Escapers.joined(values.map(\.argument)))))
        },
        "js": Builtin(parameters: [any], isVariadic: true) { values, _ in
            .concrete(.string(Escapers.javaScript(Escapers.joined(values.map(\.argument)))))
        },
        "urlquery": Builtin(parameters: [any], isVariadic: true) { values, _ in
            .concrete(.string(Escapers.queryEscape(Escapers.joined(values.map(\.argument)))))
        },
        "call": Builtin(parameters: [reflect, reflect], isVariadic: true) { values, name in
            guard case .value(let function, _) = values[0].unboxed else { throw GoCallError("call of nil") }
            throw GoCallError("non-function \(name) of type \(function.typeName)")
        },
        "eq": Builtin(parameters: [reflect, reflect], isVariadic: true) { values, _ in
            .concrete(.bool(try Comparison.equal(values[0], Array(values.dropFirst()))))
        },
        "ne": Builtin(parameters: [reflect, reflect], isVariadic: false) { values, _ in
            .concrete(.bool(!(try Comparison.equal(values[0], [values[1]]))))
        },
        "lt": Builtin(parameters: [reflect, reflect], isVariadic: false) { values, _ in
            .concrete(.bool(try Comparison.less(values[0], values[1])))
        },
        "le": Builtin(parameters: [reflect, reflect], isVariadic: false) { values, _ in
            .concrete(.bool(try Comparison.lessOrEqual(values[0], values[1])))
        },
        "gt": Builtin(parameters: [reflect, reflect], isVariadic: false) { values, _ in
            .concrete(.bool(!(try Comparison.lessOrEqual(values[0], values[1]))))
        },
        "ge": Builtin(parameters: [reflect, reflect], isVariadic: false) { values, _ in
            .concrete(.bool(!(try Comparison.less(values[0], values[1]))))
        },
    ]

    /// Go's `length`.
    static func length(_ item: Operand) throws -> Int {
        guard case .value(let value, let boxed) = item else {
            throw GoCallError("reflect: call of reflect.Value.Type on zero Value")
        }
        switch value.reflectedCollection {
        case .null:
            if boxed { throw GoCallError("len of nil pointer") }
            throw GoCallError("reflect: call of reflect.Value.Type on zero Value")
        case .string(let text): return GoStringBytes.bytes(of: text).count
        case .bytes(let bytes): return bytes.count
        case .list(let items), .typedSlice(_, let items): return items.count
        case .map(let entries), .typedMap(_, let entries): return entries.count
        default: throw GoCallError("len of type \(value.typeName)")
        }
    }

    /// Go's `index`: successive indexing of slices, strings (bytes) and maps.
    static func index(_ item: Operand, _ indexes: [Operand]) throws -> Operand {
        var current = item.unboxed
        guard case .value = current else { throw GoCallError("index of untyped nil") }
        for rawIndex in indexes {
            let position = rawIndex.unboxed
            guard case .value(let indexed, _) = current.unboxed else { throw GoCallError("index of nil pointer") }
            let value = indexed.reflectedCollection
            switch value {
            case .list, .typedSlice, .bytes, .string:
                let count: Int
                if case .string(let text) = value { count = text.utf8.count } else { count = value.sliceElements?.count ?? 0 }
                let offset = try indexArgument(position, limit: count)
                if offset == count {
                    if case .string = value { throw GoCallError("reflect: string index out of range") }
                    throw GoCallError("reflect: slice index out of range")
                }
                if case .string(let text) = value {
                    current = .concrete(.otherInteger(.uint8, Int64(Array(text.utf8)[offset])))
                } else {
                    let elements = value.sliceElements ?? []
                    current = .value(elements[offset], boxed: ElementType.of(value) == .interface)
                }
            case .map(let entries), .typedMap(_, let entries):
                let key: String
                switch position {
                case .noValue: throw GoCallError("value is nil; should be of type string")
                case .value(.string(let text), _): key = text
                case .value(let other, _): throw GoCallError("value has type \(other.typeName); should be string")
                }
                let element = ElementType.of(value) ?? .interface
                current = .value(entries[key] ?? ElementType.zero(of: element), boxed: element == .interface)
            default:
                throw GoCallError("can't index item of type \(value.typeName)")
            }
        }
        return current
    }

    /// Go's `indexArg`: an integer index within `0...limit`.
    static func indexArgument(_ index: Operand, limit: Int) throws -> Int {
        guard case .value(let value, _) = index else { throw GoCallError("cannot index slice/array with nil") }
        let number: Int64
        switch value {
        case .int(let n): number = Int64(n)
        case .int64(let n), .otherInteger(_, let n): number = n
        default: throw GoCallError("cannot index slice/array with type \(value.typeName)")
        }
        if number < 0 || number > Int64(limit) { throw GoCallError("index out of range: \(number)") }
        return Int(number)
    }

    /// Go's `slice` (replaced by Sprig's in Helm): `slice x 1 2` is `x[1:2]`.
    static func slice(_ item: Operand, _ indexes: [Operand]) throws -> Operand {
        guard case .value(let value, _) = item.unboxed else { throw GoCallError("slice of untyped nil") }
        if indexes.count > 3 { throw GoCallError("too many slice indexes: \(indexes.count)") }
        switch value {
        case .string(let text):
            if indexes.count == 3 { throw GoCallError("cannot 3-index slice a string") }
            let bytes = Array(text.utf8)
            let bounds = try sliceBounds(indexes, length: bytes.count)
            return .concrete(.string(String(decoding: bytes[bounds.0..<bounds.1], as: UTF8.self)))
        case .list(let items), .typedSlice(_, let items):
            let bounds = try sliceBounds(indexes, length: items.count)
            let part = Array(items[bounds.0..<bounds.1])
            if case .typedSlice(let type, _) = value { return .concrete(.typedSlice(type, part)) }
            return .concrete(.list(part))
        case .bytes(let bytes):
            let bounds = try sliceBounds(indexes, length: bytes.count)
            return .concrete(.bytes(Array(bytes[bounds.0..<bounds.1])))
        default:
            throw GoCallError("can't slice item of type \(value.typeName)")
        }
    }

    private static func sliceBounds(_ indexes: [Operand], length: Int) throws -> (Int, Int) {
        var bounds = [0, length, length]
        for (position, index) in indexes.enumerated() {
            bounds[position] = try indexArgument(index, limit: length)
        }
        if bounds[0] > bounds[1] { throw GoCallError("invalid slice index: \(bounds[0]) > \(bounds[1])") }
        if indexes.count == 3 && bounds[1] > bounds[2] {
            throw GoCallError("invalid slice index: \(bounds[1]) > \(bounds[2])")
        }
        return (bounds[0], bounds[1])
    }
}
