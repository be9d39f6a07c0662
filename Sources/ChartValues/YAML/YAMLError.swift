/// An error decoding or encoding YAML, with the exact text Helm prints for it.
///
/// Helm decodes YAML through sigs.k8s.io/yaml (YAML → go-yaml v2 → JSON → `encoding/json`), so
/// an error comes from one of three stages and each stage has its own prefix; `description`
/// assembles the text in one place.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Error, Sendable, Equatable {
        /// A libyaml scanner or parser error (`did not find expected node content`).
        case syntax(String)
        /// An alias names an anchor that was never defined.
        case unknownAnchor(String)
        /// An alias refers to the node that contains it.
        case recursiveAnchor(String)
        /// A sequence or mapping used as a mapping key; the key as Go's `%#v` prints it.
        case invalidMapKey(String)
        /// `<<` whose value is neither a mapping nor a sequence of mappings.
        case mergeRequiresMap
        /// An explicit tag that does not fit the scalar (`!!int 1.5`).
        case cannotDecode(found: String, value: String, tag: String)
        /// `!!binary` text that is not base64.
        case invalidBase64
        /// Too many aliases for the document size (billion-laughs guard).
        case excessiveAliasing
        /// More than 10,000 nested collections.
        case maxDepthExceeded
        /// A key JSON cannot hold (null, or an integer beyond int64); Go's type, key and value.
        case unsupportedMapKey(type: String, key: String, value: String)
        /// A float JSON cannot hold (`+Inf`, `-Inf`, `NaN`).
        case unsupportedValue(String)
        /// The document is a JSON `kind` (`array`, `string`...) where `expected` was needed.
        case typeMismatch(kind: String, expected: String)
        /// A multi-document separator followed by text (`--- x`), from Helm's document splitter.
        case invalidDocumentSeparator(String)
        /// A value that YAML cannot represent (emitting).
        case unencodable(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The file or template the text came from, for callers that name it.
    public var source: String
    /// 1-based line Go prints (`yaml: line 3: ...`); `nil` when Go prints none.
    public var line: Int?
    /// Where libyaml found the problem (1-based line and column), for tools that point at it;
    /// Helm's text never includes it.
    public var mark: (line: Int, column: Int)?

    /// Creates an error.
    public init(_ kind: Kind, source: String = "", line: Int? = nil, mark: (line: Int, column: Int)? = nil) {
        self.kind = kind
        self.source = source
        self.line = line
        self.mark = mark
    }

    /// Errors are equal when kind, source and Helm's line agree.
    public static func == (lhs: YAMLError, rhs: YAMLError) -> Bool {
        lhs.kind == rhs.kind && lhs.source == rhs.source && lhs.line == rhs.line
    }

    /// Helm's text, e.g. `error converting YAML to JSON: yaml: line 1: did not find expected node content`.
    public var description: String {
        switch kind {
        case .unsupportedMapKey(let type, let key, let value):
            return "error converting YAML to JSON: unsupported map key of type: \(type), key: \(key), value: \(value)"
        case .unsupportedValue(let text): return "error converting YAML to JSON: json: unsupported value: " + text
        case .typeMismatch(let kind, let expected):
            return "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into Go value of type \(expected)"
        case .invalidDocumentSeparator(let rest): return "invalid Yaml document separator: " + rest
        case .unencodable(let detail): return detail
        default: return "error converting YAML to JSON: " + goYAMLMessage
        }
    }

    /// go-yaml's own error text (`yaml: line 3: ...`), without sigs.k8s.io/yaml's wrapping.
    public var goYAMLMessage: String {
        let yamlPrefix = "yaml: " + (line.map { "line \($0): " } ?? "")
        switch kind {
        case .syntax(let problem): return yamlPrefix + problem
        case .unknownAnchor(let name): return yamlPrefix + "unknown anchor '\(name)' referenced"
        case .recursiveAnchor(let name): return yamlPrefix + "anchor '\(name)' value contains itself"
        case .invalidMapKey(let key): return yamlPrefix + "invalid map key: " + key
        case .mergeRequiresMap: return yamlPrefix + "map merge requires map or sequence of maps as the value"
        case .cannotDecode(let found, let value, let tag):
            return yamlPrefix + "cannot decode \(found) `\(value)` as a \(tag)"
        case .invalidBase64: return yamlPrefix + "!!binary value contains invalid base64 data"
        case .excessiveAliasing: return yamlPrefix + "document contains excessive aliasing"
        case .maxDepthExceeded: return yamlPrefix + "exceeded max depth of 10000"
        default: return description
        }
    }
}

extension YAMLError {
    /// The text after `cannot load FILE: ` when Helm's chart loader reports a values file:
    /// `error reading yaml document: ...` for a bad separator, else
    /// `cannot unmarshal yaml document: ...`.
    public var loaderDescription: String {
        if case .invalidDocumentSeparator = kind { return "error reading yaml document: " + description }
        return "cannot unmarshal yaml document: " + description
    }
}
