import ChartValues
import Foundation
import GoTemplate

@testable import TemplateFunctions

/// Renders one template file of a one-chart set as Helm's engine does for `helm template`, with
/// the function categories of this module: files parsed in Helm's order, `missingkey=zero`,
/// the top-level data object, `<no value>` removed, errors printed as Helm prints them.
enum FunctionHarness {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func read(_ path: String) -> String? {
        try? String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// What Helm produced: the file's output or its error text.
    enum Outcome: Equatable, CustomStringConvertible {
        case output(String)
        case error(String)

        var description: String {
            switch self {
            case .output(let text): return "ok: \(text.debugDescription)"
            case .error(let text): return "error: \(text.debugDescription)"
            }
        }
    }

    /// Every category table of this module, merged.
    static let functions: FunctionTable = {
        var all: [String: TemplateFunction] = [:]
        for table in [
            FunctionCatalog.strings, FunctionCatalog.lists, FunctionCatalog.dicts, FunctionCatalog.math,
            FunctionCatalog.conversion, FunctionCatalog.defaults, FunctionCatalog.reflection,
            FunctionCatalog.encoding, FunctionCatalog.regex, FunctionCatalog.paths,
        ] {
            all.merge(table) { first, _ in first }
        }
        return FunctionTable(all)
    }()

    /// Helm's parse order of template paths: deepest first, then descending path.
    static func parseOrder(_ paths: [String]) -> [String] {
        paths.sorted { a, b in
            let depthA = a.split(separator: "/", omittingEmptySubsequences: false).count
            let depthB = b.split(separator: "/", omittingEmptySubsequences: false).count
            if depthA != depthB { return depthA > depthB }
            return goStringLess(b, a)
        }
    }

    /// The top-level object Helm passes to a chart template.
    static func topLevel(values: Value, templateName: String) -> Value {
        .helmValues([
            "Values": .helmValues(values.mapEntries ?? [:]),
            "Release": .map([
                "Name": .string("r"), "Namespace": .string("n"), "IsInstall": .bool(true),
                "IsUpgrade": .bool(false), "Revision": .int(1), "Service": .string("Helm"),
            ]),
            "Chart": .map([
                "Name": .string("t"), "Version": .string("0.1.0"), "AppVersion": .string("1.16.0"), "IsRoot": .bool(true),
            ]),
            "Template": .map(["Name": .string(templateName), "BasePath": .string("t/templates")]),
        ])
    }

    /// Parses every file (paths relative to `t/templates/`) and executes `main`.
    static func render(files: [String: String], main: String, values: Value) -> Outcome {
        // The probe helpers call Helm's `include`, which another module provides: they parse,
        // and rows that call them are not selected.
        var set = TemplateSet(functionNames: Set(functions.functions.keys).union(["include", "tpl", "required", "fail"]))
        for path in parseOrder(files.keys.map { "t/templates/" + $0 }) {
            do {
                try set.parse(name: path, text: files[String(path.dropFirst("t/templates/".count))] ?? "")
            } catch let error as TemplateParseError {
                return .error(error.helmDescription)
            } catch {
                return .error("\(error)")
            }
        }
        let name = "t/templates/" + main
        do {
            let output = try set.execute(name: name, data: topLevel(values: values, templateName: name), functions: functions)
            // Recordings read Helm's bytes as UTF-8, each invalid byte becoming U+FFFD.
            let text = String(decoding: GoStringBytes.bytes(of: output), as: UTF8.self)
            return .output(text.replacingOccurrences(of: "<no value>", with: ""))
        } catch let error as TemplateExecError {
            return .error(error.helmDescription)
        } catch {
            return .error("\(error)")
        }
    }

    /// The identifiers (function names) a template source calls, found with a plain scan of
    /// its actions (enough to select the probe rows this module answers for).
    static func identifiers(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let close = rest.range(of: "}}")?.lowerBound ?? rest.endIndex
            var inString = false
            var word = ""
            var previous: Character = " "
            for c in rest[..<close] {
                if c == "\"" || c == "`" { inString.toggle() }
                if !inString && (c.isLetter || c == "_" || (c.isNumber && !word.isEmpty)) && (previous != "." && previous != "$" || !word.isEmpty) {
                    word.append(c)
                } else {
                    if !word.isEmpty { names.insert(word) }
                    word = ""
                }
                previous = c
            }
            if !word.isEmpty { names.insert(word) }
            rest = rest[close...]
        }
        return names
    }
}
