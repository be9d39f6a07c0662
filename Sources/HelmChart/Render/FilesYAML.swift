import ChartValues

/// `.Files.AsConfig` / `.AsSecrets`: a map from each file's base name to its content (or its
/// base64) rendered like `toYaml` (trailing newline trimmed); duplicate base names keep the
/// last path in Go order. An empty set gives the empty string.
enum FilesYAML {
    static func config(_ entries: [String: [UInt8]], base64: Bool) -> String {
        if entries.isEmpty { return "" }
        var map: [String: Value] = [:]
        for path in entries.keys.sorted(by: goStringLessThan) {
            let base = path.split(separator: "/").last.map(String.init) ?? path
            let data = entries[path] ?? []
            map[base] = .string(base64 ? Base64.encode(data) : GoStringBytes.string(data))
        }
        guard var text = try? YAML.encode(.typedMap(.map(key: .string, value: .string), map)) else { return "" }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
