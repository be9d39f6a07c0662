import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's dictionary functions (reference §8.6).
    ///
    /// Go maps are references: `set`, `unset`, `merge` and `mergeOverwrite` change the map
    /// they were given, in place, and return it; every alias of that map sees the change.
    public static let dicts: [String: TemplateFunction] = {
        var table: [String: TemplateFunction] = [
            "dict": coreFunction([.interface], variadic: true, result: .stringMap) { args in
                var entries: [String: Value] = [:]
                var i = 0
                while i < args.count {
                    entries[SprigCast.string(args[i])] = i + 1 < args.count ? args[i + 1] : .string("")
                    i += 2
                }
                return .map(entries)
            },
            "get": coreFunction([.stringMap, .string], result: .interface) { args in
                args.map(0)[args.string(1)] ?? .string("")
            },
            "set": coreFunction([.stringMap, .string, .interface], result: .stringMap) { args in
                // A nil map argument: Go panics, which text/template reports as the call's error.
                let map = args.sharedMap(0)
                if map.isNil { throw GoCallError("assignment to entry in nil map") }
                map.setShared(args.string(1), args[2])
                return .map(map)
            },
            "unset": coreFunction([.stringMap, .string], result: .stringMap) { args in
                let map = args.sharedMap(0)
                map.removeShared(args.string(1))
                return .map(map)
            },
            "hasKey": coreFunction([.stringMap, .string], result: .bool) { args in
                .bool(args.map(0)[args.string(1)] != nil)
            },
            "pluck": coreFunction([.string, .stringMap], variadic: true, result: .list) { args in
                .list(args.rest(from: 1).compactMap { $0.mapEntries?[args.string(0)] })
            },
            // Go iterates maps in random order; sorted keys are one of the orders it may give.
            "keys": coreFunction([.stringMap], variadic: true, result: .slice(.string)) { args in
                .strings(args.values.flatMap { Value.sorted($0.mapEntries ?? [:]).map(\.key) })
            },
            "values": coreFunction([.stringMap], result: .list) { args in
                .list(Value.sorted(args.map(0)).map(\.value))
            },
            "pick": coreFunction([.stringMap, .string], variadic: true, result: .stringMap) { args in
                let source = args.map(0)
                var entries: [String: Value] = [:]
                for key in args.rest(from: 1).map({ CoreArguments([$0]).string(0) }) where source[key] != nil {
                    entries[key] = source[key]
                }
                return .map(entries)
            },
            "omit": coreFunction([.stringMap, .string], variadic: true, result: .stringMap) { args in
                var entries = args.map(0)
                for key in args.rest(from: 1) { entries[CoreArguments([key]).string(0)] = nil }
                return .map(entries)
            },
            "dig": coreFunction([.interface], variadic: true, result: .interface, returnsError: true) { args in
                try DictMerge.dig(args.values)
            },
        ]
        let merge = coreFunction([.stringMap, .stringMap], variadic: true, result: .interface) { args in
            DictMerge.mergeAll(args, overwrite: false)
        }
        let mergeOverwrite = coreFunction([.stringMap, .stringMap], variadic: true, result: .interface) { args in
            DictMerge.mergeAll(args, overwrite: true)
        }
        table["merge"] = merge
        table["mergeOverwrite"] = mergeOverwrite
        for (name, function) in [("mustMerge", merge), ("mustMergeOverwrite", mergeOverwrite)] {
            var signature = function.signature
            signature.returnsError = true
            table[name] = TemplateFunction(signature, body: function.body)
        }
        return table
    }()
}

/// mergo's deep merge as Sprig configures it, and Sprig's `dig`.
enum DictMerge {
    /// Sprig's `merge DST SRC...`: merges each source into the first map in place and
    /// returns that map (as `map[string]interface {}`).
    static func mergeAll(_ args: CoreArguments, overwrite: Bool) -> Value {
        var destination = args.sharedMap(0)
        if destination.isNil { destination = GoMap() }
        for source in args.rest(from: 1) {
            merge(into: destination, from: source.mapStorage ?? GoMap(), overwrite: overwrite)
        }
        return .map(destination)
    }

    /// mergo's map merge, in place: a nil source value only replaces with `overwrite`; a map
    /// merges recursively into the destination's map at that key (which stays, unless it is
    /// still empty afterwards); otherwise `overwrite` lets every source value win (even empty
    /// ones), and without it a source value only fills a key that is missing or empty. A
    /// source map stored this way is shared with the destination, as in Go.
    static func merge(into destination: GoMap, from source: GoMap, overwrite: Bool) {
        for (key, value) in source.dictionary {
            if case .null = value {
                if overwrite { destination.setShared(key, value) }
                continue
            }
            let existing = destination[key]
            if let sourceMap = value.mapStorage, let existingMap = existing?.mapStorage {
                merge(into: existingMap, from: sourceMap, overwrite: overwrite)
                if !existingMap.isEmpty { continue }
            }
            if overwrite || !(existing?.isTruthy ?? false) {
                destination.setShared(key, value)
            }
        }
    }

    /// Sprig `dig KEY... DEFAULT DICT`: the dict must be a plain `map[string]interface {}` and
    /// each step a map too, else Go's failed type assertion.
    static func dig(_ args: [Value]) throws -> Value {
        guard args.count >= 3 else { throw GoCallError("dig needs at least three arguments") }
        var current = try assertMap(args[args.count - 1])
        let fallback = args[args.count - 2]
        let keys = try args[..<(args.count - 2)].map { key -> String in
            guard case .string(let s) = key else { throw conversionError(key, expected: "string") }
            return s
        }
        for (index, key) in keys.enumerated() {
            guard let step = current[key] else { return fallback }
            if index == keys.count - 1 { return step }
            current = try assertMap(step)
        }
        return fallback
    }

    private static func assertMap(_ value: Value) throws -> GoMap {
        guard case .map(let entries) = value else { throw conversionError(value, expected: "map[string]interface {}") }
        return entries
    }

    private static func conversionError(_ value: Value, expected: String) -> GoCallError {
        let actual = value.goType?.name ?? "nil"
        return GoCallError("interface conversion: interface {} is \(actual), not \(expected)")
    }
}

extension CoreArguments {
    /// A `map[string]interface {}` parameter as the shared Go map itself, for the functions
    /// that change it in place (a nil argument arrives as a fresh empty map).
    func sharedMap(_ index: Int) -> GoMap {
        self[index].mapStorage ?? GoMap()
    }
}
