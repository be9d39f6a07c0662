import ChartValues

/// `.Release` of a render.
public struct ReleaseInfo: Sendable, Equatable {
    /// The release name (`release-name` by default for `helm template`).
    public var name: String
    /// The namespace (`default` by default).
    public var namespace: String
    /// `--is-upgrade`: IsUpgrade true, IsInstall false.
    public var isUpgrade: Bool
    /// 1 for `helm template`.
    public var revision: Int

    /// Creates release information; the defaults are `helm template`'s.
    public init(name: String = "release-name", namespace: String = "default", isUpgrade: Bool = false, revision: Int = 1) {
        self.name = name
        self.namespace = namespace
        self.isUpgrade = isUpgrade
        self.revision = revision
    }

    /// The `map[string]interface {}` templates see.
    public var value: Value {
        .map([
            "Name": .string(name), "Namespace": .string(namespace), "IsInstall": .bool(!isUpgrade),
            "IsUpgrade": .bool(isUpgrade), "Revision": .int(revision), "Service": .string("Helm"),
        ])
    }

    /// Helm's release-name rule: at most 53 characters of
    /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`.
    public static func validateName(_ name: String) throws(ReleaseNameError) {
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let validLabel: (Substring) -> Bool = { label in
            guard let first = label.first, let last = label.last else { return false }
            let allowed: (Character) -> Bool = { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            return allowed(first) && allowed(last) && label.allSatisfy { allowed($0) || $0 == "-" }
        }
        if name.isEmpty || name.utf8.count > 53 || !labels.allSatisfy(validLabel) {
            throw ReleaseNameError(name: name)
        }
    }
}

/// A release name Helm refuses.
public struct ReleaseNameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The refused name.
    public var name: String
    public var description: String {
        "release name check failed: release name \(GoQuote.quote(name)): invalid release name, must match regex "
            + "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"
    }
}

extension ChartMetadata {
    /// `.Chart` as Helm v4 hands it to templates: a map of the metadata with Go field names.
    func templateValue(isRoot: Bool) -> Value {
        let strings: ([String]) -> Value = { .list($0.map(Value.string)) }
        let maintainers: [Value] = maintainers.compactMap { $0 }.map { maintainer in
            .map(["Name": .string(maintainer.name), "Email": .string(maintainer.email), "URL": .string(maintainer.url)])
        }
        let dependencies: [Value] = dependencies.compactMap { $0 }.map { dependency in
            .map([
                "Name": .string(dependency.name), "Version": .string(dependency.version),
                "Repository": .string(dependency.repository), "Condition": .string(dependency.condition),
                "Tags": strings(dependency.tags), "Enabled": .bool(dependency.enabled),
                "ImportValues": .list(dependency.importValues), "Alias": .string(dependency.alias),
            ])
        }
        return .map([
            "APIVersion": .string(apiVersion), "Annotations": declaresAnnotations
                ? .typedMap(.map(key: .string, value: .string), annotations.mapValues(Value.string)) : .object(NilStringMap()),
            "AppVersion": .string(appVersion), "Condition": .string(condition), "Dependencies": .list(dependencies),
            "Deprecated": .bool(deprecated), "Description": .string(description), "Home": .string(home),
            "Icon": .string(icon), "IsRoot": .bool(isRoot), "Keywords": strings(keywords), "KubeVersion": .string(kubeVersion),
            "Maintainers": .list(maintainers), "Name": .string(name), "Sources": strings(sources), "Tags": .string(tags),
            "Type": .string(type), "Version": .string(version),
        ])
    }
}

/// A nil `map[string]string` (an absent `annotations:`): empty for `range`, `len`, `index` and
/// printing (`map[]`), but `null` for `toJson`, as Go marshals a nil map.
struct NilStringMap: GoObject, Equatable {
    var goType: GoType { .map(key: .string, value: .string) }
    func field(named name: String) -> Value? { nil }
    var stringMethodResult: String? { "map[]" }
    var orderedFields: [(name: String, value: Value)] { [] }
    var jsonRepresentation: Value { .null }
    var isTruthy: Bool { false }
    var mapView: [String: Value]? { [:] }
    func isEqual(to other: any GoObject) -> Bool { other is NilStringMap }
}
