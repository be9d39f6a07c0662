/// Helm's YAML: decoding as values files and `fromYaml` see it, encoding as `toYaml` and
/// `toYamlPretty` print it.
public enum YAML {
    /// Decodes one document as Helm decodes a values document or `fromYaml`'s argument
    /// (sigs.k8s.io/yaml into `map[string]interface {}`): numbers are `float64`, keys strings,
    /// an empty or null document gives an empty map, anything but a mapping is an error.
    /// Only the first document of a multi-document text is read, as go-yaml does.
    public static func decode(_ text: String, source: String) throws(YAMLError) -> Value {
        let value = try decodeFirst(text, source: source)
        switch value {
        case .null: return .map([:])
        case .map: return value
        default: throw YAMLError(.typeMismatch(kind: jsonKind(value), expected: "map[string]interface {}"), source: source)
        }
    }

    /// Decodes one document that must be a sequence, as `fromYamlArray` does (`[]interface {}`);
    /// an empty document gives an empty list.
    public static func decodeList(_ text: String, source: String) throws(YAMLError) -> [Value] {
        let value = try decodeFirst(text, source: source)
        switch value {
        case .null: return []
        case .list(let items): return items
        default: throw YAMLError(.typeMismatch(kind: jsonKind(value), expected: "[]interface {}"), source: source)
        }
    }

    /// Decodes a values file that may hold several documents, as Helm's loader does: split at
    /// lines starting with `---`, each document decoded as `decode`; the caller merges them.
    public static func decodeDocuments(_ text: String, source: String) throws(YAMLError) -> [Value] {
        try splitDocuments(text, source: source).map { (document) throws(YAMLError) -> Value in
            try decode(document, source: source)
        }
    }

    /// `yaml.Marshal` as Helm's `toYaml` uses it (sigs.k8s.io/yaml): the value goes through
    /// `encoding/json`, is read back as YAML (integral numbers become ints) and is emitted by
    /// go-yaml v2. The text keeps its final line break; `toYaml` trims it.
    /// - Throws: `unencodable` with sigs.k8s.io/yaml's text (`error marshaling into JSON: ...`).
    public static func encode(_ value: Value) throws(YAMLError) -> String {
        let json: String
        do {
            json = try JSON.encode(value)
        } catch {
            throw YAMLError(.unencodable("error marshaling into JSON: " + error.description))
        }
        return try DeepStack.run(depth: DeepStack.depthBound(json: json)) { () throws(YAMLError) -> String in
            try emitV2OnCurrentStack(json)
        }
    }

    /// sigs.k8s.io/yaml's `JSONToYAML`: the JSON text read as YAML by go-yaml v2, then emitted.
    private static func emitV2OnCurrentStack(_ json: String) throws(YAMLError) -> String {
        let parser = LibYAMLParser(json, source: "toYaml")
        let root: YAMLNode
        do {
            guard let first = try parser.documents(limit: 1).first, let node = first else { return "null\n" }
            root = node
        } catch {
            throw YAMLError(.unencodable("error converting JSON to YAML: " + error.goYAMLMessage))
        }
        do {
            var decoder = YAMLNodeDecoder()
            return YAMLEmitter.emit(YAMLEncoder.v2Node(try decoder.decode(root)), configuration: .v2)
        } catch {
            throw YAMLError(.unencodable("error converting JSON to YAML: " + YAMLError(error).goYAMLMessage))
        }
    }

    /// go-yaml v3's encoder with indent 2, as Helm's `toYamlPretty` uses it: no JSON round trip
    /// (so `1000000.0` prints `1e+06`), sequences indented under their key, no line folding.
    /// The text keeps its final line break.
    public static func encodePretty(_ value: Value) throws(YAMLError) -> String {
        DeepStack.run(depth: value.nestingDepth(limit: DeepStack.threshold)) { () -> String in
            YAMLEmitter.emit(YAMLEncoder.v3Node(value), configuration: .v3)
        }
    }

    /// Helm's `fromYaml`: the decoded map (empty for an empty or null document: sigs.k8s.io/yaml
    /// decodes JSON `null` into its `interface {}` wrapper, leaving the map alone), or a map
    /// holding only `Error` with Helm's message.
    public static func helmFromYaml(_ text: String) -> Value {
        do {
            let value = try decodeFirst(text, source: "fromYaml")
            switch value {
            case .null: return .map([:])
            case .map: return value
            default:
                let error = YAMLError(.typeMismatch(kind: jsonKind(value), expected: "map[string]interface {}"))
                return .map(["Error": .string(error.description)])
            }
        } catch {
            return .map(["Error": .string(error.description)])
        }
    }

    /// Helm's `fromYamlArray`: the decoded list (empty for an empty document), or a
    /// one-element list holding Helm's message.
    public static func helmFromYamlArray(_ text: String) -> Value {
        do {
            let value = try decodeFirst(text, source: "fromYamlArray")
            switch value {
            case .null: return .list([])
            case .list: return value
            default:
                return .list([.string(YAMLError(.typeMismatch(kind: jsonKind(value), expected: "[]interface {}")).description)])
            }
        } catch {
            return .list([.string(error.description)])
        }
    }

    /// Decodes the first document to the JSON-typed value, whatever its shape (nil if empty).
    public static func decodeFirst(_ text: String, source: String) throws(YAMLError) -> Value {
        // Build and free the node tree on a big stack when the text could nest deeply, so a
        // 10,000-level document cannot exhaust a small one.
        try DeepStack.run(depth: DeepStack.depthBound(yaml: text)) { () throws(YAMLError) -> Value in
            try decodeOnCurrentStack(text, source: source)
        }
    }

    private static func decodeOnCurrentStack(_ text: String, source: String) throws(YAMLError) -> Value {
        let documents = try LibYAMLParser.parse(text, source: source, limit: 1)
        guard let first = documents.first, let root = first else { return .null }
        do {
            var decoder = YAMLNodeDecoder()
            return try YAMLToJSON.convert(try decoder.decode(root))
        } catch {
            throw YAMLError(error, source: source)
        }
    }

    /// k8s.io/apimachinery's YAMLReader as Helm's loader uses it: a line starting with `---`
    /// ends a document (the rest of the line may only be a comment).
    static func splitDocuments(_ text: String, source: String) throws(YAMLError) -> [String] {
        var documents: [String] = []
        var buffer: [Substring] = []
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if line.hasPrefix("---") {
                let rest = line.dropFirst(3).trimmingGoSpace()
                if !rest.isEmpty && !rest.hasPrefix("#") {
                    throw YAMLError(.invalidDocumentSeparator(String(rest)), source: source)
                }
                if !buffer.isEmpty { documents.append(buffer.joined(separator: "\n") + "\n") }
                buffer = []
                continue
            }
            buffer.append(line)
        }
        if !buffer.isEmpty { documents.append(buffer.joined(separator: "\n") + "\n") }
        return documents
    }

    /// `encoding/json`'s word for a value's JSON kind in unmarshal errors.
    static func jsonKind(_ value: Value) -> String {
        switch value {
        case .list, .typedSlice: return "array"
        case .map, .typedMap: return "object"
        case .string: return "string"
        case .bool: return "bool"
        case .null: return "null"
        default: return "number"
        }
    }
}

extension Substring {
    /// Trims ASCII white space at both ends, as Go's `strings.TrimSpace` does for ASCII.
    func trimmingGoSpace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{0B}" || $0 == "\u{0C}" }
        var result = self
        while let first = result.first, isSpace(first) { result = result.dropFirst() }
        while let last = result.last, isSpace(last) { result = result.dropLast() }
        return result
    }
}
