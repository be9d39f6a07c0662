import ChartValues

/// `.Files` (Helm's `engine.files`, a `map[string][]byte`): a chart's ordinary files by path,
/// with Helm's accessor methods (helm-pipeline.md §1.9).
public struct ChartFiles: GoObject, Equatable {
    /// Path → bytes.
    public var entries: [String: [UInt8]]

    /// Creates the object over these files.
    public init(entries: [String: [UInt8]]) {
        self.entries = entries
    }

    /// The object over a chart's ordinary files.
    public init(_ files: [ChartFile]) {
        var entries: [String: [UInt8]] = [:]
        for file in files { entries[file.name] = file.data }
        self.entries = entries
    }

    public var goType: GoType { .named("engine.files", underlying: .map(key: .string, value: .slice(.uint8))) }

    public func field(named name: String) -> Value? { nil }

    public func method(named name: String) -> GoMethod? {
        let entries = self.entries
        switch name {
        case "Get":
            return GoMethod(GoSignature([.string], result: .string)) { arguments in
                .string(GoStringBytes.string(entries[Self.path(arguments)] ?? []))
            }
        case "GetBytes":
            return GoMethod(GoSignature([.string], result: .slice(.uint8))) { arguments in
                .bytes(entries[Self.path(arguments)] ?? [])
            }
        case "Glob":
            return GoMethod(GoSignature([.string], result: goType)) { arguments in
                let pattern = GlobPattern(Self.path(arguments))
                return .object(ChartFiles(entries: entries.filter { pattern.matches($0.key) }))
            }
        case "Lines":
            return GoMethod(GoSignature([.string], result: .slice(.string))) { arguments in
                guard let data = entries[Self.path(arguments)] else { return .strings([]) }
                // Helm indexes the last byte unguarded; Go's template runtime reports the panic.
                guard let last = data.last else { throw GoCallError("runtime error: index out of range [-1]") }
                let text = GoStringBytes.string(last == 0x0A ? data.dropLast() : data[...])
                return .strings(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
        case "AsConfig":
            return GoMethod(GoSignature([], result: .string)) { _ in .string(FilesYAML.config(entries, base64: false)) }
        case "AsSecrets":
            return GoMethod(GoSignature([], result: .string)) { _ in .string(FilesYAML.config(entries, base64: true)) }
        default:
            return nil
        }
    }

    private static func path(_ arguments: [Value]) -> String {
        if case .string(let path)? = arguments.first { return path }
        return ""
    }

    /// Go prints the map: `map[a.txt:[104 105]]`, keys sorted.
    public var stringMethodResult: String? {
        let items = entries.keys.sorted(by: goStringLessThan).map { key in
            key + ":[" + (entries[key] ?? []).map(String.init).joined(separator: " ") + "]"
        }
        return "map[" + items.joined(separator: " ") + "]"
    }

    public var orderedFields: [(name: String, value: Value)] { [] }

    /// `encoding/json` of `map[string][]byte`: base64 strings.
    public var jsonRepresentation: Value {
        .map(entries.mapValues { .string(Base64.encode($0)) })
    }

    /// The files as `map[string][]byte` entries, for `range $path, $bytes := .Files.Glob ...`.
    public var mapView: [String: Value]? { entries.mapValues { .bytes($0) } }

    /// A nil or empty map is false.
    public var isTruthy: Bool { !entries.isEmpty }

    public func isEqual(to other: any GoObject) -> Bool { (other as? ChartFiles) == self }
}

/// Standard, padded base64.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var word = 0
            for (offset, byte) in chunk.enumerated() { word |= Int(byte) << (16 - 8 * offset) }
            for position in 0..<4 {
                if position <= chunk.count {
                    output.append(alphabet[(word >> (18 - 6 * position)) & 0x3F])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
