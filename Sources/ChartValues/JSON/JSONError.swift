/// An error encoding or decoding JSON, with the text Go's `encoding/json` gives.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// A syntax error; `message` is Go's (`invalid character 'x' looking for beginning of value`).
        case syntax(String)
        /// The input ended inside a value.
        case unexpectedEnd
        /// A stream decoder (`json.Decoder`) met the end inside a value.
        case unexpectedEOF
        /// The document's JSON kind (`array`) cannot go into the Go type (`map[string]interface {}`).
        case typeMismatch(kind: String, expected: String)
        /// A number out of float64 range (`1e400`).
        case numberOutOfRange(String)
        /// A float JSON cannot hold (`NaN`, `+Inf`, `-Inf`).
        case unsupportedValue(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// Byte offset in the input where the problem was found (Go's `SyntaxError.Offset`).
    public var offset: Int

    /// Creates an error.
    public init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }

    /// Go's text, e.g. `invalid character 'o' in literal null (expecting 'u')`.
    public var description: String {
        switch kind {
        case .syntax(let message): return message
        case .unexpectedEnd: return "unexpected end of JSON input"
        case .unexpectedEOF: return "unexpected EOF"
        case .typeMismatch(let kind, let expected): return "json: cannot unmarshal \(kind) into Go value of type \(expected)"
        case .numberOutOfRange(let text): return "json: cannot unmarshal number \(text) into Go value of type float64"
        case .unsupportedValue(let text): return "json: unsupported value: " + text
        }
    }
}
