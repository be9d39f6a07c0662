import ChartValues
import Foundation
import Testing

@testable import GoTemplate

/// A row of the shared probe table (`fixtures/reference/probe_results.json`) that uses only
/// the template language and Go's built-ins.
struct ProbeRow: Sendable, CustomTestStringConvertible {
    var id: String
    var template: String
    var files: [String: String]
    var usesChartFiles: Bool
    var expected: ChartHarness.Outcome

    var testDescription: String { "fixtures/reference/probe_results.json \(id)" }

    /// Objects the test data does not model (Helm's `.Capabilities` and `.Files`).
    private static let unmodelled = [".Capabilities", ".Files"]

    static let helpers: [String: String] = {
        guard let text = ChartHarness.read("fixtures/reference/helpers.json"),
            case .map(let entries)? = try? JSONValue.parse(text)
        else { return [:] }
        return entries.compactMapValues { if case .string(let s) = $0 { return s } else { return nil } }
    }()

    static let values: Value = {
        guard let text = ChartHarness.read("fixtures/reference/values.json"), let value = try? JSONValue.parse(text) else {
            return .map([:])
        }
        return value
    }()

    /// Every row, and the subset this module answers for.
    static let all: [ProbeRow] = {
        guard let text = ChartHarness.read("fixtures/reference/probe_results.json"),
            case .list(let rows) = try? JSONValue.parse(text)
        else { return [] }
        return rows.compactMap { row in
            guard let entries = row.mapEntries, case .string(let section) = entries["section"],
                case .float64(let number) = entries["n"], case .string(let template) = entries["template"]
            else { return nil }
            let expected: ChartHarness.Outcome
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
            return ProbeRow(
                id: "\(section)-\(Int(number))", template: template, files: files,
                usesChartFiles: entries["chartfiles"] != nil, expected: expected)
        }
    }()

    /// Go's built-ins that Helm replaces by a function of its own (Sprig's `slice`).
    private static let replacedBuiltins: Set<String> = ["slice"]

    /// The functions rows may call: Go's built-ins (minus those Helm replaces) and Helm's
    /// `include`, which runs a template through the executor.
    static let allowed: Set<String> = Builtins.names.subtracting(replacedBuiltins).union(["include"])

    /// The functions each helper define calls, by define name.
    static let helperCalls: [String: Set<String>] = {
        var calls: [String: Set<String>] = [:]
        for text in helpers.values {
            for chunk in text.components(separatedBy: "{{- define \"").dropFirst() {
                guard let close = chunk.firstIndex(of: "\"") else { continue }
                calls[String(chunk[..<close])] = ChartHarness.identifiers(in: "{{- define \"" + chunk)
            }
        }
        return calls
    }()

    static let languageRows: [ProbeRow] = all.filter { row in
        if row.usesChartFiles { return false }
        let sources = [row.template] + Array(row.files.values)
        if sources.contains(where: { source in unmodelled.contains(where: source.contains) }) { return false }
        guard sources.allSatisfy({ ChartHarness.identifiers(in: $0).isSubset(of: allowed) }) else { return false }
        let included = helperCalls.filter { row.template.contains("\"\($0.key)\"") }
        return included.values.allSatisfy { $0.isSubset(of: allowed) }
    }
}

@Suite struct ProbeTests {
    @Test func tableIsPresent() {
        #expect(ProbeRow.all.count == 712)
        #expect(ProbeRow.languageRows.count >= 200)
    }

    @Test(arguments: ProbeRow.languageRows)
    func matchesHelm(_ row: ProbeRow) {
        var files = ProbeRow.helpers
        files.merge(row.files) { _, new in new }
        files["case.yaml"] = row.template
        let helperNames = ProbeRow.helpers.values.reduce(into: Set<String>()) { $0.formUnion(ChartHarness.identifiers(in: $1)) }
        let actual = ChartHarness.render(
            files: files, main: "case.yaml", values: ProbeRow.values, functionNames: helperNames, functions: HelmInclude.table)
        #expect(actual == row.expected, "\(row.testDescription): \(row.template.debugDescription)")
    }
}
