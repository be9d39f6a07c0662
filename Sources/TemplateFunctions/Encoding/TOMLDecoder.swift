import ChartValues

/// TOML input as BurntSushi/toml decodes it into `map[string]interface {}` for Helm's
/// `fromToml`: integers `int64`, floats `float64`, offset date-times `time.Time`, tables maps,
/// with the library's `toml: line N (last key "k"): ...` error texts for the common mistakes.
struct TOMLDecoder {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var root: [String: Value] = [:]
    /// The key path of the current `[table]` (or `[[array]]` element).
    private var tablePath: [String] = []
    /// The last key read, for error texts.
    private var lastKey: [String] = []
    /// Tables defined by a header or a key, to refuse duplicates.
    private var defined: Set<[String]> = []
    /// Open arrays and inline tables; bounded so hostile input cannot exhaust the stack.
    private var nesting = 0
    private static let maximumNesting = 10_000

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The document as a map.
    static func decode(_ text: String) throws(GoCallError) -> [String: Value] {
        var decoder = TOMLDecoder(text)
        try decoder.document()
        return decoder.root
    }

    // MARK: errors

    private func failure(_ message: String) -> GoCallError {
        if lastKey.isEmpty { return GoCallError("toml: line \(line): \(message)") }
        return GoCallError("toml: line \(line) (last key \"\(lastKey.joined(separator: "."))\"): \(message)")
    }

    // MARK: scanning

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private mutating func advance() {
        if current == "\n" { line += 1 }
        position += 1
    }

    private mutating func skipSpaces() {
        while let c = current, c == " " || c == "\t" { advance() }
    }

    private mutating func skipComment() {
        if current == "#" { while let c = current, c != "\n" { advance() } }
    }

