import ChartValues
import Foundation
import GoTemplate
import Testing

@testable import TemplateFunctions

/// The rows of the shared probe table (fixtures/reference/probe_results.json) for the
/// functions of this part (crypto, random, semver, dates, Helm's own), rendered with
/// swiftchart's whole function table: byte-identical output or error text.
struct ExtProbeRow: Sendable, CustomTestStringConvertible {
    var id: String
    var template: String
    var output: String?
    var error: String?

    var testDescription: String { "fixtures/reference/probe_results.json \(id)" }

    static let sections: Set<String> = ["sprig-crypto-enc", "sprig-semver", "sprig-dates", "helm-funcs"]
    /// What only the chart layer models (HelmChartTests cover these rows).
    static let chartLevel = [".Capabilities", ".Files"]

    static func read(_ path: String) -> Data? {
        try? Data(contentsOf: ExtCase.repositoryRoot.appendingPathComponent(path))
    }

    static let rows: [ExtProbeRow] = {
        guard let data = read("fixtures/reference/probe_results.json"),
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return rows.compactMap { row in
            guard let section = row["section"] as? String, sections.contains(section), let number = row["n"] as? Int,
                  let template = row["template"] as? String, !chartLevel.contains(where: template.contains)
            else { return nil }
            return ExtProbeRow(id: "\(section)-\(number)", template: template, output: row["ok"] as? String,
                               error: (row["err"] as? String)?.replacingOccurrences(of: "t/templates/case.yaml", with: "FILE"))
        }
    }()

    static let helpers: [String: String] = {
        guard let data = read("fixtures/reference/helpers.json"),
              let entries = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        return entries
    }()

    static let values: Value = {
        guard let data = read("fixtures/reference/values.json"),
              let value = try? JSON.decode(String(decoding: data, as: UTF8.self))
        else { return .map([:]) }
        return value
    }()
}

@Suite struct ExtProbeRowTests {
    static let table = HelmFunctions.table(environment: RenderEnvironment())

    @Test func rowsArePresent() {
        #expect(ExtProbeRow.rows.count >= 55)
    }

    @Test(arguments: ExtProbeRow.rows)
    func matchesHelm(_ row: ExtProbeRow) {
        check(row)
    }

    private func check(_ row: ExtProbeRow) {
        var files = ExtProbeRow.helpers
        files["case.yaml"] = row.template
        let outcome = ChartFileRenderer.render(files: files, main: "case.yaml", values: ExtProbeRow.values, functions: Self.table)
        switch outcome {
        case .success(let output):
            #expect(row.error == nil && output == row.output, "\(row.testDescription): \(output.debugDescription)")
        case .failure(let error):
            #expect(error.text == row.error, "\(row.testDescription)")
        }
    }
}
