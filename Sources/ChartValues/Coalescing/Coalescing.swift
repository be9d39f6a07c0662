/// Helm's values coalescing for one chart (chartutil `CoalesceValues` without subcharts) and
/// the loader's `MergeMaps` used between `-f` files.
///
/// Rules (helm-pipeline.md §2.4): user values win; maps merge recursively; lists and scalars
/// replace; a user `null` deletes the default; nulls among the chart's own defaults never
/// become keys. Subcharts and globals are layered on top of this by HelmChart.
public enum Coalescing {
    /// Coalesces user `overrides` over a chart's `defaults`; `warnings` receives Helm's
    /// `warning: ...` lines (without the chart-name prefix: keys are relative to `prefix`).
    public static func coalesce(defaults: [String: Value], overrides: [String: Value], prefix: String = "",
                                warnings: ((String) -> Void)? = nil) -> [String: Value] {
        coalesce(defaults: defaults, overrides: overrides, prefix: prefix, merge: false, mergedKeys: [], warn: warnings ?? { _ in })
    }

    /// chartutil `coalesceValues` for one chart. In *merge* mode (chartutil `MergeValues`, used
    /// for dependency processing) nulls are kept instead of deleting defaults; keys in
    /// `mergedKeys` (subchart sections) are always merged, so a user `null` can travel down
    /// and delete the subchart's default there.
    public static func coalesce(defaults: [String: Value], overrides: [String: Value], prefix: String,
                                merge: Bool, mergedKeys: Set<String>, warn: (String) -> Void) -> [String: Value] {
        var result = overrides
        for (key, defaultValue) in defaults {
            guard let userValue = result[key] else {
                if merge {
                    result[key] = defaultValue
                } else if let cleaned = withoutNulls(defaultValue) {
                    result[key] = cleaned
                }
                continue
            }
            if case .null = userValue {
                if !merge { result[key] = nil }
            } else if let userTable = userValue.mapEntries {
                if let defaultTable = defaultValue.mapEntries {
                    let mergeChild = merge || mergedKeys.contains(key)
                    result[key] = .map(coalesceTables(userTable, defaultTable, prefix: join(prefix, key), merge: mergeChild, warn: warn))
                } else if case .null = defaultValue {
                } else {
                    warn("warning: skipped value for \(join(prefix, key)): Not a table.")
                }
            }
        }
        return result
    }

    /// chartutil's `coalesceTablesFullKey`: `destination` is authoritative; in *merge* mode
    /// nulls on either side are kept.
    public static func coalesceTables(_ destination: [String: Value], _ source: [String: Value], prefix: String,
                                      merge: Bool = false, warn: (String) -> Void) -> [String: Value] {
        var result = destination
        for (key, sourceValue) in source {
            let fullKey = join(prefix, key)
            guard let destinationValue = result[key] else {
                if merge {
                    result[key] = sourceValue
                } else if let cleaned = withoutNulls(sourceValue) {
                    result[key] = cleaned
                }
                continue
            }
            if case .null = destinationValue {
                if !merge { result[key] = nil }
            } else if let sourceTable = sourceValue.mapEntries {
                if let destinationTable = destinationValue.mapEntries {
                    result[key] = .map(coalesceTables(destinationTable, sourceTable, prefix: fullKey, merge: merge, warn: warn))
                } else {
                    warn("warning: cannot overwrite table with non table for \(fullKey) (\(brief(sourceValue)))")
                }
            } else if destinationValue.mapEntries != nil, !isNull(sourceValue) {
                warn("warning: destination for \(fullKey) is a table. Ignoring non-table value (\(brief(sourceValue)))")
            }
        }
        return result
    }

    /// Helm's `loader.MergeMaps`: maps merge recursively, anything else from `overlay` replaces.
    public static func mergeMaps(_ base: [String: Value], _ overlay: [String: Value]) -> [String: Value] {
        var result = base
        for (key, value) in overlay {
            if let overlayTable = value.mapEntries, let baseTable = result[key]?.mapEntries {
                result[key] = .map(mergeMaps(baseTable, overlayTable))
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// A default as Helm copies it in: `nil` for a null, maps cleaned of null entries.
    private static func withoutNulls(_ value: Value) -> Value? {
        switch value {
        case .null: return nil
        case .map(let entries): return .map(entries.compactMapValues(withoutNulls))
        default: return value
        }
    }

    private static func isNull(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    /// The dotted full key of `key` under `prefix`, as Helm's warnings name it.
    public static func join(_ prefix: String, _ key: String) -> String {
        prefix.isEmpty ? key : prefix + "." + key
    }

    /// `%v` of a value in a warning; only maps, lists and scalars from YAML reach here.
    private static func brief(_ value: Value) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .float64(let d): return GoFloat.format(d, style: .shortestG)
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .string(let s): return s
        case .list(let items), .typedSlice(_, let items): return "[" + items.map(brief).joined(separator: " ") + "]"
        case .map(let entries), .typedMap(_, let entries):
            return "map[" + Value.sorted(entries).map { "\($0.key):\(brief($0.value))" }.joined(separator: " ") + "]"
        default: return ""
        }
    }
}
