import ChartValues
import Foundation
import GoTemplate
import Testing

/// A row of the shared probe table (`fixtures/reference/probe_results.json`) whose template
/// calls only built-ins and functions of this module's categories.
struct FunctionProbeRow: Sendable, CustomTestStringConvertible {
    var id: String
    var template: String
    var files: [String: String]
    var expected: FunctionHarness.Outcome

    var testDescription: String { "fixtures/reference/probe_results.json \(id)" }

    static let values: Value = {
        guard let text = FunctionHarness.read("fixtures/reference/values.json"), let value = try? JSON.decode(text) else {
            return .map([:])
        }
        return value
    }()

    static let helpers: [String: String] = {
        guard let text = FunctionHarness.read("fixtures/reference/helpers.json"), let value = try? JSON.decode(text) else {
            return [:]
        }
        return (value.mapEntries ?? [:]).compactMapValues { if case .string(let s) = $0 { return s } else { return nil } }
    }()

    /// Go's built-ins and this module's functions.
    static let known: Set<String> = Set(FunctionHarness.functions.functions.keys).union([
        "and", "call", "eq", "ge", "gt", "html", "index", "js", "le", "len", "lt", "ne", "not", "or",
        "print", "printf", "println", "urlquery", "if", "else", "end", "range", "with", "define",
        "template", "block", "nil", "true", "false", "break", "continue",
    ])

    static let all: [FunctionProbeRow] = {
        guard let text = FunctionHarness.read("fixtures/reference/probe_results.json"),
              case .list(let rows) = try? JSON.decode(text)
        else { return [] }
        return rows.compactMap { row in
            guard let entries = row.mapEntries, case .string(let section) = entries["section"],
                  case .float64(let number) = entries["n"], case .string(let template) = entries["template"],
                  entries["chartfiles"] == nil
            else { return nil }
            let expected: FunctionHarness.Outcome
            if case .string(let ok) = entries["ok"] {
                expected = .output(ok)
            } else if case .string(let err) = entries["err"] {
                expected = .error(err)
            } else {
                return nil
            }
            let files = (entries["files"]?.mapEntries ?? [:]).compactMapValues { value -> String? in
                if case .string(let s) = value { return s } else { return nil }
            }
            let sources = [template] + Array(files.values)
            if sources.contains(where: { $0.contains(".Capabilities") || $0.contains(".Files") }) { return nil }
            guard sources.allSatisfy({ FunctionHarness.identifiers(in: $0).isSubset(of: known) }) else { return nil }
            // Rows that need other modules' functions through the helpers are left to them.
            if template.contains("include") || template.contains("tpl") || template.contains("required") { return nil }
            return FunctionProbeRow(id: "\(section)-\(Int(number))", template: template, files: files, expected: expected)
        }
    }()
}

@Suite struct ProbeRowTests {
    @Test func rowsAreSelected() {
        #expect(FunctionProbeRow.all.count >= 250)
    }

    @Test(arguments: FunctionProbeRow.all)
    func matchesHelm(_ row: FunctionProbeRow) {
        var files = FunctionProbeRow.helpers
        files.merge(row.files) { _, new in new }
        files["case.yaml"] = row.template
        let actual = FunctionHarness.render(files: files, main: "case.yaml", values: FunctionProbeRow.values)
        #expect(actual == row.expected, "\(row.testDescription): \(row.template.debugDescription)")
    }
}
