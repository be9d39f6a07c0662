import ChartValues
import Foundation
import GoTemplate
import TestSupport

@testable import TemplateFunctions

/// Renders one template file of a one-chart set as Helm's engine does for `helm template`, with
/// the function categories of this module: files parsed in Helm's order, `missingkey=zero`,
/// the top-level data object, `<no value>` removed, errors printed as Helm prints them.
enum FunctionHarness {
    static let repositoryRoot = Fixture.repositoryRoot

    static func read(_ path: String) -> String? {
        try? String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    typealias Outcome = TemplateHarness.Outcome

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

    /// Parses every file (paths relative to `t/templates/`) and executes `main`.
    static func render(files: [String: String], main: String, values: Value) -> Outcome {
        // The probe helpers call Helm's `include`, which another module provides: they parse,
        // and rows that call them are not selected.
        let set = TemplateSet(functionNames: Set(functions.functions.keys).union(["include", "tpl", "required", "fail"]))
        return TemplateHarness.render(sources: files.mapValues { Array($0.utf8) }, main: main, values: values, set: set, functions: functions)
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
