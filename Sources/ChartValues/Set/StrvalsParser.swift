/// The state machine of Helm's `pkg/strvals` (parser.go and literal_parser.go) over one
/// argument. Each method mirrors the Go function of the same role; `Stop.eof` is Go's
/// `io.EOF`, which ends parsing successfully when it reaches the top.
struct StrvalsParser {
    enum Stop: Error {
        case eof
        case failure(SetParseError.Kind)
    }

    private let scalars: [Unicode.Scalar]
    /// Scalars read so far; where the parse stopped when it fails.
    private(set) var position = 0
    private let kind: SetFlag
    private let readFile: (String) throws -> String

    init(_ expression: String, kind: SetFlag, readFile: @escaping (String) throws -> String) {
        self.scalars = Array(expression.unicodeScalars)
        self.kind = kind
        self.readFile = readFile
    }

    private var isLiteral: Bool { kind == .literal }

    mutating func parse(into data: inout [String: Value]) throws(Stop) {
        while true { try key(&data, level: 0) }
    }

    // MARK: Scanning

    private mutating func readRune() -> Unicode.Scalar? {
        guard position < scalars.count else { return nil }
        defer { position += 1 }
        return scalars[position]
    }

    /// `runesUntil`: text up to a stop rune (consumed), with backslash escapes unless literal.
    /// Returns the stop rune, or `nil` at the end of input.
    private mutating func runesUntil(_ stops: Set<Unicode.Scalar>) -> (text: String, stop: Unicode.Scalar?) {
        var text = String.UnicodeScalarView()
        while let r = readRune() {
            if stops.contains(r) { return (String(text), r) }
            if r == "\\" && !isLiteral {
                guard let next = readRune() else { return (String(text), nil) }
                text.append(next)
            } else {
                text.append(r)
            }
        }
        return (String(text), nil)
    }

    // MARK: Keys

    private mutating func key(_ data: inout [String: Value], level: Int) throws(Stop) {
        let stops: Set<Unicode.Scalar> = isLiteral ? ["=", "[", "."] : ["=", "[", ",", "."]
        let (name, stop) = runesUntil(stops)
        guard let stop else {
            if name.isEmpty { throw .eof }
            throw .failure(.noValue(key: name))
        }
        switch stop {
        case "[":
            let index = try keyIndex()
            var list: [Value] = []
            if let existing = data[name] { list = try Self.asList(existing) }
            do {
                try listItem(&list, index: index, level: level)
            } catch {
                set(&data, name, .list(list))
                throw error
            }
            set(&data, name, .list(list))
        case "=":
            try assignment(into: &data, key: name)
        case ",":
            set(&data, name, .string(""))
            throw .failure(.noValueBeforeComma(key: name))
        default:
            let nested = level + 1
            if nested > SetParser.maxNestedNameLevel { throw .failure(.nestedTooDeep) }
            var inner: [String: Value] = [:]
            if let existing = data[name] { inner = try Self.asMap(existing) }
            var failure: Stop?
            do { try key(&inner, level: nested) } catch { failure = error }
            if failure == nil && inner.isEmpty { throw .failure(.mapHasNoValue(key: name)) }
            if !inner.isEmpty { set(&data, name, .map(inner)) }
            if let failure { throw failure }
        }
    }

    private mutating func assignment(into data: inout [String: Value], key name: String) throws(Stop) {
        switch kind {
        case .literal:
            set(&data, name, .string(restOfInput()))
        case .json:
            set(&data, name, try jsonValue())
        default:
            switch try valueList() {
            case .list(let items):
                set(&data, name, .list(items))
            case .endOfInput:
                set(&data, name, .string(""))
                throw .eof
            case .notAList:
                let (text, _) = runesUntil([","])
                set(&data, name, try reader(text))
            }
        }
    }

    private mutating func keyIndex() throws(Stop) -> Int {
        let (text, stop) = runesUntil(["]"])
        // Helm ends parsing quietly when the input stops inside an index (`a[0`).
        guard stop != nil else { throw .eof }
        guard let index = Self.atoi(text) else {
            let isNumeric = Self.looksNumeric(text)
            throw .failure(.badIndex("strconv.Atoi: parsing \(GoQuote.quote(text)): " + (isNumeric ? "value out of range" : "invalid syntax")))
        }
        return index
    }

