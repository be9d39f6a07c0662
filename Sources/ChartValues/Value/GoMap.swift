/// The entries of a Go map (`map[string]interface {}`, `common.Values`, `map[string]string`).
///
/// Go maps are references: Sprig's `set`, `unset`, `merge` and `mergeOverwrite` change the map
/// they are given, and every variable, field or argument holding that map sees the change. A
/// `GoMap` therefore keeps its entries in a shared storage object, and offers two kinds of
/// mutation:
///
/// - Ordinary Swift mutation (`subscript` set, `removeValue`, `merge`) is copy-on-write, so code
///   that builds a new map from an old one (`var e = entries; e[k] = v`) keeps value semantics.
/// - The `…Shared` methods mutate the storage in place, visible through every copy of this
///   `GoMap`: Go's reference semantics, used only where Go mutates a map in place.
public struct GoMap: @unchecked Sendable {
    /// The shared entries. `@unchecked Sendable`: a render, the only place that mutates shared
    /// storage, runs on one thread, and values crossing threads are never mutated in place.
    final class Storage: @unchecked Sendable {
        var entries: [String: Value]
        /// Go's nil map: reads as empty, but `m[k] = v` panics.
        let isNil: Bool

        init(_ entries: [String: Value], isNil: Bool = false) {
            self.entries = entries
            self.isNil = isNil
        }
    }

    private var storage: Storage

    /// A map holding `entries`, in fresh storage.
    public init(_ entries: [String: Value] = [:]) {
        storage = Storage(entries)
    }

    /// Go's nil map (the zero value of a map type, as a nil argument to a map parameter
    /// becomes): empty, and refusing `setShared`.
    public static var nilMap: GoMap {
        var map = GoMap()
        map.storage = Storage([:], isNil: true)
        return map
    }

    /// Whether this is Go's nil map, where in-place assignment fails ("assignment to entry
    /// in nil map"); Swift mutation gives a fresh, non-nil map.
    public var isNil: Bool { storage.isNil }

    /// The storage's identity, for cycle checks (a map can hold itself through `set`).
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// A snapshot of the entries as a Swift dictionary.
    public var dictionary: [String: Value] { storage.entries }

    /// Whether both maps are the same Go map (share their storage), as Go's pointer identity.
    public func isSameMap(as other: GoMap) -> Bool { storage === other.storage }

    /// The value for `key`; setting copies the storage first unless this map is its only holder.
    public subscript(key: String) -> Value? {
        get { storage.entries[key] }
        set {
            makeUnique()
            storage.entries[key] = newValue
        }
    }

    /// The value for `key`, or `defaultValue` when it is absent.
    public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        storage.entries[key] ?? defaultValue()
    }

    /// The keys, in no particular order (Go's random map order; sort before printing).
    public var keys: Dictionary<String, Value>.Keys { storage.entries.keys }
    /// The values, in no particular order.
    public var values: Dictionary<String, Value>.Values { storage.entries.values }
    /// The number of entries.
    public var count: Int { storage.entries.count }
    /// Whether the map has no entries.
    public var isEmpty: Bool { storage.entries.isEmpty }

    /// Removes `key` (copy-on-write); returns the removed value.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        makeUnique()
        return storage.entries.removeValue(forKey: key)
    }

    /// Merges `other` into this map (copy-on-write), as `Dictionary.merge`.
    public mutating func merge(_ other: [String: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows {
        makeUnique()
        try storage.entries.merge(other, uniquingKeysWith: combine)
    }

    /// The entries with `other` merged in, as `Dictionary.merging`.
    public func merging(_ other: [String: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows -> [String: Value] {
        try storage.entries.merging(other, uniquingKeysWith: combine)
    }

    /// The entries sorted by `areInIncreasingOrder`.
    public func sorted(by areInIncreasingOrder: ((key: String, value: Value), (key: String, value: Value)) throws -> Bool) rethrows -> [(key: String, value: Value)] {
        try storage.entries.sorted(by: areInIncreasingOrder)
    }

    /// The entries with each value transformed, as `Dictionary.mapValues`.
    public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [String: T] {
        try storage.entries.mapValues(transform)
    }

    /// The entries with each value transformed, dropping `nil` results, as
    /// `Dictionary.compactMapValues`.
    public func compactMapValues<T>(_ transform: (Value) throws -> T?) rethrows -> [String: T] {
        try storage.entries.compactMapValues(transform)
    }

    /// The entries that satisfy `isIncluded`, as `Dictionary.filter`.
    public func filter(_ isIncluded: ((key: String, value: Value)) throws -> Bool) rethrows -> [String: Value] {
        try storage.entries.filter(isIncluded)
    }

    /// Sets `key` in place, visible through every holder of this map: Go's `m[key] = value`.
    /// The caller checks `isNil` first, as Go panics on a nil map.
    public func setShared(_ key: String, _ value: Value) {
        storage.entries[key] = value
    }

    /// Deletes `key` in place, visible through every holder of this map: Go's `delete(m, key)`.
    public func removeShared(_ key: String) {
        storage.entries.removeValue(forKey: key)
    }

    /// Replaces all entries in place, visible through every holder of this map.
    public func replaceAllShared(with entries: [String: Value]) {
        storage.entries = entries
    }

    /// Copies the storage unless this map is its only holder, so Swift mutation stays local.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) || storage.isNil {
            storage = Storage(storage.entries)
        }
    }
}

extension GoMap: Sequence {
    /// Iterates the entries in no particular order.
    public func makeIterator() -> Dictionary<String, Value>.Iterator {
        storage.entries.makeIterator()
    }
}

extension GoMap: Equatable {
    /// Equal contents (Go's `reflect.DeepEqual` on maps), whether or not the storage is shared.
    public static func == (lhs: GoMap, rhs: GoMap) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.entries == rhs.storage.entries
    }
}

extension GoMap: ExpressibleByDictionaryLiteral {
    /// A map from a literal, in fresh storage.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
