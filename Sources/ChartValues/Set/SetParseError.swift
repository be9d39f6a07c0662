/// A malformed `--set`-family expression, with Helm's strvals text.
public struct SetParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// `a` or `a.b` with no `=`.
        case noValue(key: String)
        /// `,a=b`: an empty assignment before a comma.
        case noValueBeforeComma(key: String)
        /// `a.=x`-style map keys that end up empty.
        case mapHasNoValue(key: String)
        /// `a={x,y`
        case unterminatedList
        /// `a[x]=1`: strconv's message for the index text.
        case badIndex(String)
        /// `a[-1]=1`
        case negativeIndex(Int)
        /// `a[70000]=1`
        case indexTooLarge(Int)
        /// `a[0]x=1`: the unexpected runes.
        case dataAfterIndex([Unicode.Scalar])
        /// More than 30 nested names.
        case nestedTooDeep
        /// Writing into a value of the wrong type: Go's failed type assertion, e.g.
        /// `interface conversion: interface {} is int64, not map[string]interface {}`.
        case typeConflict(found: String, expected: String)
        /// A `--set-json` value that is not JSON: `encoding/json`'s decoder text.
        case json(String)
        /// A `--set-json` argument starting with `{` that is not a JSON object.
        case jsonObject
        /// `--set-file`: the file could not be read (the reader's message).
        case file(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The whole expression, as given on the command line.
    public var expression: String
    /// How many characters (Unicode scalars) of the expression were read when parsing failed,
    /// for tools that point at it; Helm's text never includes it.
    public var position: Int

    /// Creates an error.
    public init(_ kind: Kind, expression: String = "", position: Int = 0) {
        self.kind = kind
        self.expression = expression
        self.position = position
    }

    /// strvals' text, e.g. `key "a" has no value`.
    public var description: String {
        switch kind {
        case .noValue(let key): return "key \(GoQuote.quote(key)) has no value"
        case .noValueBeforeComma(let key): return "key \(GoQuote.quote(key)) has no value (cannot end with ,)"
        case .mapHasNoValue(let key): return "key map \(GoQuote.quote(key)) has no value"
        case .unterminatedList: return "list must terminate with '}'"
        case .badIndex(let message): return "error parsing index: " + message
        case .negativeIndex(let index): return "negative \(index) index not allowed"
        case .indexTooLarge(let index): return "index of \(index) is greater than maximum supported index of \(SetParser.maxIndex)"
        case .dataAfterIndex(let runes):
            // Go's %q of a []rune quotes each rune: ['x' 'y'].
            return "unexpected data at end of array index: [" + runes.map(GoQuote.quoteRune).joined(separator: " ") + "]"
        case .nestedTooDeep:
            return "value name nested level is greater than maximum supported nested level of \(SetParser.maxNestedNameLevel)"
        case .typeConflict(let found, let expected):
            return "unable to parse key: interface conversion: interface {} is \(found), not \(expected)"
        case .json(let message): return message
        case .jsonObject: return "failed parsing --set-json data JSON: " + expression
        case .file(let message): return message
        }
    }

    /// The whole line Helm's CLI prints after `Error: ` for this flag.
    public func cliDescription(for flag: SetFlag) -> String {
        switch flag {
        case .set: return "failed parsing --set data: " + description
        case .string: return "failed parsing --set-string data: " + description
        case .json:
            if case .jsonObject = kind { return description }
            return "failed parsing --set-json data " + expression
        case .file: return "failed parsing --set-file data: " + description
        case .literal: return "failed parsing --set-literal data: " + description
        }
    }
}
