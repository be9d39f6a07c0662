import ChartValues

/// Helm's multi-chart values coalescing (chartutil `CoalesceValues` / `MergeValues`): a chart's
/// defaults under the user values, then every subchart under its section, with `global`
/// copied down into each subchart first (helm-pipeline.md §2.4, §2.6).
///
/// In *coalesce* mode a user `null` deletes a default and defaults' own nulls are dropped; in
/// *merge* mode (used for dependency processing) nulls are kept. A key naming a subchart is
/// always merged, so a user `null` can travel down and delete the subchart's default there.
enum ChartCoalescing {
    /// Why coalescing failed: a subchart's section is not a map.
    struct TypeMismatch: Error, Equatable, CustomStringConvertible {
        var subchart: String
        /// Go's `%t` of the offending value, e.g. `%!t(string=notamap)`.
        var rendering: String
        var description: String { "type mismatch on \(subchart): \(rendering)" }
    }

    /// `CoalesceValues` (merge = false) or `MergeValues` (merge = true) of `chart` with `values`.
    static func coalesce(_ chart: Chart, _ values: [String: Value], merge: Bool, warn: (String) -> Void = { _ in }) throws(TypeMismatch) -> [String: Value] {
        try coalesce(chart, values, prefix: "", merge: merge, warn: warn)
    }

    private static func coalesce(_ chart: Chart, _ values: [String: Value], prefix: String, merge: Bool, warn: (String) -> Void) throws(TypeMismatch) -> [String: Value] {
        var destination = coalesceValues(chart, values, prefix: prefix, merge: merge, warn: warn)
        let subPrefix = Coalescing.join(prefix, chart.name)
        for subchart in chart.subcharts {
            let key = subchart.name
            var section: [String: Value]
            switch destination[key] {
            case nil:
                section = [:]
            case let value?:
                guard let entries = value.mapEntries else {
                    throw TypeMismatch(subchart: key, rendering: goBadVerbT(value))
                }
                section = entries
            }
            coalesceGlobals(into: &section, from: destination, warn: warn)
            destination[key] = .map(try coalesce(subchart, section, prefix: subPrefix, merge: merge, warn: warn))
        }
        return destination
    }

    /// chartutil `coalesceValues`: the chart's own defaults under `values`.
    private static func coalesceValues(_ chart: Chart, _ values: [String: Value], prefix: String, merge: Bool, warn: (String) -> Void) -> [String: Value] {
        Coalescing.coalesce(defaults: chart.values, overrides: values, prefix: Coalescing.join(prefix, chart.name), merge: merge,
                            mergedKeys: Set(chart.subcharts.map(\.name)), warn: warn)
    }

    /// chartutil `coalesceGlobals`: the parent's `global` merged over the subchart's, parent
    /// keys winning and nested maps merged (nulls kept).
    private static func coalesceGlobals(into section: inout [String: Value], from parent: [String: Value], warn: (String) -> Void) {
        var destinationGlobals: [String: Value] = [:]
        if let existing = section["global"] {
            guard let entries = existing.mapEntries else {
                warn("warning: skipping globals because destination global is not a table.")
                return
            }
            destinationGlobals = entries
        }
        var sourceGlobals: [String: Value] = [:]
        if let existing = parent["global"] {
            guard let entries = existing.mapEntries else {
                warn("warning: skipping globals because source global is not a table.")
                return
            }
            sourceGlobals = entries
        }
        for (key, value) in sourceGlobals {
            if let table = value.mapEntries {
                if let current = destinationGlobals[key] {
                    guard let currentTable = current.mapEntries else {
                        warn("Conflict: cannot merge map onto non-map for \"\(key)\". Skipping.")
                        continue
                    }
                    destinationGlobals[key] = .map(Coalescing.coalesceTables(table, currentTable, prefix: key, merge: true, warn: warn))
                } else {
                    destinationGlobals[key] = .map(table)
                }
            } else if let current = destinationGlobals[key], current.mapEntries != nil {
                warn("key \(key) is table. Skipping")
            } else {
                destinationGlobals[key] = value
            }
        }
        section["global"] = .map(destinationGlobals)
    }

    /// Go's `%t` applied to a non-bool: `%!t(TYPE=VALUE)`, `%!t(<nil>)` for nil.
    static func goBadVerbT(_ value: Value) -> String {
        switch value {
        case .null: return "%!t(<nil>)"
        case .bool(let flag): return flag ? "true" : "false"
        case .string(let text): return "%!t(string=\(text))"
        case .float64(let number): return "%!t(float64=\(GoFloat.format(number, style: .shortestG)))"
        case .int64(let number): return "%!t(int64=\(number))"
        case .int(let number): return "%!t(int=\(number))"
        case .list(let items): return "[" + items.map(goBadVerbT).joined(separator: " ") + "]"
        default: return "%!t(\(value.typeName)=?)"
        }
    }
}
