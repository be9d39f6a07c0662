import ChartValues
import TemplateFunctions

/// `Chart.yaml` (Helm's v2 `Metadata`), decoded as Helm decodes it: YAML 1.1 scalars coerced
/// into the string fields (`version: 1.0` → `"1"`), unknown keys ignored.
public struct ChartMetadata: Sendable, Equatable {
    /// `v1` (Helm 2 style) or `v2`; empty is read as `v1`.
    public var apiVersion = ""
    /// The chart's name (`.Chart.Name`, template path prefix).
    public var name = ""
    /// The chart's SemVer version.
    public var version = ""
    /// A SemVer constraint the cluster version must satisfy.
    public var kubeVersion = ""
    public var description = ""
    /// `application`, `library` or empty.
    public var type = ""
    /// Project home page.
    public var home = ""
    /// Icon URL.
    public var icon = ""
    /// Version of the packaged application.
    public var appVersion = ""
    /// Top-level `condition` (shown in `.Chart.Condition`; dependency entries carry the real ones).
    public var condition = ""
    /// Top-level `tags` (shown in `.Chart.Tags`; dependency entries carry the real ones).
    public var tags = ""
    /// Source URLs.
    public var sources: [String] = []
    /// Search keywords.
    public var keywords: [String] = []
    /// `nil` entries are `null` items, which validation rejects.
    public var maintainers: [Maintainer?] = []
    /// Free-form annotations.
    public var annotations: [String: String] = [:]
    /// Whether Chart.yaml has an `annotations` map at all: Go keeps an absent one nil, which
    /// `toJson .Chart.Annotations` prints as `null` rather than `{}`.
    var declaresAnnotations = false
    /// Whether the chart is deprecated.
    public var deprecated = false
    /// `nil` entries are `null` items, which validation rejects.
    public var dependencies: [ChartDependency?] = []

    /// A `maintainers[]` entry.
    public struct Maintainer: Sendable, Equatable {
        /// Maintainer name.
        public var name = ""
        /// Maintainer e-mail.
        public var email = ""
        /// Maintainer URL.
        public var url = ""
    }

    /// Creates empty metadata.
    public init() {}

    /// Decodes a `Chart.yaml` (or `requirements.yaml`) document over existing metadata, the way
    /// `yaml.Unmarshal` fills a Go struct: only the keys present are written.
    mutating func merge(decoded value: Value) throws(MetadataDecodingError) {
        if case .null = value { return }
        guard let entries = value.mapEntries else {
            throw MetadataDecodingError(goKind: Self.jsonKind(value), field: nil, type: "v2.Metadata")
        }
        let fields = MetadataFields(entries: entries, structName: "Metadata")
        try fields.string("apiVersion") { apiVersion = $0 }
        try fields.string("name") { name = $0 }
        try fields.string("version") { version = $0 }
        try fields.string("kubeVersion") { kubeVersion = $0 }
        try fields.string("description") { description = $0 }
        try fields.string("type") { type = $0 }
        try fields.string("home") { home = $0 }
        try fields.string("icon") { icon = $0 }
        try fields.string("appVersion") { appVersion = $0 }
        try fields.string("condition") { condition = $0 }
        try fields.string("tags") { tags = $0 }
        try fields.strings("sources") { sources = $0 }
        try fields.strings("keywords") { keywords = $0 }
        try fields.bool("deprecated") { deprecated = $0 }
        try fields.stringMap("annotations") {
            annotations = $0
            declaresAnnotations = true
        }
        try fields.list("maintainers", type: "[]*v2.Maintainer") { items throws(MetadataDecodingError) in
            maintainers = try items.map { item throws(MetadataDecodingError) -> Maintainer? in
                guard let entries = item.mapEntries else {
                    if case .null = item { return nil }
                    throw MetadataDecodingError(goKind: Self.jsonKind(item), field: "Metadata.maintainers", type: "v2.Maintainer")
                }
                let fields = MetadataFields(entries: entries, structName: "Maintainer.maintainers")
                var maintainer = Maintainer()
                try fields.string("name") { maintainer.name = $0 }
                try fields.string("email") { maintainer.email = $0 }
                try fields.string("url") { maintainer.url = $0 }
                return maintainer
            }
        }
        try fields.list("dependencies", type: "[]*v2.Dependency") { items throws(MetadataDecodingError) in
            dependencies = try items.map { item throws(MetadataDecodingError) -> ChartDependency? in
                guard let entries = item.mapEntries else {
                    if case .null = item { return nil }
                    throw MetadataDecodingError(goKind: Self.jsonKind(item), field: "Metadata.dependencies", type: "v2.Dependency")
                }
                return try ChartDependency(entries: entries)
            }
        }
    }

