import ChartValues
import Foundation
import TestSupport

@testable import GoTemplate

/// Renders one template of a one-chart set the way Helm's engine does for `helm template`,
/// so that the language can be checked against recorded Helm output: files parsed in Helm's
/// order (deepest path first, then descending path), `missingkey=zero`, the top-level data
/// object, `<no value>` removed from the output and errors printed as Helm prints them.
enum ChartHarness {
    /// The repository root.
    static let repositoryRoot = Fixture.repositoryRoot

    /// Reads a file of the repository.
    static func read(_ path: String) -> String? {
        try? String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    typealias Outcome = TemplateHarness.Outcome

    /// The top-level object Helm passes to a chart template.
    static func topLevel(values: Value, templateName: String) -> Value {
        TemplateHarness.topLevel(values: values, templateName: templateName)
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
        TemplateHarness.render(
            sources: files, main: main, values: values,
            set: functionNames.map { TemplateSet(functionNames: $0) } ?? TemplateSet(),
            functions: functions, decode: goLossyString)
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
