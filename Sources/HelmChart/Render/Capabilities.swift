import ChartValues

/// `.Capabilities` (Helm's `*common.Capabilities`): what the render assumes of the cluster
/// and of Helm itself.
public struct Capabilities: GoJSONStruct, Equatable {
    /// `.Capabilities.KubeVersion`.
    public var kubeVersion: KubeVersion
    /// `.Capabilities.APIVersions`: group/version strings, with `.Has`.
    public var apiVersions: [String]
    /// `.Capabilities.HelmVersion`.
    public var helmVersion: HelmBuildInfo

    /// The group/versions client-go v0.36 registers, then apiextensions; the list Helm v4.2.3
    /// starts from for `helm template` (helm-pipeline.md §3.1, checked against the oracle).
    public static let defaultAPIVersions: [String] = [
        "v1", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1", "apps/v1",
        "apps/v1beta1", "apps/v1beta2", "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1",
        "authentication.k8s.io/v1beta1", "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
        "autoscaling/v1", "autoscaling/v2", "batch/v1", "batch/v1beta1", "certificates.k8s.io/v1",
        "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1", "coordination.k8s.io/v1alpha2",
        "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1", "discovery.k8s.io/v1",
        "discovery.k8s.io/v1beta1", "events.k8s.io/v1", "events.k8s.io/v1beta1", "extensions/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3",
        "networking.k8s.io/v1", "networking.k8s.io/v1beta1", "node.k8s.io/v1", "node.k8s.io/v1alpha1",
        "node.k8s.io/v1beta1", "policy/v1", "policy/v1beta1", "rbac.authorization.k8s.io/v1",
        "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1", "resource.k8s.io/v1",
        "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3",
        "scheduling.k8s.io/v1alpha2", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1",
        "storage.k8s.io/v1beta1", "storage.k8s.io/v1", "storage.k8s.io/v1alpha1",
        "storagemigration.k8s.io/v1beta1", "apiextensions.k8s.io/v1beta1", "apiextensions.k8s.io/v1",
    ]

    /// `helm template`'s capabilities: the default kube version and API list, with
    /// `--api-versions` appended.
    public init(kubeVersion: KubeVersion = .helmDefault, extraAPIVersions: [String] = [], helmVersion: HelmBuildInfo = .current) {
        self.kubeVersion = kubeVersion
        self.apiVersions = Self.defaultAPIVersions + extraAPIVersions
        self.helmVersion = helmVersion
    }

    public var goType: GoType { .pointer(.named("common.Capabilities", underlying: .structure("common.Capabilities"))) }

    public func field(named name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(kubeVersion)
        case "APIVersions": return .object(APIVersionSet(versions: apiVersions))
        case "HelmVersion": return .object(helmVersion)
        default: return nil
        }
    }

    public var orderedFields: [(name: String, value: Value)] {
        [("KubeVersion", .object(kubeVersion)), ("APIVersions", .object(APIVersionSet(versions: apiVersions))), ("HelmVersion", .object(helmVersion))]
    }

    public var jsonRepresentation: Value {
        .map([
            "KubeVersion": kubeVersion.jsonRepresentation,
            "APIVersions": .strings(apiVersions),
            "HelmVersion": helmVersion.jsonRepresentation,
        ])
    }

    public var jsonFields: [(name: String, value: Value)] {
        [("KubeVersion", .object(kubeVersion)), ("APIVersions", .strings(apiVersions)), ("HelmVersion", .object(helmVersion))]
    }

    public func isEqual(to other: any GoObject) -> Bool { (other as? Capabilities) == self }
}

/// `.Capabilities.APIVersions` (`common.VersionSet`, a `[]string` with a `Has` method).
public struct APIVersionSet: GoSliceObject, Equatable {
    /// The group/version strings, in order.
    public var versions: [String]

    public var goType: GoType { .named("common.VersionSet", underlying: .slice(.string)) }
    public func field(named name: String) -> Value? { nil }
    public var sliceView: [Value] { versions.map { .string($0) } }

    public func method(named name: String) -> GoMethod? {
        guard name == "Has" else { return nil }
        return GoMethod(GoSignature([.string], result: .bool)) { [versions] arguments in
            guard case .string(let wanted)? = arguments.first else { return .bool(false) }
            return .bool(versions.contains(wanted))
        }
    }

    public var stringMethodResult: String? { "[" + versions.joined(separator: " ") + "]" }
    public var orderedFields: [(name: String, value: Value)] { [] }
    public var jsonRepresentation: Value { .strings(versions) }
    public var isTruthy: Bool { !versions.isEmpty }
    public func isEqual(to other: any GoObject) -> Bool { (other as? APIVersionSet) == self }
}

/// `.Capabilities.HelmVersion` (`version.BuildInfo`) as the Helm v4.2.3 library reports it.
public struct HelmBuildInfo: GoJSONStruct, Equatable {
    /// Helm's version (`v4.2` from the library build).
    public var version: String
    /// Git commit of the build (empty here).
    public var gitCommit: String
    /// Git tree state of the build (empty here).
    public var gitTreeState: String
    /// Go toolchain version of the build.
    public var goVersion: String
    /// client-go version Helm was built with.
    public var kubeClientVersion: String

    /// What the oracle's Helm v4.2.3 build reports.
    public static let current = HelmBuildInfo(version: "v4.2", gitCommit: "", gitTreeState: "", goVersion: "go1.26.6", kubeClientVersion: "v1.36")

    public var goType: GoType { .named("version.BuildInfo", underlying: .structure("version.BuildInfo")) }

    public func field(named name: String) -> Value? {
        orderedFields.first { $0.name == name }?.value
    }

    public var orderedFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("GitCommit", .string(gitCommit)), ("GitTreeState", .string(gitTreeState)),
         ("GoVersion", .string(goVersion)), ("KubeClientVersion", .string(kubeClientVersion))]
    }

    public var jsonRepresentation: Value {
        var entries: [String: Value] = ["version": .string(version), "go_version": .string(goVersion), "kube_client_version": .string(kubeClientVersion)]
        if !gitCommit.isEmpty { entries["git_commit"] = .string(gitCommit) }
        if !gitTreeState.isEmpty { entries["git_tree_state"] = .string(gitTreeState) }
        return .map(entries)
    }

    public var jsonFields: [(name: String, value: Value)] {
        var fields: [(name: String, value: Value)] = [("version", .string(version))]
        if !gitCommit.isEmpty { fields.append(("git_commit", .string(gitCommit))) }
        if !gitTreeState.isEmpty { fields.append(("git_tree_state", .string(gitTreeState))) }
        fields.append(("go_version", .string(goVersion)))
        fields.append(("kube_client_version", .string(kubeClientVersion)))
        return fields
    }

    public func isEqual(to other: any GoObject) -> Bool { (other as? HelmBuildInfo) == self }
}
