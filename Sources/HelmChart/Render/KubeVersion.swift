import ChartValues

/// `.Capabilities.KubeVersion` (Helm's `common.KubeVersion`): the Kubernetes version a render
/// assumes, `v1.36.0` for Helm v4.2.3's `helm template` unless `--kube-version` says otherwise.
public struct KubeVersion: GoJSONStruct, GoPointerStringer, Equatable {
    /// The version as given, with a `v` prefix added (`1.30` → `v1.30`).
    public var version: String
    /// `v` followed by the numeric components only (`v1.33.4-gke.1` → `v1.33.4`); what
    /// printing the object and `kubeVersion` constraints use.
    public var normalized: String
    /// The first component, as a decimal string.
    public var major: String
    /// The second component, as a decimal string.
    public var minor: String

    /// Helm v4.2.3's default (client-go v0.36).
    public static let helmDefault = KubeVersion(version: "v1.36.0", normalized: "v1.36.0", major: "1", minor: "36")

    /// Creates a version from its parts.
    public init(version: String, normalized: String, major: String, minor: String) {
        self.version = version
        self.normalized = normalized
        self.major = major
        self.minor = minor
    }

    /// Parses `--kube-version` as Helm does (Kubernetes' generic version parser: optional
    /// leading space and `v`, at least two dot-separated numbers, anything after them ignored).
    public init(parsing text: String) throws(KubeVersionError) {
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        if rest.first == "v" { rest = rest.dropFirst() }
        var components: [Substring] = []
        var scan = rest
        while true {
            let digits = scan.prefix { $0.isASCII && $0.isNumber }
            if digits.isEmpty { break }
            components.append(digits)
            scan = scan.dropFirst(digits.count)
            guard scan.first == ".", let next = scan.dropFirst().first, next.isASCII && next.isNumber else { break }
            scan = scan.dropFirst()
        }
        guard !components.isEmpty else { throw .unparsable(text) }
        guard components.count >= 2 else { throw .illegal(text) }
        let numbers = components.map { String(UInt64($0).map(String.init) ?? String($0)) }
        self.init(
            version: text.hasPrefix("v") ? text : "v" + text,
            normalized: "v" + numbers.joined(separator: "."),
            major: numbers[0],
            minor: numbers[1]
        )
    }

    /// `common.KubeVersion`.
    public var goType: GoType { .named("common.KubeVersion", underlying: .structure("common.KubeVersion")) }

    public func field(named name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "Major": return .string(major)
        case "Minor": return .string(minor)
        default: return nil
        }
    }

    public func method(named name: String) -> GoMethod? {
        switch name {
        case "String": return GoMethod(GoSignature([], result: .string)) { [normalized] _ in .string(normalized) }
        case "GitVersion": return GoMethod(GoSignature([], result: .string)) { [version] _ in .string(version) }
        default: return nil
        }
    }

    /// `String()` has a pointer receiver: only an action printing the field itself calls it.
    public var pointerStringMethodResult: String { normalized }

    public var orderedFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("normalizedVersion", .string(normalized)), ("Major", .string(major)), ("Minor", .string(minor))]
    }

    public var jsonRepresentation: Value {
        .map(["Version": .string(version), "Major": .string(major), "Minor": .string(minor)])
    }

    public var jsonFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))]
    }

    public func isEqual(to other: any GoObject) -> Bool {
        (other as? KubeVersion) == self
    }
}

/// Why `--kube-version` was refused; Helm prefixes `invalid kube version '<x>': `.
public enum KubeVersionError: Error, Sendable, Equatable, CustomStringConvertible {
    case unparsable(String)
    case illegal(String)

    public var description: String {
        switch self {
        case .unparsable(let text): return "invalid kube version '\(text)': could not parse \(GoQuote.quote(text)) as version"
        case .illegal(let text): return "invalid kube version '\(text)': illegal version string \(GoQuote.quote(text))"
        }
    }
}
