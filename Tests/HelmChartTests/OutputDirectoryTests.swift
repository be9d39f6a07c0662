import Foundation
import Testing
import TestSupport
@testable import HelmChart

/// `--output-dir`: one file per template under DIR/[RELEASE/]SOURCE, documents appended with
/// their `# Source:` headers, `wrote PATH` printed per document (helm-pipeline.md §4.6).
@Test func outputDirectoryWritesOneFilePerTemplate() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("output-dir-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let chartCase = Fixture.repositoryRoot.appendingPathComponent("fixtures/charts/hooks").path
    let result = HelmTemplate.run(arguments: ["rel", "chart", "--output-dir", output.path, "--release-name", "--skip-tests"], in: chartCase)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "wrote \(output.path)/rel/hooks/templates/multi.yaml")
    #expect(lines.allSatisfy { $0.hasPrefix("wrote \(output.path)/rel/hooks/templates/") })
    #expect(!lines.contains { $0.contains("tests/test-conn.yaml") })
    let multi = try String(contentsOf: output.appendingPathComponent("rel/hooks/templates/multi.yaml"), encoding: .utf8)
    // The manifest first, then the two hooks appended in kind order.
    #expect(multi.components(separatedBy: "---\n# Source: hooks/templates/multi.yaml\n").count == 4)
    #expect(multi.hasPrefix("---\n# Source: hooks/templates/multi.yaml\napiVersion: v1\nkind: ConfigMap"))

    // A second run truncates manifest files but appends hooks to files left from the first.
    _ = HelmTemplate.run(arguments: ["rel", "chart", "--output-dir", output.path, "--release-name", "--skip-tests"], in: chartCase)
    let again = try String(contentsOf: output.appendingPathComponent("rel/hooks/templates/multi.yaml"), encoding: .utf8)
    #expect(again == multi)
    let hookOnly = try String(contentsOf: output.appendingPathComponent("rel/hooks/templates/hook-pre-install.yaml"), encoding: .utf8)
    #expect(hookOnly.components(separatedBy: "# Source:").count == 3)
}
