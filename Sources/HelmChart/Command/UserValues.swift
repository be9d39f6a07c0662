import ChartValues
import Foundation

/// Helm's `values.Options.MergeValues`: the user-supplied values map, built before any chart
/// defaults are consulted: `-f` files in order, then `--set-json`, `--set`, `--set-string`,
/// `--set-file`, `--set-literal` (helm-pipeline.md §2.2).
public enum UserValues {
    /// The user values `options` ask for; relative paths are read from `directory`.
    public static func merge(_ options: TemplateOptions, in directory: String, standardInput: () -> String) throws -> [String: Value] {
        var values: [String: Value] = [:]
        for file in options.valueFiles {
            let text = try read(file, in: directory, standardInput: standardInput)
            do {
                for document in try YAML.decodeDocuments(text, source: file) {
                    values = Coalescing.mergeMaps(values, document.mapEntries ?? [:])
                }
            } catch {
                throw TemplateFailure("failed to parse \(file): \(error.loaderDescription)")
            }
        }
        try SetFlags.apply(options, to: &values) { path in try read(path, in: directory, standardInput: standardInput) }
        return values
    }

    /// Reads a values source: `-` is standard input, anything else a file.
    static func read(_ path: String, in directory: String, standardInput: () -> String) throws -> String {
        if goTrimSpace(path) == "-" { return standardInput() }
        let full = HelmTemplate.resolve(path, in: directory)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw TemplateFailure("open \(path): no such file or directory")
        }
        return String(decoding: ChartSource.withoutBOM([UInt8](data)), as: UTF8.self)
    }
}
