/// go-yaml v2's scalar resolution (YAML 1.1 as Helm sees it): which Go value a scalar's text
/// and tag give.
///
/// Plain `yes`/`on`/`y` are booleans, `~` and empty are null, `017` is octal, `0b101` binary,
/// `1_000` an int; timestamps are recognised but kept as their text (go-yaml v2's
/// compatibility rule for `interface {}` targets); base-60 numbers stay strings.
enum YAMLResolver {
    static let strTag = "tag:yaml.org,2002:str"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let nullTag = "tag:yaml.org,2002:null"
    static let timestampTag = "tag:yaml.org,2002:timestamp"
    static let binaryTag = "tag:yaml.org,2002:binary"
    static let mergeTag = "tag:yaml.org,2002:merge"

    /// The words resolved by lookup, with their tag and value.
    private static let words: [String: (tag: String, value: GoYAMLValue)] = {
        var table: [String: (tag: String, value: GoYAMLValue)] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"] {
            table[word] = (boolTag, .bool(true))
        }
        for word in ["n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"] {
            table[word] = (boolTag, .bool(false))
        }
        for word in ["", "~", "null", "Null", "NULL"] { table[word] = (nullTag, .null) }
        for word in [".nan", ".NaN", ".NAN"] { table[word] = (floatTag, .float(.nan)) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = (floatTag, .float(.infinity)) }
        for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = (floatTag, .float(-.infinity)) }
        table["<<"] = (mergeTag, .string("<<"))
        return table
    }()

    /// The short form of a tag for messages (`!!int`).
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// Resolves a scalar; `tag` is empty for untagged plain scalars.
    /// - Throws: `cannotDecode` when an explicit tag does not fit the text.
    static func resolve(tag: String, text: String) throws(YAMLError.Kind) -> (tag: String, value: GoYAMLValue) {
        let resolvable = [strTag, boolTag, intTag, floatTag, timestampTag, nullTag, ""].contains(tag)
        guard resolvable else { return (tag, .string(text)) }
        let (resolvedTag, value) = implicitResolve(tag: tag, text: text)
        if tag.isEmpty || tag == resolvedTag || tag == strTag { return (resolvedTag, value) }
        if tag == floatTag, resolvedTag == intTag, case .int(let i) = value { return (floatTag, .float(Double(i))) }
        throw .cannotDecode(found: shortTag(resolvedTag), value: text, tag: shortTag(tag))
    }

    private static func implicitResolve(tag: String, text: String) -> (String, GoYAMLValue) {
        if tag == strTag { return (strTag, .string(text)) }
        let first = text.utf8.first
        let hint: Character? = first.flatMap(hintFor)
        guard text.isEmpty || hint != nil else { return (strTag, .string(text)) }
        if let word = words[text] { return (word.tag, word.value) }
        switch hint {
        case ".":
            if let d = goParseFloat(text) { return (floatTag, .float(d)) }
        case "D", "S":
            if tag.isEmpty || tag == timestampTag, looksLikeTimestamp(text) { return (timestampTag, .string(text)) }
            let plain = text.filter { $0 != "_" }
            if let i = goParseInt(plain) { return (intTag, .int(i)) }
            if let u = goParseUInt(plain) { return (intTag, .uint(u)) }
            if isYAMLStyleFloat(plain), let d = goParseFloat(plain) { return (floatTag, .float(d)) }
            if plain.hasPrefix("0b"), let v = binary(String(plain.dropFirst(2)), negative: false) { return (intTag, v) }
            if plain.hasPrefix("-0b"), let v = binary(String(plain.dropFirst(3)), negative: true) { return (intTag, v) }
        default:
            break
        }
        return (strTag, .string(text))
    }

    private static func hintFor(_ byte: UInt8) -> Character? {
        switch byte {
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return "S"
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return "D"
        case UInt8(ascii: "."): return "."
        default:
            return "yYnNtTfFoO~".utf8.contains(byte) ? "M" : nil
        }
    }

    private static func binary(_ digits: String, negative: Bool) -> GoYAMLValue? {
        guard !digits.isEmpty, digits.allSatisfy({ $0 == "0" || $0 == "1" }) else { return nil }
        if let magnitude = UInt64(digits, radix: 2) {
            if negative {
                if magnitude <= UInt64(Int64.max) + 1 { return .int(magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(magnitude)) }
                return nil
            }
            if magnitude <= UInt64(Int64.max) { return .int(Int(magnitude)) }
            return .uint(magnitude)
        }
        return nil
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func isYAMLStyleFloat(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            var count = 0
            while let b = bytes.first, b >= 48 && b <= 57 { bytes = bytes.dropFirst(); count += 1 }
            return count
        }
        if let b = bytes.first, b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if bytes.first == UInt8(ascii: ".") { bytes = bytes.dropFirst(); _ = digits() }
        }
        if let b = bytes.first, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let s = bytes.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// The quick check and date layouts of go-yaml v2's `parseTimestamp`.
    static func looksLikeTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        guard i == 4, i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return false }
        return GoTimestamp.matches(text)
    }
}
