/// A Helm hook event (`helm.sh/hook` annotation value).
public enum HookEvent: String, Sendable, CaseIterable {
    case preInstall = "pre-install"
    case postInstall = "post-install"
    case preDelete = "pre-delete"
    case postDelete = "post-delete"
    case preUpgrade = "pre-upgrade"
    case postUpgrade = "post-upgrade"
    case preRollback = "pre-rollback"
    case postRollback = "post-rollback"
    case test

    /// The annotation that makes a document a hook.
    public static let annotation = "helm.sh/hook"

    /// Parses one comma-separated item: trimmed and lower-cased; `test-success` is the legacy
    /// spelling of `test`. `nil` for anything Helm does not know.
    public init?(annotationItem: String) {
        let item = goTrimSpace(annotationItem).lowercased()
        if item == "test-success" {
            self = .test
            return
        }
        self.init(rawValue: item)
    }

    /// The events of an annotation value, or `nil` when any item is unknown: Helm then drops the
    /// whole document ("skipping unknown hooks"), neither hook nor manifest.
    public static func events(of annotation: String) -> [HookEvent]? {
        var events: [HookEvent] = []
        for item in annotation.split(separator: ",", omittingEmptySubsequences: false) {
            guard let event = HookEvent(annotationItem: String(item)) else { return nil }
            events.append(event)
        }
        return events
    }
}
