/// Go's `encoding/json` as Helm and Sprig use it: `toJson`, `toPrettyJson`, `toRawJson`,
/// `fromJson`, `fromJsonArray`, `mustFromJson`, `--set-json`.
public enum JSON {
    /// `json.Marshal` (or `MarshalIndent(v, "", indent)` when `indent` is given): map keys
    /// sorted, floats in Go's JSON form, `<`, `>`, `&` escaped unless `escapeHTML` is false
    /// (`toRawJson`), U+2028/U+2029 always escaped.
    /// - Throws: `unsupportedValue` for NaN and infinities.
    public static func encode(_ value: Value, escapeHTML: Bool = true, indent: String? = nil) throws(JSONError) -> String {
        var writer = JSONWriter(escapeHTML: escapeHTML, indent: indent)
        try DeepStack.run(depth: value.nestingDepth(limit: DeepStack.threshold)) { () throws(JSONError) in
            try writer.write(value, level: 0)
        }
        return writer.output
    }

    /// `json.Unmarshal` into `interface {}` (`mustFromJson`): any JSON value, numbers `float64`.
    public static func decode(_ text: String) throws(JSONError) -> Value {
        var reader = JSONReader(text)
        let (value, decodeError) = try reader.readDocument()
        if let decodeError { throw decodeError }
        return value
    }

    /// `json.Decoder.Decode` into `interface {}` on the front of `text` (as `--set-json` reads a
    /// value and leaves the rest): the value and the UTF-8 byte count it used.
    public static func decodePrefix(_ text: String) throws(JSONError) -> (value: Value, consumedBytes: Int) {
        var reader = JSONReader(text, streamMode: true)
        let (value, end) = try reader.readPrefix()
        return (value, end)
    }

    /// `json.Unmarshal` into `map[string]interface {}`: the map (`.null` for JSON `null`, as Go
    /// leaves a nil map) and Go's error. Like Go, a number out of range still yields the rest
    /// of the map (that field null) together with the error.
    public static func unmarshalObject(_ text: String) -> (value: Value, error: JSONError?) {
        var reader = JSONReader(text)
        do {
            let (value, decodeError) = try reader.readDocument()
            switch value {
            case .map: return (value, decodeError)
            case .null where !reader.topLevelIsNumber: return (value, decodeError)
            default: return (.map([:]), JSONError(.typeMismatch(kind: reader.topLevelIsNumber ? "number" : YAML.jsonKind(value), expected: "map[string]interface {}")))
            }
        } catch {
            return (.map([:]), error)
        }
    }

    /// `json.Unmarshal` into `[]interface {}`: the list (`.null` for JSON `null`) and Go's error.
    public static func unmarshalArray(_ text: String) -> (value: Value, error: JSONError?) {
        var reader = JSONReader(text)
        do {
            let (value, decodeError) = try reader.readDocument()
            switch value {
            case .list: return (value, decodeError)
            case .null where !reader.topLevelIsNumber: return (value, decodeError)
            default: return (.list([]), JSONError(.typeMismatch(kind: reader.topLevelIsNumber ? "number" : YAML.jsonKind(value), expected: "[]interface {}")))
            }
        } catch {
            return (.list([]), error)
        }
    }

    /// Helm's `fromJson`: the decoded map, with an `Error` key holding Go's message on failure.
    public static func helmFromJson(_ text: String) -> Value {
        let (value, error) = unmarshalObject(text)
        guard let error else { return value }
        var entries = value.mapEntries ?? [:]
        entries["Error"] = .string(error.description)
        return .map(entries)
    }

    /// Sprig's `fromJsonArray`: the decoded list, or a one-element list with Go's message.
    public static func helmFromJsonArray(_ text: String) -> Value {
        let (value, error) = unmarshalArray(text)
        guard let error else { return value }
        return .list([.string(error.description)])
    }
}

extension Value {
    /// Nesting depth of lists and maps, counted up to `limit` (enough to choose a stack).
    func nestingDepth(limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        let children: [Value]
        switch self {
        case .list(let items), .typedSlice(_, let items): children = items
        case .map(let entries), .typedMap(_, let entries): children = Array(entries.values)
        default: return 0
        }
        var deepest = 0
        for child in children where deepest < limit - 1 {
            deepest = max(deepest, child.nestingDepth(limit: limit - 1))
        }
        return deepest + 1
    }
}
