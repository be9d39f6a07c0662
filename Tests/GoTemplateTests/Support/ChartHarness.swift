import ChartValues
import Foundation

@testable import GoTemplate

/// Renders one template of a one-chart set the way Helm's engine does for `helm template`,
/// so that the language can be checked against recorded Helm output: files parsed in Helm's
/// order (deepest path first, then descending path), `missingkey=zero`, the top-level data
/// object, `<no value>` removed from the output and errors printed as Helm prints them.
enum ChartHarness {
    /// The repository root (three levels above this file's folder).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Reads a file of the repository.
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

    /// Helm's parse order of template paths.
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
    static func render(
        files: [String: String], main: String, values: Value, functionNames: Set<String>? = nil,
        functions: FunctionTable = FunctionTable()
    ) -> Outcome {
        render(sources: files.mapValues { Array($0.utf8) }, main: main, values: values, functionNames: functionNames, functions: functions)
    }

    /// `render` over raw file bytes. The output is compared after replacing invalid UTF-8 by
    /// U+FFFD, as the oracle (helm_python) reports it.
    static func render(
        sources files: [String: [UInt8]], main: String, values: Value, functionNames: Set<String>? = nil,
        functions: FunctionTable = FunctionTable()
    ) -> Outcome {
        var set = functionNames.map { TemplateSet(functionNames: $0) } ?? TemplateSet()
        let paths = parseOrder(files.keys.map { "t/templates/" + $0 })
        for path in paths {
            do {
                try set.parse(name: path, source: files[String(path.dropFirst("t/templates/".count))] ?? [])
            } catch let error as TemplateParseError {
                return .error(error.helmDescription)
            } catch {
                return .error("\(error)")
            }
        }
        let name = "t/templates/" + main
        do {
            let output = try set.executeBytes(name: name, data: topLevel(values: values, templateName: name), functions: functions)
            return .output(goLossyString(output).replacingOccurrences(of: "<no value>", with: ""))
        } catch let error as TemplateExecError {
            return .error(error.helmDescription)
        } catch {
            return .error("\(error)")
        }
    }

    /// Decodes UTF-8 as Go does when it converts bytes to runes: every byte that does not start
    /// a valid sequence becomes one U+FFFD.
    static func goLossyString(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let width = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
            if width > 0, index + width <= bytes.count {
                let slice = Array(bytes[index..<index + width])
                let decoded = String(decoding: slice, as: UTF8.self).unicodeScalars
                if decoded.count == 1, let scalar = decoded.first, scalar != "\u{FFFD}" || slice == [0xEF, 0xBF, 0xBD] {
                    scalars.append(scalar)
                    index += width
                    continue
                }
            }
            scalars.append("\u{FFFD}")
            index += 1
        }
        return String(scalars)
    }

    /// The identifiers (function names) a template source calls, per Go's lexer.
    static func identifiers(in text: String) -> Set<String> {
        let source = Array(text.utf8)
        let tokens = Lexer.tokenize(source, lines: LineTable(source))
        return Set(tokens.filter { $0.kind == .identifier }.map { $0.text(in: source) })
    }
}
