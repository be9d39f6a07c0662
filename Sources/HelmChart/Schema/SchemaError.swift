/// One failure found by `SchemaValidator`, in santhosh-tekuri/jsonschema v6's shape: a leaf
/// message, or a group ("validation failed", "allOf failed") with the failures inside it.
struct SchemaError: Sendable, Equatable {
    /// The instance location as JSON-pointer tokens (unescaped).
    var location: [String]
    var message: String
    var causes: [SchemaError] = []

    /// The JSON pointer, `''`-style empty for the root, `~` and `/` escaped.
    var pointer: String {
        location.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    /// The indented `- at '<ptr>': <message>` lines v6 prints, one per node.
    func lines(depth: Int = 0) -> [String] {
        [String(repeating: "  ", count: depth) + "- at '\(pointer)': \(message)"] + causes.flatMap { $0.lines(depth: depth + 1) }
    }
}

/// The text Helm prints for one chart's failures: v6's tree without its heading line,
/// ending in a newline.
func schemaReport(_ errors: [SchemaError]) -> String {
    errors.flatMap { $0.lines() }.map { $0 + "\n" }.joined()
}
