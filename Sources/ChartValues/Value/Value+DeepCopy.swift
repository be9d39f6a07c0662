extension Value {
    /// The value with every map, at any depth, in fresh storage: no later in-place mutation
    /// (`set`, `merge`) of the copy reaches the original or the other way round. Slices and
    /// scalars are Swift values already; they are walked only to reach maps inside them.
    public func deepCopy() -> Value {
        switch self {
        case .map(let entries):
            return .map(GoMap(entries.dictionary.mapValues { $0.deepCopy() }))
        case .typedMap(let type, let entries):
            return .typedMap(type, GoMap(entries.dictionary.mapValues { $0.deepCopy() }))
        case .list(let items):
            return .list(items.map { $0.deepCopy() })
        case .typedSlice(let type, let items):
            return .typedSlice(type, items.map { $0.deepCopy() })
        default:
            return self
        }
    }
}
