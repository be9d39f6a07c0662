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
    /// `--set-string` expressions.
    public var setStringValues: [String] = []
    /// `--set-json` expressions.
    public var setJSONValues: [String] = []
    /// `--set-file` expressions.
    public var setFileValues: [String] = []
    /// `--set-literal` expressions.
    public var setLiteralValues: [String] = []
    /// `-n/--namespace`.
    public var namespace = "default"
    /// `--release-name`: put manifests under `DIR/RELEASE/` with `--output-dir`.
    public var useReleaseName = false
    /// `--generate-name`, `--name-template`.
    public var generateName = false
    /// `--name-template`: a template producing the release name.
    public var nameTemplate: String?
    /// `-s/--show-only` patterns.
    public var showOnly: [String] = []
    /// `--output-dir`.
    public var outputDirectory: String?
    /// `--include-crds`: print the CRD files first.
    public var includeCRDs = false
    /// `--skip-crds`: accepted; only matters for installs.
    public var skipCRDs = false
    /// `--skip-tests`: leave out `test` hooks.
    public var skipTests = false
    /// `--no-hooks`: leave out every hook.
    public var noHooks = false
    /// `--is-upgrade`: render as an upgrade.
    public var isUpgrade = false
    /// `--skip-schema-validation`: do not check `values.schema.json`.
    public var skipSchemaValidation = false
    /// `--kube-version`.
    public var kubeVersion: String?
    /// `-a/--api-versions` (each comma-split).
    public var apiVersions: [String] = []
    /// `--cluster-state PATH`: objects answering `lookup`.
    public var clusterState: String?
    /// `--random-seed N`: deterministic random functions.
    public var randomSeed: UInt64?

    /// `-h/--help`: print the usage and do nothing else.
    public var helpRequested = false

    /// Creates default options (those of a bare `helm template CHART`).
    public init() {}
}