    private mutating func listItem(_ list: inout [Value], index: Int, level: Int) throws(Stop) {
        if index < 0 { throw .failure(.negativeIndex(index)) }
        let (text, stop) = runesUntil(["[", ".", "="])
        if !text.isEmpty { throw .failure(.dataAfterIndex(Array(text.unicodeScalars))) }
        guard let stop else { throw .eof }
        switch stop {
        case "=":
            switch kind {
            case .literal:
                try setIndex(&list, index, .string(restOfInput()))
            case .json:
                try setIndex(&list, index, try jsonValue())
            default:
                switch try valueList() {
                case .list(let items): try setIndex(&list, index, .list(items))
                case .endOfInput: try setIndex(&list, index, .string(""))
                case .notAList:
                    let (text, _) = runesUntil([","])
                    try setIndex(&list, index, try reader(text))
                }
            }
        case "[":
            let next = try keyIndex()
            var current: [Value] = []
            if index < list.count, !Self.isNull(list[index]) { current = try Self.asList(list[index]) }
            try listItem(&current, index: next, level: level)
            try setIndex(&list, index, .list(current))
        default:
            var inner: [String: Value] = [:]
            if index < list.count {
                if let existing = list[index].mapEntries, case .map = list[index] {
                    inner = existing
                } else {
                    list[index] = .map([:])
                }
            }
            try key(&inner, level: level)
            try setIndex(&list, index, .map(inner))
        }
    }

    private func setIndex(_ list: inout [Value], _ index: Int, _ value: Value) throws(Stop) {
        if index < 0 { throw .failure(.negativeIndex(index)) }
        if index > SetParser.maxIndex { throw .failure(.indexTooLarge(index)) }
        if list.count <= index { list.append(contentsOf: Array(repeating: .null, count: index + 1 - list.count)) }
        list[index] = value
    }

    private func set(_ data: inout [String: Value], _ key: String, _ value: Value) {
        if !key.isEmpty { data[key] = value }
    }

    // MARK: Values

    private enum ValueList {
        case list([Value])
        case endOfInput
        case notAList
    }

    /// `valList`: `{a,b}` lists; anything else is left for `val`.
    private mutating func valueList() throws(Stop) -> ValueList {
        guard let first = readRune() else { return .endOfInput }
        guard first == "{" else {
            position -= 1
            return .notAList
        }
        var items: [Value] = []
        while true {
            let (text, stop) = runesUntil([",", "}"])
            guard let stop else { throw .failure(.unterminatedList) }
            if stop == "}" {
                if let next = readRune(), next != "," { position -= 1 }
                items.append(try reader(text))
                return .list(items)
            }
            items.append(try reader(text))
        }
    }

    /// The flag's value reader: typed scalars, strings, or a file's content.
    private func reader(_ text: String) throws(Stop) -> Value {
        switch kind {
        case .file:
            do {
                return .string(try readFile(text))
            } catch {
                throw .failure(.file(String(describing: error)))
            }
        default:
            return SetParser.typedValue(text, allStrings: kind == .string)
        }
    }

    private mutating func restOfInput() -> String {
        defer { position = scalars.count }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[position...])
        return String(text)
    }

    /// `--set-json`: an empty value is null; otherwise one JSON document read with Go's stream
    /// decoder, then optional spaces and a comma.
    private mutating func jsonValue() throws(Stop) -> Value {
        if emptyValue() { return .null }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[position...])
        let restText = String(rest)
        let (value, consumedBytes): (Value, Int)
        do {
            (value, consumedBytes) = try JSON.decodePrefix(restText)
        } catch {
            throw .failure(.json(error.description))
        }
        position += String(decoding: restText.utf8.prefix(consumedBytes), as: UTF8.self).unicodeScalars.count
        _ = emptyValue()
        return value
    }

    /// `emptyVal`: skips spaces; true at the end or at a comma (consumed).
    private mutating func emptyValue() -> Bool {
        while let r = readRune() {
            if r == "," { return true }
            if !GoUnicode.isSpace(r) {
                position -= 1
                return false
            }
        }
        return true
    }

    // MARK: Go helpers

    private static func isNull(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    /// A Go type assertion to `map[string]interface {}`, failing with Go's panic text.
    private static func asMap(_ value: Value) throws(Stop) -> [String: Value] {
        if case .map(let entries) = value { return entries.dictionary }
        throw .failure(.typeConflict(found: goName(value), expected: "map[string]interface {}"))
    }

    /// A Go type assertion to `[]interface {}`, failing with Go's panic text.
    private static func asList(_ value: Value) throws(Stop) -> [Value] {
        if case .list(let items) = value { return items }
        throw .failure(.typeConflict(found: goName(value), expected: "[]interface {}"))
    }

    private static func goName(_ value: Value) -> String {
        if case .null = value { return "nil" }
        return value.typeName
    }

    /// `strconv.Atoi`: optional sign and decimal digits within int64.
    private static func atoi(_ text: String) -> Int? {
        guard looksNumeric(text) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    private static func looksNumeric(_ text: String) -> Bool {
        var digits = Substring(text)
        if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