    /// The JSON kind word `encoding/json` uses in its errors.
    static func jsonKind(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .string: return "string"
        case .int, .int64, .float64, .otherInteger: return "number"
        case .list, .typedSlice, .bytes: return "array"
        default: return "object"
        }
    }

    /// Helm's `Metadata.Validate`, run when a chart is loaded (errors print as `validation: ...`).
    /// Text fields are sanitised first: white space becomes a plain space, unprintable
    /// characters are removed.
    mutating func validate() throws(ChartLoadError) {
        name = Self.sanitize(name)
        description = Self.sanitize(description)
        home = Self.sanitize(home)
        icon = Self.sanitize(icon)
        condition = Self.sanitize(condition)
        tags = Self.sanitize(tags)
        appVersion = Self.sanitize(appVersion)
        kubeVersion = Self.sanitize(kubeVersion)
        sources = sources.map(Self.sanitize)
        keywords = keywords.map(Self.sanitize)
        if apiVersion.isEmpty { throw .validation("chart.metadata.apiVersion is required") }
        if name.isEmpty { throw .validation("chart.metadata.name is required") }
        if name == "." || name == ".." { throw .validation("chart.metadata.name \(GoQuote.quote(name)) is not allowed") }
        if name.contains("/") { throw .validation("chart.metadata.name \(GoQuote.quote(name)) is invalid") }
        if version.isEmpty { throw .validation("chart.metadata.version is required") }
        if (try? SemverVersion(parsing: version)) == nil { throw .validation("chart.metadata.version \(GoQuote.quote(version)) is invalid") }
        if !["", "application", "library"].contains(type) {
            throw .validation("chart.metadata.type must be application or library")
        }
        for index in maintainers.indices {
            guard var maintainer = maintainers[index] else {
                throw .validation("maintainers must not contain empty or null nodes")
            }
            maintainer.name = Self.sanitize(maintainer.name)
            maintainer.email = Self.sanitize(maintainer.email)
            maintainer.url = Self.sanitize(maintainer.url)
            maintainers[index] = maintainer
        }
        var seen: Set<String> = []
        for index in dependencies.indices {
            guard var dependency = dependencies[index] else {
                throw .validation("dependencies must not contain empty or null nodes")
            }
            try dependency.validate()
            dependencies[index] = dependency
            let key = dependency.alias.isEmpty ? dependency.name : dependency.alias
            if !seen.insert(key).inserted {
                throw .validation("more than one dependency with name or alias \(GoQuote.quote(key))")
            }
        }
    }

    /// Helm's `sanitizeString`.
    static func sanitize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if GoUnicode.isSpace(scalar) {
                result.append(" ")
            } else if GoQuote.isPrint(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

/// `encoding/json`'s error for a Chart.yaml value of the wrong shape.
struct MetadataDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    var goKind: String
    var field: String?
    var type: String

    var description: String {
        let prefix = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(goKind) into Go "
        guard let field else { return prefix + "value of type " + type }
        return prefix + "struct field \(field) of type \(type)"
    }
}

/// Reads struct fields from a decoded YAML map as `encoding/json` does (exact key first, then
/// a case-insensitive match; `null` leaves the field untouched).
struct MetadataFields {
    var entries: [String: Value]
    var structName: String

    func value(_ key: String) -> Value? {
        if let exact = entries[key] { return exact }
        let lowered = key.lowercased()
        return entries.first { $0.key.lowercased() == lowered }?.value
    }

    func string(_ key: String, _ assign: (String) -> Void) throws(MetadataDecodingError) {
        guard let value = value(key) else { return }
        if case .null = value { return }
        guard let text = Self.scalarText(value) else {
            throw MetadataDecodingError(goKind: ChartMetadata.jsonKind(value), field: "\(structName).\(key)", type: "string")
        }
        assign(text)
    }

    func bool(_ key: String, _ assign: (Bool) -> Void) throws(MetadataDecodingError) {
        guard let value = value(key) else { return }
        switch value {
        case .null: return
        case .bool(let flag): assign(flag)
        default: throw MetadataDecodingError(goKind: ChartMetadata.jsonKind(value), field: "\(structName).\(key)", type: "bool")
        }
    }

    func strings(_ key: String, _ assign: ([String]) -> Void) throws(MetadataDecodingError) {
        try list(key, type: "[]string") { items throws(MetadataDecodingError) in
            assign(try items.map { item throws(MetadataDecodingError) in
                if case .null = item { return "" }
                guard let text = Self.scalarText(item) else {
                    throw MetadataDecodingError(goKind: ChartMetadata.jsonKind(item), field: "\(structName).\(key)", type: "string")
                }
                return text
            })
        }
    }

    func stringMap(_ key: String, _ assign: ([String: String]) -> Void) throws(MetadataDecodingError) {
        guard let value = value(key) else { return }
        if case .null = value { return }
        guard let entries = value.mapEntries else {
            throw MetadataDecodingError(goKind: ChartMetadata.jsonKind(value), field: "\(structName).\(key)", type: "map[string]string")
        }
        var result: [String: String] = [:]
        for (name, item) in entries {
            if case .null = item { result[name] = ""; continue }
            guard let text = Self.scalarText(item) else {
                throw MetadataDecodingError(goKind: ChartMetadata.jsonKind(item), field: "\(structName).\(key)", type: "string")
            }
            result[name] = text
        }
        assign(result)
    }

    func list(_ key: String, type: String = "[]interface {}", _ assign: ([Value]) throws(MetadataDecodingError) -> Void) throws(MetadataDecodingError) {
        guard let value = value(key) else { return }
        if case .null = value { return }
        guard let items = value.sliceElements, value.mapEntries == nil else {
            throw MetadataDecodingError(goKind: ChartMetadata.jsonKind(value), field: "\(structName).\(key)", type: type)
        }
        try assign(items)
    }

    /// sigs.k8s.io/yaml turns a YAML scalar headed for a Go string into its text; numbers come
    /// out as Go formats them (integral values as integers, `2.10` as `2.1`).
    static func scalarText(_ value: Value) -> String? {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .int64(let number): return String(number)
        case .otherInteger(_, let number): return String(number)
        case .float64(let number):
            if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
            return goFormatFloat(number)
        default: return nil
        }
    }
}

/// Go's `strconv.FormatFloat(v, 'g', -1, 64)` for the values Chart.yaml can hold.
func goFormatFloat(_ value: Double) -> String {
    var text = "\(value)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        let mantissa = text[..<e]
        var exponent = String(text[text.index(after: e)...])
        var sign = "+"
        if exponent.hasPrefix("-") { sign = "-"; exponent.removeFirst() } else if exponent.hasPrefix("+") { exponent.removeFirst() }
        if exponent.count < 2 { exponent = "0" + exponent }
        return mantissa + "e" + sign + exponent
    }
    return text
}
