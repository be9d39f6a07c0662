import ChartValues

/// One document of the rendered output, with what Helm reads from its head.
public struct ManifestDocument: Sendable, Equatable {
    /// The template it came from (`chart/templates/x.yaml`), printed as `# Source:`.
    public var path: String
    /// The document text exactly as Helm's splitter yields it.
    public var content: String
    /// `kind`, coerced to a string (empty when absent).
    public var kind: String
    /// `metadata.name`, coerced to a string.
    public var name: String
    /// `metadata.annotations`, coerced to strings.
    public var annotations: [String: String]
    /// The hook events, or `nil` for an ordinary manifest.
    public var events: [HookEvent]?

    /// Whether the document is a hook.
    public var isHook: Bool { events != nil }
}

/// A rendered document Helm cannot read the head of (`YAML parse error on PATH: ...`).
public struct ManifestParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template path.
    public var path: String
    /// The decoder's text.
    public var detail: String

    public var description: String { "YAML parse error on \(path): \(detail)" }
}

/// Helm's `SortManifests` on a render: documents split per file (files in path order), heads
/// parsed, hooks separated (documents with an unknown hook event dropped), both lists stably
/// sorted by kind (helm-pipeline.md §4.1–4.4, §5.1).
public enum ManifestSorter {
    /// `(hooks, manifests)` of a render (template path → text, NOTES already included or not).
    public static func sort(_ rendered: [String: String]) throws(ManifestParseError) -> (hooks: [ManifestDocument], manifests: [ManifestDocument]) {
        var hooks: [ManifestDocument] = []
        var manifests: [ManifestDocument] = []
        for path in rendered.keys.sorted(by: goStringLessThan) {
            if path.hasSuffix("NOTES.txt") { continue }
            let baseName = path.split(separator: "/").last.map(String.init) ?? path
            if baseName.hasPrefix("_") { continue }
            guard let text = rendered[path], !goTrimSpace(text).isEmpty else { continue }
            for content in ManifestSplitter.documents(text) {
                var document = try head(of: content, path: path)
                if let hook = document.annotations[HookEvent.annotation] {
                    guard let events = HookEvent.events(of: hook) else { continue }
                    document.events = events
                    hooks.append(document)
                } else {
                    manifests.append(document)
                }
            }
        }
        return (InstallOrder.sorted(hooks, kind: \.kind), InstallOrder.sorted(manifests, kind: \.kind))
    }

    /// Decodes the fields of Helm's `SimpleHead` (apiVersion, kind, metadata.name,
    /// metadata.annotations) from a document.
    static func head(of content: String, path: String) throws(ManifestParseError) -> ManifestDocument {
        var document = ManifestDocument(path: path, content: content, kind: "", name: "", annotations: [:], events: nil)
        let value: Value
        do {
            value = try YAML.decodeFirst(content, source: path)
        } catch {
            throw ManifestParseError(path: path, detail: error.description)
        }
        if case .null = value { return document }
        guard let entries = value.mapEntries else {
            throw ManifestParseError(path: path, detail: unmarshal(ChartMetadata.jsonKind(value), "Go value of type util.SimpleHead"))
        }
        let fields = MetadataFields(entries: entries, structName: "SimpleHead")
        do {
            try fields.string("kind") { document.kind = $0 }
            try fields.string("apiVersion") { _ in }
        } catch {
            throw ManifestParseError(path: path, detail: error.description)
        }
        guard let metadata = fields.value("metadata"), !isNull(metadata) else { return document }
        guard let metadataEntries = metadata.mapEntries else {
            throw ManifestParseError(path: path, detail: unmarshal(ChartMetadata.jsonKind(metadata),
                "Go struct field SimpleHead.metadata of type struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }"))
        }
        let metadataFields = MetadataFields(entries: metadataEntries, structName: "SimpleHead.metadata")
        do {
            try metadataFields.string("name") { document.name = $0 }
            try metadataFields.stringMap("annotations") { document.annotations = $0 }
        } catch {
            throw ManifestParseError(path: path, detail: error.description)
        }
        return document
    }

    private static func unmarshal(_ kind: String, _ target: String) -> String {
        "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into \(target)"
    }

    private static func isNull(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }
}
