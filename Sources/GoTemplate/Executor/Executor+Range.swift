import ChartValues

extension Executor {
    /// `{{range}}` over slices (by index), maps (sorted keys), integers (`0..<n`) and nil
    /// (no iterations); the else branch runs when there was no iteration.
    func walkRange(_ control: Control, dot: Operand) throws -> Signal {
        setAt(control.pipe)
        let mark = variables.count
        defer { variables.removeLast(variables.count - mark) }
        let value = try evalPipeline(control.pipe, dot: dot).unboxed
        guard case .pipeline(let pipeline) = kind(control.pipe) else { return .normal }
        let bodyMark = variables.count

        /// Runs the body once; returns false to stop the loop.
        func iterate(index: Operand, element: Operand) throws -> Bool {
            let declared = pipeline.declarations
            if !declared.isEmpty {
                if pipeline.isAssign {
                    try setVariable(declared[0], declared.count > 1 ? index : element)
                } else {
                    variables[variables.count - 1].value = element
                }
            }
            if declared.count > 1 {
                if pipeline.isAssign {
                    try setVariable(declared[1], element)
                } else {
                    variables[variables.count - 2].value = index
                }
            }
            defer { variables.removeLast(variables.count - bodyMark) }
            return try walk(control.list, dot: element) != .breakLoop
        }

        var ran = false
        if case .value(let rangedValue, _) = value {
            let collection = rangedValue.reflectedCollection
            switch collection {
            case .list, .typedSlice, .bytes:
                let elements = collection.sliceElements ?? []
                let boxed = ElementType.of(collection) == .interface
                for (index, element) in elements.enumerated() {
                    ran = true
                    if try !iterate(index: .concrete(.int(index)), element: .value(element, boxed: boxed)) { break }
                }
            case .map, .typedMap:
                let boxed = ElementType.of(collection) == .interface
                for (key, element) in collection.sortedEntries ?? [] {
                    ran = true
                    if try !iterate(index: .concrete(.string(key)), element: .value(element, boxed: boxed)) { break }
                }
            case .int, .int64, .otherInteger:
                if pipeline.declarations.count > 1 {
                    throw error("can't use \(Printing.sprint([collection])) to iterate over more than one variable")
                }
                let count = Executor.integer(collection)
                var index: Int64 = 0
                while index < count {
                    ran = true
                    if try !iterate(index: .noValue, element: .concrete(Executor.sameInteger(collection, index))) { break }
                    index += 1
                }
            case .null:
                break
            default:
                throw error("range can't iterate over \(Printing.sprint([collection]))")
            }
        }
        if !ran, let elseList = control.elseList {
            return try walk(elseList, dot: dot)
        }
        return .normal
    }

    static func integer(_ value: Value) -> Int64 {
        switch value {
        case .int(let number): return Int64(number)
        case .int64(let number), .otherInteger(_, let number): return number
        default: return 0
        }
    }

    /// `number` as a value of the same integer type as `model`.
    static func sameInteger(_ model: Value, _ number: Int64) -> Value {
        switch model {
        case .int: return .int(Int(number))
        case .int64: return .int64(number)
        case .otherInteger(let type, _): return .otherInteger(type, number)
        default: return .int(Int(number))
        }
    }
}
