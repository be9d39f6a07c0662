internal import Foundation

/// The user-supplied values flags of `helm template`/`install` (`-f`, `--set`, `--set-string`,
/// `--set-json`, `--set-file`, `--set-literal`) and Helm's way of merging them into one map.
///
/// Order is fixed, whatever the command line says: every `-f` file in order (each possibly
/// multi-document), then every `--set-json`, `--set`, `--set-string`, `--set-file`,
/// `--set-literal` (helm-pipeline.md §2.2).
public struct ValueOptions: Sendable, Equatable {
    /// `-f`/`--values` paths (`-` is standard input), already split at commas.
    public var valueFiles: [String] = []
    /// `--set-json` arguments.
    public var jsonValues: [String] = []
    /// `--set` arguments.
    public var values: [String] = []
    /// `--set-string` arguments.
    public var stringValues: [String] = []
    /// `--set-file` arguments.
    public var fileValues: [String] = []
    /// `--set-literal` arguments.
    public var literalValues: [String] = []

    /// Creates empty options.
    public init() {}

    /// Records one values flag (`-f`/`--values` split at commas, `--set`, `--set-string`,
    /// `--set-json`, `--set-file`, `--set-literal`); returns false for any other flag, so
    /// commands can share the parsing of these flags.
    public mutating func take(flag: String, value: String) -> Bool {
        switch flag {
        case "-f", "--values": valueFiles += value.split(separator: ",").map(String.init)
        case "--set": values.append(value)
        case "--set-string": stringValues.append(value)
        case "--set-json": jsonValues.append(value)
        case "--set-file": fileValues.append(value)
        case "--set-literal": literalValues.append(value)
        default: return false
        }
        return true
    }

    /// Whether `flag` is one of the values flags `take` accepts.
    public static func isValuesFlag(_ flag: String) -> Bool {
        ["-f", "--values", "--set", "--set-string", "--set-json", "--set-file", "--set-literal"].contains(flag)
    }

    /// A chart's `values.yaml` as Helm's loader reads it: every document decoded and merged.
    /// - Throws: `ValueOptionsError` with `cannot load values.yaml: ...`.
    public static func chartValues(_ text: String, fileName: String = "values.yaml") throws(ValueOptionsError) -> [String: Value] {
        do {
            var merged: [String: Value] = [:]
            for document in try YAML.decodeDocuments(text, source: fileName) {
                merged = Coalescing.mergeMaps(merged, document.mapEntries ?? [:])
            }
            return merged
        } catch {
            throw ValueOptionsError(message: "cannot load \(fileName): " + error.loaderDescription)
        }
    }

    /// Builds the user values map as Helm's `MergeValues` does.
    /// - Parameter readFile: reads a path (for `-f` and `--set-file`), throwing `ValueOptionsError`
    ///   with Go's message; `ValueOptions.readFile` is the real file system.
    public func merge(readFile: (String) throws(ValueOptionsError) -> String = ValueOptions.readFile)
        throws(ValueOptionsError) -> [String: Value] {
        var base: [String: Value] = [:]
        for path in valueFiles {
            let text = try readFile(path)
            do {
                for document in try YAML.decodeDocuments(text, source: path) {
                    base = Coalescing.mergeMaps(base, document.mapEntries ?? [:])
                }
            } catch {
                throw ValueOptionsError(message: "failed to parse \(path): " + error.loaderDescription)
            }
        }
        let groups: [(SetFlag, [String])] = [(.json, jsonValues), (.set, values), (.string, stringValues),
                                             (.file, fileValues), (.literal, literalValues)]
        for (flag, expressions) in groups {
            for expression in expressions {
                do {
                    try SetParser.apply(expression, as: flag, to: &base, readFile: { (path) throws -> String in
                        try readFile(path)
                    })
                } catch {
                    throw ValueOptionsError(message: error.cliDescription(for: flag))
                }
            }
        }
        return base
    }

    /// Reads a values source as Helm's CLI does: `-` is standard input; errors carry Go's
    /// `open PATH: no such file or directory` texts.
    public static func readFile(_ path: String) throws(ValueOptionsError) -> String {
        if path.trimmingCharacters(in: .whitespaces) == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValueOptionsError(message: "open \(path): no such file or directory")
        }
        if isDirectory.boolValue { throw ValueOptionsError(message: "read \(path): is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValueOptionsError(message: "open \(path): permission denied")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A failure building user values, with the whole text Helm prints after `Error: `.
public struct ValueOptionsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Helm's text, e.g. `failed parsing --set data: key "a" has no value`.
    public var message: String

    /// Creates an error with Helm's text.
    public init(message: String) { self.message = message }

    /// The same text as `message`.
    public var description: String { message }
}
