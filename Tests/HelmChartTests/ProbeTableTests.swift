import ChartValues
import Foundation
import TestSupport
import Testing
@testable import HelmChart

/// One row of the reference's probe table: a template rendered by real Helm in a chart `t`
/// (release `r`, namespace `n`) beside the probe helpers, with its exact output or error.
struct ProbeRow: Sendable, CustomTestStringConvertible {
    let id: String
    let template: String
    let templates: [String: String]
    let chartFiles: [String: String]
    let output: String?
    let error: String?

    var testDescription: String { "fixtures/reference/probe_results.json \(id)" }

    static let all: [ProbeRow] = {
        let root = Fixture.repositoryRoot.appendingPathComponent("fixtures/reference")
        guard let data = try? Data(contentsOf: root.appendingPathComponent("probe_results.json")),
            let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return rows.compactMap { row in
            guard let section = row["section"] as? String, let n = row["n"] as? Int,
                let template = row["template"] as? String
            else { return nil }
            return ProbeRow(
                id: "\(section)-\(n)", template: template,
                templates: row["files"] as? [String: String] ?? [:],
                chartFiles: row["chartfiles"] as? [String: String] ?? [:],
                output: row["ok"] as? String, error: row["err"] as? String)
        }
    }()
}

/// Every row of the probe table through the whole chart pipeline (loading, values, built-in
/// objects, the complete function table, Helm's error texts), as probe_templates.py ran it.
@Suite struct ProbeTableTests {
    static let reference = Fixture.repositoryRoot.appendingPathComponent("fixtures/reference")

    @Test func tableIsComplete() {
        #expect(ProbeRow.all.count == 712)
    }

    @Test(arguments: ProbeRow.all) func matchesHelm(_ row: ProbeRow) throws {
        let actual = try Self.render(row)
        let expected = row.output.map { "ok: " + $0 } ?? "error: " + (row.error ?? "")
        #expect(actual == expected, "\(fixtureMismatch(row.testDescription, expected: expected, actual: actual))")
    }

    /// Renders the row's chart; `ok: OUTPUT` of `t/templates/case.yaml`, or `error: TEXT`.
    static func render(_ row: ProbeRow) throws -> String {
        func file(_ name: String, _ text: String) -> ChartFile { ChartFile(name: name, data: Array(text.utf8)) }
        func recorded(_ name: String) throws -> String {
            try String(contentsOf: reference.appendingPathComponent(name), encoding: .utf8)
        }
        let helpersData = try Data(contentsOf: reference.appendingPathComponent("helpers.json"))
        let helpers = try JSONSerialization.jsonObject(with: helpersData) as? [String: String] ?? [:]
        var templates = helpers
        templates.merge(row.templates) { $1 }
        templates["case.yaml"] = row.template
        var files = [file("Chart.yaml", try recorded("Chart.yaml")), file("values.yaml", try recorded("values.yaml"))]
        files += templates.map { file("templates/" + $0.key, $0.value) }
        files += row.chartFiles.map { file($0.key, $0.value) }
        let chart = try Chart(files: files)
        let context = RenderContext(release: ReleaseInfo(name: "r", namespace: "n"))
        do {
            let render = try chart.renderTemplates(values: [:], context: context)
            // The probe read Helm's bytes as UTF-8, each invalid byte becoming U+FFFD.
            let output = render.templates["t/templates/case.yaml"].map { String(decoding: GoStringBytes.bytes(of: $0), as: UTF8.self) }
            return "ok: " + (output ?? "<<not rendered>>")
        } catch {
            // The engine's message, as the probe recorded it; `helm template` adds its hint.
            return "error: " + error.message
        }
    }
}
