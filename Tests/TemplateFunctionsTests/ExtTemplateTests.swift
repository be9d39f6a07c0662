import ChartValues
import Foundation
import GoTemplate
import Testing

@testable import TemplateFunctions

/// Every recorded case of fixtures/functions/ext/ rendered through the template engine with
/// swiftchart's whole function table, as Helm's engine renders one chart file: the output
/// (`<no value>` removed) or Helm's error text must match the oracle's, byte for byte, or
/// the recorded pattern for random and clock-dependent results.
@Suite struct ExtTemplateTests {
    static let table = HelmFunctions.table(environment: RenderEnvironment())
    static let values: Value = {
        let url = ExtCase.repositoryRoot.appendingPathComponent("fixtures/functions/ext/values.yaml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return (try? YAML.decode(text, source: "values.yaml")) ?? .map([:])
    }()

    /// Cases that need more than a template set: `.Capabilities` is built by the chart layer.
    static let chartLevel: Set<String> = ["capabilities-has"]

    static let cases = ExtCase.all.filter { !chartLevel.contains($0.name) }

    @Test(arguments: cases)
    func rendersAsHelm(_ fixture: ExtCase) {
        let outcome = ChartFileRenderer.render(
            files: ["case.yaml": fixture.template], main: "case.yaml", values: Self.values, functions: Self.table)
        switch outcome {
        case .success(let output):
            if let pattern = fixture.pattern {
                #expect(matches(output, pattern: pattern), "\(fixture.testDescription): \(output.debugDescription) !~ \(pattern)")
            } else {
                #expect(fixture.error == nil, "\(fixture.testDescription): expected error \(fixture.error ?? "")")
                #expect(output == fixture.output, "\(fixture.testDescription)")
            }
        case .failure(let error):
            #expect(error.text == fixture.error, "\(fixture.testDescription)")
        }
    }
}
