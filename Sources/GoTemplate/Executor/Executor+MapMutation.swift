import ChartValues

extension Executor {
    /// Sprig functions that change their first argument in place. Go maps are references, so
    /// after `{{ $_ := set $d "k" 1 }}` the map in `$d` has the key; `Value` maps are values,
    /// so the executor writes the function's result back to where the argument came from.
    static let mutatingMapFunctions: Set<String> = ["set", "unset", "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite"]

    /// After a mutating call whose first argument is a variable, or a field path below one
    /// (`$d`, `$.Values.global`, `$ctx.a.b`), stores `result` there. Other argument forms (dot,
    /// a pipeline) keep value semantics: charts rarely depend on them.
    func writeBackMutation(of name: String, firstArgument: NodeID?, result: Operand) throws {
        guard Executor.mutatingMapFunctions.contains(name), let firstArgument,
              case .variable(let names) = kind(firstArgument),
              case .value(let updated, _) = result.unboxed, updated.mapEntries != nil else { return }
        let current = try variable(names[0])
        guard case .value(let root, let boxed) = current else { return }
        guard let replaced = Executor.replacing(in: root, path: names.dropFirst(), with: updated) else { return }
        try setVariable(names[0], .value(replaced, boxed: boxed))
    }

    /// `container` with the map at `path` replaced by `updated` (keeping each map's own Go
    /// type); `nil` when the path does not lead through maps.
    static func replacing(in container: Value, path: ArraySlice<String>, with updated: Value) -> Value? {
        guard let key = path.first else {
            guard let entries = updated.mapEntries else { return nil }
            if case .typedMap(let type, _) = container { return .typedMap(type, entries) }
            return .map(entries)
        }
        guard var entries = container.mapEntries, let inner = entries[key],
              let replaced = replacing(in: inner, path: path.dropFirst(), with: updated) else { return nil }
        entries[key] = replaced
        if case .typedMap(let type, _) = container { return .typedMap(type, entries) }
        return .map(entries)
    }
}
