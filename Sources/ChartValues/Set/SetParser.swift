/// Which `--set` flag an expression came from; it decides how values are typed.
public enum SetFlag: Sendable, Equatable {
    /// `--set`: `true`/`false`/`null` in any case, int64 for plain integers, else strings.
    case set
    /// `--set-string`: every value a string.
    case string
    /// `--set-json`: every value a JSON document (numbers `float64`).
    case json
    /// `--set-literal`: the whole rest of the argument is one string, no escapes.
    case literal
    /// `--set-file`: each value names a file whose content becomes the string.
    case file
}

/// Helm's strvals parser for the `--set` family, writing into an existing values map as Helm
/// does (so `a[1]=x` extends a list an earlier source set).
public enum SetParser {
    /// strvals' `MaxIndex`.
    public static let maxIndex = 65_536
    /// strvals' `MaxNestedNameLevel`.
    public static let maxNestedNameLevel = 30

    /// Parses one flag argument and merges it into `values`.
    ///
    /// A `--set-json` argument that starts with `{` (after spaces) is a whole JSON object merged
    /// with `Coalescing.mergeMaps`, as Helm's CLI does before strvals sees it.
    /// - Parameter readFile: reads a `--set-file` path (the text becomes the value).
    public static func apply(_ expression: String, as kind: SetFlag, to values: inout [String: Value],
                             readFile: (String) throws -> String) throws(SetParseError) {
        if kind == .json, expression.unicodeScalars.first(where: { !GoUnicode.isSpace($0) }) == "{" {
            let trimmed = Substring(expression).trimmingGoSpace()
            guard case .map(let object)? = try? JSON.decode(String(trimmed)) else {
                throw SetParseError(.jsonObject, expression: expression)
            }
            values = Coalescing.mergeMaps(values, object.dictionary)
            return
        }
        try parseStrvals(expression, as: kind, into: &values, readFile: readFile)
    }

    private static func parseStrvals(_ expression: String, as kind: SetFlag, into values: inout [String: Value],
                                     readFile: (String) throws -> String) throws(SetParseError) {
        let failure = withoutActuallyEscaping(readFile) { (reader) -> SetParseError? in
            var parser = StrvalsParser(expression, kind: kind, readFile: reader)
            do {
                try parser.parse(into: &values)
                return nil
            } catch {
                guard case .failure(let kind)? = error as? StrvalsParser.Stop else { return nil }
                return SetParseError(kind, expression: expression, position: parser.position)
            }
        }
        if let failure { throw failure }
    }

    /// Parses one argument into a fresh map with strvals alone (Helm's `strvals.Parse*`
    /// functions: no special case for a `--set-json` JSON object).
    public static func parse(_ expression: String, as kind: SetFlag,
                             readFile: (String) throws -> String) throws(SetParseError) -> [String: Value] {
        var values: [String: Value] = [:]
        try parseStrvals(expression, as: kind, into: &values, readFile: readFile)
        return values
    }

    /// strvals' `typedVal` for `--set`: booleans and null by case-insensitive word, int64 for
    /// base-10 integers not starting with `0` (exactly `0` too), strings otherwise.
    static func typedValue(_ text: String, allStrings: Bool) -> Value {
        if text.isEmpty || allStrings { return .string(text) }
        let lower = text.lowercased()
        if lower == "true" { return .bool(true) }
        if lower == "false" { return .bool(false) }
        if lower == "null" { return .null }
        if text == "0" { return .int64(0) }
        if !text.hasPrefix("0"), let number = Self.parseDecimalInt64(text) { return .int64(number) }
        return .string(text)
    }

    /// Go's `strconv.ParseInt(s, 10, 64)`: optional sign, ASCII digits, in range.
    static func parseDecimalInt64(_ text: String) -> Int64? {
        var digits = Substring(text)
        if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
}
