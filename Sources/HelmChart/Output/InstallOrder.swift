/// Helm's `InstallOrder`: the rank of each kind when manifests and hooks are sorted.
public enum InstallOrder {
    /// Kinds in install order; anything else sorts after them, alphabetically.
    public static let kinds = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
        "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
        "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
        "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service",
        "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
        "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    private static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })

    /// Helm's `lessByKind`: known kinds by rank, unknown kinds after them by name.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        switch (rank[lhs], rank[rhs]) {
        case let (left?, right?): return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return goStringLessThan(lhs, rhs)
        }
    }

    /// A stable sort by kind, keeping the incoming (path, position) order among equals.
    public static func sorted<T>(_ items: [T], kind: (T) -> String) -> [T] {
        let indexed = items.enumerated().map { (offset: $0.offset, item: $0.element, kind: kind($0.element)) }
        return indexed.sorted { lhs, rhs in
            if precedes(lhs.kind, rhs.kind) { return true }
            if precedes(rhs.kind, lhs.kind) { return false }
            return lhs.offset < rhs.offset
        }.map(\.item)
    }
}

/// Go's `<` on strings: byte-wise comparison of UTF-8.
func goStringLessThan(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
