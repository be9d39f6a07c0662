import ChartValues
import TemplateFunctions

/// Helm's `ProcessDependenciesWithMerge`: matches `dependencies` to loaded subcharts (making an
/// aliased copy per alias), disables entries by `tags` and `condition`, drops disabled charts,
/// then applies `import-values` bottom-up (helm-pipeline.md §2.7).
enum DependencyProcessor {
    /// The chart with its dependency tree resolved against the user `values`.
    static func process(_ chart: Chart, userValues: [String: Value]) throws(ChartCoalescing.TypeMismatch) -> Chart {
        var chart = chart
        try enable(&chart, values: userValues, path: "")
        try importValues(&chart)
        return chart
    }

    /// `processDependencyEnabled` for one level, then its enabled children.
    private static func enable(_ chart: inout Chart, values: [String: Value], path: String) throws(ChartCoalescing.TypeMismatch) {
        guard !chart.metadata.dependencies.isEmpty else { return }
        var resolved: [Chart] = []
        // Loaded charts no dependency entry claims stay as they are.
        for existing in chart.subcharts {
            let claimed = chart.metadata.dependencies.contains { dependency in
                guard let dependency else { return false }
                return dependency.name == existing.name && versionMatches(dependency.version, existing.metadata.version)
            }
            if !claimed { resolved.append(existing) }
        }
        for index in chart.metadata.dependencies.indices {
            guard var dependency = chart.metadata.dependencies[index] else { continue }
            if let match = chart.subcharts.first(where: { $0.name == dependency.name && versionMatches(dependency.version, $0.metadata.version) }) {
                var copy = match
                if !dependency.alias.isEmpty { copy.metadata.name = dependency.alias }
                resolved.append(copy)
            }
            if !dependency.alias.isEmpty { dependency.name = dependency.alias }
            dependency.enabled = true
            chart.metadata.dependencies[index] = dependency
        }
        chart.subcharts = resolved
        let coalesced = try ChartCoalescing.coalesce(chart, values, merge: false)
        applyTags(&chart.metadata.dependencies, coalesced)
        applyConditions(&chart.metadata.dependencies, coalesced, path: path)
        let disabled = Set(chart.metadata.dependencies.compactMap { $0.flatMap { $0.enabled ? nil : $0.name } })
        chart.subcharts.removeAll { disabled.contains($0.name) }
        chart.metadata.dependencies.removeAll { $0.map { disabled.contains($0.name) } ?? false }
        for index in chart.subcharts.indices {
            try enable(&chart.subcharts[index], values: coalesced, path: path + chart.subcharts[index].name + ".")
        }
    }

    /// Helm's `IsCompatibleRange`: an unparsable version or range never matches.
    static func versionMatches(_ range: String, _ version: String) -> Bool {
        guard let version = try? SemverVersion(parsing: version), let constraint = try? SemverConstraint(parsing: range) else {
            return false
        }
        return constraint.isSatisfied(by: version)
    }

    /// `processDependencyTags`: any true tag enables; otherwise any false tag disables.
    private static func applyTags(_ dependencies: inout [ChartDependency?], _ values: [String: Value]) {
        guard let tags = values["tags"]?.mapEntries else { return }
        for index in dependencies.indices {
            guard var dependency = dependencies[index] else { continue }
            var hasTrue = false
            var hasFalse = false
            for tag in dependency.tags {
                if case .bool(let flag)? = tags[tag] {
                    if flag { hasTrue = true } else { hasFalse = true }
                }
            }
            dependency.enabled = hasTrue || !hasFalse
            dependencies[index] = dependency
        }
    }

    /// `processDependencyConditions`: the first comma-separated path holding a bool decides.
    private static func applyConditions(_ dependencies: inout [ChartDependency?], _ values: [String: Value], path: String) {
        for index in dependencies.indices {
            guard var dependency = dependencies[index] else { continue }
            for condition in goTrimSpace(dependency.condition).split(separator: ",", omittingEmptySubsequences: true) {
                if case .bool(let flag)? = pathValue(values, path + condition) {
                    dependency.enabled = flag
                    break
                }
            }
            dependencies[index] = dependency
        }
    }

    /// chartutil `PathValue`: a dotted path to a non-table value.
    static func pathValue(_ values: [String: Value], _ path: String) -> Value? {
        let keys = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var table = values
        for key in keys.dropLast() {
            guard let next = table[key]?.mapEntries else { return nil }
            table = next
        }
        guard let last = keys.last, let value = table[last], value.mapEntries == nil else { return nil }
        return value
    }

    /// chartutil `Table`: a dotted path to a table.
    static func table(_ values: [String: Value], _ path: String) -> [String: Value]? {
        var table = values
        for key in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = table[String(key)]?.mapEntries else { return nil }
            table = next
        }
        return table
    }

    /// `processDependencyImportValues` (merge mode), children first.
    private static func importValues(_ chart: inout Chart) throws(ChartCoalescing.TypeMismatch) {
        for index in chart.subcharts.indices {
            try importValues(&chart.subcharts[index])
        }
        guard !chart.metadata.dependencies.isEmpty else { return }
        let merged = try ChartCoalescing.coalesce(chart, [:], merge: true)
        var imported: [String: Value] = [:]
        for index in chart.metadata.dependencies.indices {
            guard var dependency = chart.metadata.dependencies[index] else { continue }
            var normalized: [Value] = []
            for entry in dependency.importValues {
                let child: String
                let parent: String
                if let map = entry.mapEntries {
                    child = goPrint(map["child"])
                    parent = goPrint(map["parent"])
                } else if case .string(let name) = entry {
                    child = "exports." + name
                    parent = "."
                } else {
                    continue
                }
                normalized.append(.typedMap(.map(key: .string, value: .string), ["child": .string(child), "parent": .string(parent)]))
                guard let table = table(merged, dependency.name + "." + child) else { continue }
                imported = Coalescing.coalesceTables(imported, pathToMap(parent, table), prefix: "", merge: true, warn: { _ in })
            }
            dependency.importValues = normalized
            chart.metadata.dependencies[index] = dependency
        }
        chart.values = Coalescing.coalesceTables(merged, imported, prefix: "", merge: true, warn: { _ in })
    }

    /// chartutil `pathToMap`: `.` is the root, `a.b` nests.
    private static func pathToMap(_ path: String, _ data: [String: Value]) -> [String: Value] {
        if path == "." { return data }
        var result = data
        for key in path.split(separator: ".", omittingEmptySubsequences: true).reversed() {
            result = [String(key): .map(result)]
        }
        return result
    }

    /// `fmt.Sprintf("%v", x)` for the scalars an import-values map holds.
    private static func goPrint(_ value: Value?) -> String {
        switch value {
        case nil, .null?: return "<nil>"
        case .string(let text)?: return text
        case .bool(let flag)?: return flag ? "true" : "false"
        case .float64(let number)?: return GoFloat.format(number, style: .shortestG)
        case .int(let number)?: return String(number)
        case .int64(let number)?: return String(number)
        default: return ""
        }
    }
}