    /// Spaces, comments and newlines (inside arrays).
    private mutating func skipBlank() {
        while let c = current {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() } else if c == "#" { skipComment() } else { return }
        }
    }

    private mutating func endOfLine() throws(GoCallError) {
        skipSpaces()
        skipComment()
        if current == "\r" { advance() }
        guard current == nil || current == "\n" else {
            throw failure("expected a top-level item to end with a newline, comment, or EOF, but got \(quoted(current)) instead")
        }
        if current == "\n" { advance() }
    }

    private func quoted(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "EOF" }
        return "'" + String(scalar) + "'"
    }

    // MARK: structure

    private mutating func document() throws(GoCallError) {
        while true {
            skipBlank()
            guard let c = current else { return }
            if c == "[" {
                advance()
                let isArray = current == "["
                if isArray { advance() }
                skipSpaces()
                let path = try keyPath()
                skipSpaces()
                guard current == "]" else { throw failure("expected ']' after table name, found \(quoted(current))") }
                advance()
                if isArray {
                    guard current == "]" else { throw failure("expected ']]' after array of tables name") }
                    advance()
                }
                lastKey = path
                if isArray { try appendTable(path) } else { try openTable(path) }
                tablePath = path
                try endOfLine()
            } else if c == "=" {
                throw failure("unexpected '=': key name appears blank")
            } else {
                let path = try keyPath()
                lastKey = path
                skipSpaces()
                guard current == "=" else { throw failure("expected key separator '=', but got \(quoted(current)) instead") }
                advance()
                skipSpaces()
                let value = try self.value()
                try assign(tablePath + path, value)
                try endOfLine()
            }
        }
    }

    private mutating func keyPath() throws(GoCallError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let c = current else { throw failure("unexpected EOF; expected key") }
            if c == "\"" {
                parts.append(try basicString())
            } else if c == "'" {
                parts.append(try literalString())
            } else {
                var name = ""
                while let c = current, c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" {
                    name.unicodeScalars.append(c)
                    advance()
                }
                guard !name.isEmpty else {
                    if c == "=" { throw failure("unexpected '=': key name appears blank") }
                    throw failure("bare keys cannot contain \(quoted(c))")
                }
                parts.append(name)
            }
            skipSpaces()
            guard current == "." else { return parts }
            advance()
        }
    }

    /// Walks `path` from the root, creating tables; the last array-of-tables element is
    /// entered, as TOML's `[a.b]` after `[[a]]` means the latest `a`.
    private func lookup(_ entries: [String: Value], _ path: ArraySlice<String>) -> Value? {
        guard let first = path.first else { return .map(entries) }
        guard let child = entries[first] else { return nil }
        if path.count == 1 { return child }
        if let map = child.mapEntries { return lookup(map, path.dropFirst()) }
        if case .list(let items) = child, let last = items.last?.mapEntries { return lookup(last, path.dropFirst()) }
        return nil
    }

    private mutating func update(_ path: ArraySlice<String>, in entries: inout [String: Value],
                                 _ change: (inout [String: Value]) throws(GoCallError) -> Void) throws(GoCallError) {
        guard let first = path.first else {
            try change(&entries)
            return
        }
        switch entries[first] {
        case nil:
            var child: [String: Value] = [:]
            try update(path.dropFirst(), in: &child, change)
            entries[first] = .map(child)
        case .map(let map)?:
            var child = map.dictionary
            try update(path.dropFirst(), in: &child, change)
            entries[first] = .map(child)
        case .list(var items)? where items.last?.mapEntries != nil:
            var child = items[items.count - 1].mapEntries ?? [:]
            try update(path.dropFirst(), in: &child, change)
            items[items.count - 1] = .map(child)
            entries[first] = .list(items)
        default:
            throw failure("Key '\(first)' has already been defined.")
        }
    }

    private mutating func openTable(_ path: [String]) throws(GoCallError) {
        if defined.contains(path) { throw failure("Key '\(path.joined(separator: "."))' has already been defined.") }
        if let existing = lookup(root, path[...]), existing.mapEntries == nil {
            throw failure("Key '\(path.joined(separator: "."))' has already been defined.")
        }
        defined.insert(path)
        var root = self.root
        try update(path[...], in: &root) { _ throws(GoCallError) in }
        self.root = root
    }

    private mutating func appendTable(_ path: [String]) throws(GoCallError) {
        let name = path[path.count - 1]
        var root = self.root
        let failure = self.failure("Key '\(path.joined(separator: "."))' has already been defined.")
        try update(path.dropLast(), in: &root) { (table: inout [String: Value]) throws(GoCallError) in
            switch table[name] {
            case nil: table[name] = .list([.map([:])])
            case .list(var items)? where items.allSatisfy({ $0.mapEntries != nil }):
                items.append(.map([:]))
                table[name] = .list(items)
            default: throw failure
            }
        }
        self.root = root
        defined = defined.filter { !($0.count > path.count && Array($0.prefix(path.count)) == path) }
    }

    private mutating func assign(_ path: [String], _ value: Value) throws(GoCallError) {
        let name = path[path.count - 1]
        var root = self.root
        let failure = self.failure("Key '\(name)' has already been defined.")
        try update(path.dropLast(), in: &root) { (table: inout [String: Value]) throws(GoCallError) in
            guard table[name] == nil else { throw failure }
            table[name] = value
        }
        self.root = root
    }

    // MARK: values

    private mutating func value() throws(GoCallError) -> Value {
        guard let c = current else { throw failure("unexpected EOF; expected value") }
        if c == "[" || c == "{" {
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= Self.maximumNesting else { throw failure("arrays and inline tables nested too deeply") }
            return c == "[" ? try array() : try inlineTable()
        }
        switch c {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        case "{": return try inlineTable()
        default: return try bareValue()
        }
    }

    private mutating func array() throws(GoCallError) -> Value {
        advance()
        var items: [Value] = []
        while true {
            skipBlank()
            guard let c = current else { throw failure("unexpected EOF; expected value") }
            if c == "]" {
                advance()
                return .list(items)
            }
            items.append(try value())
            skipBlank()
            if current == "," {
                advance()
            } else if current == "]" {
                continue
            } else if current == nil {
                throw failure("unexpected EOF; expected value")
            } else {
                throw failure("expected a comma (',') or array terminator (']'), but got \(quoted(current))")
            }
        }
    }

    private mutating func inlineTable() throws(GoCallError) -> Value {
        advance()
        var entries: [String: Value] = [:]
        skipSpaces()
        if current == "}" {
            advance()
            return .map(entries)
        }
        while true {
            skipSpaces()
            let path = try keyPath()
            lastKey = path
            skipSpaces()
            guard current == "=" else { throw failure("expected key separator '=', but got \(quoted(current)) instead") }
            advance()
            skipSpaces()
            let item = try value()
            try update(path.dropLast(), in: &entries) { (table: inout [String: Value]) throws(GoCallError) in
                table[path[path.count - 1]] = item
            }
            skipSpaces()
            if current == "," {
                advance()
                continue
            }
            guard current == "}" else {
                if current == nil { throw failure("unexpected EOF; expected value") }
                throw failure("expected a comma or an inline table terminator '}', but got \(quoted(current)) instead")
            }
            advance()
            return .map(entries)
        }
    }

    private mutating func bareValue() throws(GoCallError) -> Value {
        var text = ""
        while let c = current, !" \t\n\r,]}#".unicodeScalars.contains(c) {
            text.unicodeScalars.append(c)
            advance()
        }
        // A date-time may have a space between date and time.
        if text.count == 10, current == " ", let next = peek(1), ("0"..."9").contains(next) {
            advance()
            text += "T"
            while let c = current, !" \t\n\r,]}#".unicodeScalars.contains(c) {
                text.unicodeScalars.append(c)
                advance()
            }
        }
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float64(.infinity)
        case "-inf": return .float64(-.infinity)
        case "nan", "+nan", "-nan": return .float64(.nan)
        default: break
        }
        if let time = TOMLDecoder.dateTime(text) { return time }
        let digits = text.replacingOccurrences(of: "_", with: "")
        if digits.hasPrefix("0x"), let number = Int64(digits.dropFirst(2), radix: 16) { return .int64(number) }
        if digits.hasPrefix("0o"), let number = Int64(digits.dropFirst(2), radix: 8) { return .int64(number) }
        if digits.hasPrefix("0b"), let number = Int64(digits.dropFirst(2), radix: 2) { return .int64(number) }
        if let number = Int64(digits), !text.hasPrefix("_"), !text.hasSuffix("_") { return .int64(number) }
        if digits.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let number = Double(digits),
           !digits.hasPrefix("."), !digits.hasSuffix(".") {
            return .float64(number)
        }
        if text.isEmpty { throw failure("unexpected \(quoted(current)) while expecting a value") }
        throw failure("expected value but found \(GoQuote.quote(text)) instead")
    }

    /// An offset date-time (`1979-05-27T07:32:00Z`, `...-07:00`) as `time.Time`.
    private static func dateTime(_ text: String) -> Value? {
        guard text.count >= 20, let time = try? GoTimeParse.parse("2006-01-02T15:04:05.999999999Z07:00", text, location: .utc)
        else { return nil }
        let shown = time.location.name.isEmpty && time.location.zone(at: 0).offset == 0 ? time.inLocation(.utc) : time
        return .object(GoTimeObject(shown, localZone: .local))
    }

    private mutating func basicString() throws(GoCallError) -> String {
        try quotedString(quote: "\"", processesEscapes: true)
    }

    private mutating func literalString() throws(GoCallError) -> String {
        try quotedString(quote: "'", processesEscapes: false)
    }

    /// A basic (`"`, with escapes) or literal (`'`) string, single- or multi-line (tripled quote:
    /// a newline right after the opening is dropped, extra closing quotes belong to the text).
    private mutating func quotedString(quote: Unicode.Scalar, processesEscapes: Bool) throws(GoCallError) -> String {
        let multiline = peek(1) == quote && peek(2) == quote
        let unterminated = quote == "\"" ? "unexpected EOF; expected '\"'" : "unexpected EOF; expected \"'\""
        advance()
        if multiline {
            advance()
            advance()
            if current == "\n" { advance() } else if current == "\r", peek(1) == "\n" { advance(); advance() }
        }
        var out = ""
        while true {
            guard let c = current else { throw failure(unterminated) }
            if c == quote {
                if !multiline {
                    advance()
                    return out
                }
                if peek(1) == quote && peek(2) == quote {
                    advance(); advance(); advance()
                    while current == quote {
                        out.unicodeScalars.append(quote)
                        advance()
                    }
                    return out
                }
            }
            if c == "\n" && !multiline { throw failure("strings cannot contain newlines") }
            if processesEscapes && c == "\\" {
                advance()
                try appendEscape(to: &out, multiline: multiline)
                continue
            }
            out.unicodeScalars.append(c)
            advance()
        }
    }

    /// The escape after a backslash in a basic string.
    private mutating func appendEscape(to out: inout String, multiline: Bool) throws(GoCallError) {
        guard let escape = current else { throw failure("unexpected EOF; expected '\"'") }
        advance()
        switch escape {
        case "b": out += "\u{08}"
        case "t": out += "\t"
        case "n": out += "\n"
        case "f": out += "\u{0C}"
        case "r": out += "\r"
        case "\"": out += "\""
        case "\\": out += "\\"
        case "u", "U":
            let count = escape == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<count {
                guard let digit = current else { break }
                hex.unicodeScalars.append(digit)
                advance()
            }
            guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw failure("invalid escape: '\\\(escape)\(hex)'")
            }
            out.unicodeScalars.append(scalar)
        case "\n", " ", "\t", "\r":
            // A line-ending backslash trims the following blank space (multi-line only).
            guard multiline else { throw failure("invalid escape in string '\\\(escape)'") }
            while let next = current, next == " " || next == "\t" || next == "\n" || next == "\r" { advance() }
        default:
            throw failure("invalid escape in string '\\\(escape)'")
        }
    }
}
