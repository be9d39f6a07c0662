import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's list functions (reference §8.7). They accept any slice (`[]interface {}`,
    /// `[]string`, `[]int`, ...) and fail on anything else with Sprig's text; the plain and
    /// `must` variants report the same message (one panics, the other returns it).
    public static let lists: [String: TemplateFunction] = {
        var table: [String: TemplateFunction] = [
            "list": coreFunction([.interface], variadic: true, result: .list) { .list($0.values) },
            "concat": coreFunction([.interface], variadic: true, result: .interface) { args in
                var result: [Value] = []
                for value in args.values {
                    guard let items = value.reflectedCollection.sliceElements else {
                        throw ListError.nilOr(value, GoCallError("Cannot concat type \(value.kind.rawValue) as list"))
                    }
                    result += items
                }
                return .list(result)
            },
            "has": coreFunction([.interface, .interface], result: .bool) { args in
                if case .null = args[1] { return .bool(false) }
                let items = try ListError.elements(args[1], "Cannot find has on type")
                return .bool(items.contains(args[0]))
            },
            "slice": coreFunction([.interface, .interface], variadic: true, result: .interface) { args in
                let list = args[0]
                guard let items = list.reflectedCollection.sliceElements else {
                    throw ListError.nilOr(list, GoCallError("list should be type of slice or array but \(list.kind.rawValue)"))
                }
                if items.isEmpty { return .null }
                let start = args.count > 1 ? Int(SprigCast.toInt64(args[1])) : 0
                let end = args.count > 2 ? Int(SprigCast.toInt64(args[2])) : items.count
                guard start >= 0, start <= end, end <= items.count else {
                    throw GoCallError("reflect.Value.Slice: slice index out of bounds")
                }
                return ListError.sameType(list, Array(items[start..<end]))
            },
            "chunk": coreFunction([.int, .interface], result: .slice(.list)) { args in
                let items = try ListError.elements(args[1], "Cannot chunk type")
                return .typedSlice(.slice(.list), try ListError.chunks(items, size: args.int(0)).map(Value.list))
            },
        ]
        let unary: [(String, String, GoType, @Sendable ([Value]) -> Value)] = [
            ("first", "Cannot find first on type", .interface, { $0.first ?? .null }),
            ("last", "Cannot find last on type", .interface, { $0.last ?? .null }),
            ("rest", "Cannot find rest on type", .list, { .list(Array($0.dropFirst())) }),
            ("initial", "Cannot find initial on type", .list, { .list(Array($0.dropLast())) }),
            ("reverse", "Cannot find reverse on type", .list, { .list($0.reversed()) }),
            ("compact", "Cannot compact on type", .list, { .list($0.filter { $0.isTruthy }) }),
            ("uniq", "Cannot find uniq on type", .list, { items in
                var kept: [Value] = []
                for item in items where !kept.contains(item) { kept.append(item) }
                return .list(kept)
            }),
        ]
        for (name, message, result, body) in unary {
            let function = coreFunction([.interface], result: result) { args in
                body(try ListError.elements(args[0], message))
            }
            table[name] = function
            table["must" + name.prefix(1).uppercased() + name.dropFirst()] = withError(function)
        }
        let appending: [(String, String, @Sendable ([Value], Value) -> [Value])] = [
            ("append", "Cannot push on type", { $0 + [$1] }),
            ("push", "Cannot push on type", { $0 + [$1] }),
            ("prepend", "Cannot prepend on type", { [$1] + $0 }),
        ]
        for (name, message, body) in appending {
            let function = coreFunction([.interface, .interface], result: .list) { args in
                .list(body(try ListError.elements(args[0], message), args[1]))
            }
            table[name] = function
            table["must" + name.prefix(1).uppercased() + name.dropFirst()] = withError(function)
        }
        let without = coreFunction([.interface, .interface], variadic: true, result: .list) { args in
            let omitted = args.rest(from: 1)
            return .list(try ListError.elements(args[0], "Cannot find without on type").filter { !omitted.contains($0) })
        }
        table["without"] = without
        table["mustWithout"] = withError(without)
        for name in ["has", "slice", "chunk"] {
            if let function = table[name] { table["must" + name.prefix(1).uppercased() + name.dropFirst()] = withError(function) }
        }
        table["tuple"] = table["list"]
        return table
    }()

    /// The same function declared with a second, `error` result (the `must` variants).
    private static func withError(_ function: TemplateFunction) -> TemplateFunction {
        var signature = function.signature
        signature.returnsError = true
        return TemplateFunction(signature, body: function.body)
    }
}

/// Sprig's list argument checks and their error texts.
enum ListError {
    /// The elements of a slice argument, or Sprig's `MESSAGE KIND` error (a nil argument makes
    /// Sprig dereference a nil type: Go's nil pointer panic).
    static func elements(_ value: Value, _ message: String) throws -> [Value] {
        guard let items = value.reflectedCollection.sliceElements else {
            throw nilOr(value, GoCallError("\(message) \(value.kind.rawValue)"))
        }
        return items
    }

    /// Go's nil pointer panic for a nil argument, else `error`.
    static func nilOr(_ value: Value, _ error: GoCallError) -> GoCallError {
        if case .null = value { return GoCallError("runtime error: invalid memory address or nil pointer dereference") }
        return error
    }

    /// A sub-slice of the same slice type as `list`.
    static func sameType(_ list: Value, _ items: [Value]) -> Value {
        switch list {
        case .typedSlice(let type, _): return .typedSlice(type, items)
        case .bytes: return .bytes(items.map { UInt8(truncatingIfNeeded: CoreArguments([$0]).int(0)) })
        default: return .list(items)
        }
    }

    /// Sprig `chunk`: lists of `size` elements, the last one shorter; a size that Go's float
    /// arithmetic turns into a negative length panics as Go's `make` does.
    static func chunks(_ items: [Value], size: Int) throws -> [[Value]] {
        let lengthError = GoCallError("runtime error: makeslice: len out of range")
        guard size != 0 else { throw lengthError }
        let count = Int(((Double(items.count - 1) / Double(size)).rounded(.down))) + 1
        guard count >= 0 else { throw lengthError }
        var result: [[Value]] = []
        for i in 0..<count {
            var length = size
            if i == count - 1 {
                length = items.count % size
                if length == 0 { length = size }
            }
            guard length >= 0 else { throw lengthError }
            let start = i * size
            guard start >= 0, start + length <= items.count else {
                throw GoCallError("runtime error: index out of range [\(max(start, items.count))] with length \(items.count)")
            }
            result.append(Array(items[start..<(start + length)]))
        }
        return result
    }
}
