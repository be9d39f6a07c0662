import ChartValues

/// Builds the Go-typed value of the small template expressions the encoding fixtures use as
/// inputs (`1`, `nil`, `(list 1 "a")`, `(dict "k" (dict))`, `(splitList "," "a,b")`...), so a
/// recorded `{{ toYaml EXPR }}` can be replayed with the same Go types.
struct TemplateLiteral {
    private var tokens: [String]
    private var index = 0

    /// Parses one expression; `nil` if it uses something this reader does not know.
    static func value(of text: String) -> Value? {
        var reader = TemplateLiteral(tokens: tokenize(text))
        guard let value = reader.expression(), reader.index == reader.tokens.count else { return nil }
        return value
    }

    private init(tokens: [String]) { self.tokens = tokens }

    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inString = false
        for character in text {
            if inString {
                current.append(character)
                if character == "\"" { tokens.append(current); current = ""; inString = false }
            } else if character == "\"" {
                current = "\""; inString = true
            } else if character == "(" || character == ")" {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(character))
            } else if character == " " {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private mutating func expression() -> Value? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        index += 1
        if token == "(" {
            guard index < tokens.count else { return nil }
            let function = tokens[index]
            index += 1
            var arguments: [Value] = []
            while index < tokens.count, tokens[index] != ")" {
                guard let argument = expression() else { return nil }
                arguments.append(argument)
            }
            index += 1
            return call(function, arguments)
        }
        if token.hasPrefix("\"") { return .string(String(token.dropFirst().dropLast())) }
        if token == "nil" { return .null }
        if token == "true" || token == "false" { return .bool(token == "true") }
        if let int = Int(token) { return .int(int) }
        if let double = Double(token) { return .float64(double) }
        return nil
    }

    private func call(_ function: String, _ arguments: [Value]) -> Value? {
        switch function {
        case "list": return .list(arguments)
        case "dict":
            var entries: [String: Value] = [:]
            var index = 0
            while index + 1 < arguments.count {
                guard case .string(let key) = arguments[index] else { return nil }
                entries[key] = arguments[index + 1]
                index += 2
            }
            return .map(entries)
        case "splitList":
            guard arguments.count == 2, case .string(let separator) = arguments[0], case .string(let text) = arguments[1] else { return nil }
            return .strings(text.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init))
        case "int64":
            guard case .int(let i) = arguments.first else { return nil }
            return .int64(Int64(i))
        case "float64":
            guard case .int(let i) = arguments.first else { return nil }
            return .float64(Double(i))
        case "until":
            guard case .int(let n) = arguments.first else { return nil }
            return .typedSlice(.slice(.int), (0..<n).map(Value.int))
        case "b64enc":
            guard case .string(let s) = arguments.first else { return nil }
            return .string(base64(Array(s.utf8)))
        default:
            return nil
        }
    }

    private func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 3, bytes.count)])
            let n = chunk.enumerated().reduce(0) { $0 | (Int($1.element) << (16 - 8 * $1.offset)) }
            for k in 0..<4 {
                out.append(k <= chunk.count ? alphabet[(n >> (18 - 6 * k)) & 63] : "=")
            }
            i += 3
        }
        return out
    }
}
