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
    static let file = "t/templates/case.yaml"
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
        let outcome = Self.render(fixture.template)
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

    struct RenderError: Error { let text: String }

    /// Parses and executes one chart file the way Helm's engine does.
    static func render(_ template: String) -> Result<String, RenderError> {
        var set = TemplateSet(functions: table)
        let data = Value.helmValues([
            "Values": .helmValues(values.mapEntries ?? [:]),
            "Release": .map(["Name": .string("r"), "Namespace": .string("n")]),
            "Template": .map(["Name": .string(file), "BasePath": .string("t/templates")]),
        ])
        do {
            try set.parse(name: file, text: template)
            let output = try set.execute(name: file, data: data, functions: table)
            return .success(output.replacingOccurrences(of: "<no value>", with: ""))
        } catch let error as TemplateParseError {
            return .failure(RenderError(text: error.helmDescription.replacingOccurrences(of: file, with: "FILE")))
        } catch let error as TemplateExecError {
            return .failure(RenderError(text: error.helmDescription.replacingOccurrences(of: file, with: "FILE")))
        } catch {
            return .failure(RenderError(text: "\(error)"))
        }
    }
}
