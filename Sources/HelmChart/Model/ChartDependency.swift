import ChartValues

/// A `dependencies[]` entry of Chart.yaml (or requirements.yaml).
public struct ChartDependency: Sendable, Equatable {
    /// The subchart's name in `charts/`.
    public var name = ""
    /// A SemVer range the loaded subchart's version must satisfy.
    public var version = ""
    /// Where `helm dependency build` would fetch it (not used offline).
    public var repository = ""
    /// Comma-separated value paths; the first that resolves to a bool decides.
    public var condition = ""
    /// Tags that enable or disable it through the root's `tags:` values.
    public var tags: [String] = []
    /// Whether dependency processing kept it.
    public var enabled = false
    /// `import-values` entries as written: strings or `{child, parent}` maps.
    public var importValues: [Value] = []
    /// The name the subchart goes by in this parent, if set.
    public var alias = ""

    /// Creates an empty dependency.
    public init() {}

    init(entries: [String: Value]) throws(MetadataDecodingError) {
        let fields = MetadataFields(entries: entries, structName: "Dependency.dependencies")
        try fields.string("name") { name = $0 }
        try fields.string("version") { version = $0 }
        try fields.string("repository") { repository = $0 }
        try fields.string("condition") { condition = $0 }
        try fields.strings("tags") { tags = $0 }
        try fields.bool("enabled") { enabled = $0 }
        try fields.list("import-values") { importValues = $0 }
        try fields.string("alias") { alias = $0 }
    }

    /// Helm's `Dependency.Validate`: sanitised fields and a restricted alias alphabet.
    mutating func validate() throws(ChartLoadError) {
        name = ChartMetadata.sanitize(name)
        version = ChartMetadata.sanitize(version)
        repository = ChartMetadata.sanitize(repository)
        condition = ChartMetadata.sanitize(condition)
        tags = tags.map(ChartMetadata.sanitize)
        if !alias.isEmpty && !alias.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }) {
            throw .validation("dependency \(GoQuote.quote(name)) has disallowed characters in the alias")
        }
    }

    /// The name the subchart goes by: its alias, else its name.
    public var effectiveName: String { alias.isEmpty ? name : alias }
}
