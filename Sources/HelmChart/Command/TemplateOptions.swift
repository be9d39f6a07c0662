/// Everything `swiftchart template` (and the library callers standing in for it) can ask for:
/// Helm's `helm template` flags plus `--cluster-state` and `--random-seed`.
public struct TemplateOptions: Sendable {
    /// Positional arguments: `[NAME] CHART`.
    public var arguments: [String] = []
    /// `-f/--values` files in order (`-` is standard input).
    public var valueFiles: [String] = []
    /// `--set`, `--set-string`, `--set-json`, `--set-file`, `--set-literal` expressions in order,
    /// applied by kind in Helm's fixed order.
    public var setValues: [String] = []
    public var setStringValues: [String] = []
    public var setJSONValues: [String] = []
    public var setFileValues: [String] = []
    public var setLiteralValues: [String] = []
    /// `-n/--namespace`.
    public var namespace = "default"
    /// `--release-name`: put manifests under `DIR/RELEASE/` with `--output-dir`.
    public var useReleaseName = false
    /// `--generate-name`, `--name-template`.
    public var generateName = false
    public var nameTemplate: String?
    /// `-s/--show-only` patterns.
    public var showOnly: [String] = []
    /// `--output-dir`.
    public var outputDirectory: String?
    public var includeCRDs = false
    public var skipCRDs = false
    public var skipTests = false
    public var noHooks = false
    public var isUpgrade = false
    public var skipSchemaValidation = false
    /// `--kube-version`.
    public var kubeVersion: String?
    /// `-a/--api-versions` (each comma-split).
    public var apiVersions: [String] = []
    /// `--cluster-state PATH`: objects answering `lookup`.
    public var clusterState: String?
    /// `--random-seed N`: deterministic random functions.
    public var randomSeed: UInt64?

    /// Creates default options (those of a bare `helm template CHART`).
    public init() {}
}
