import ChartValues
import Foundation
import Testing

/// One recorded case of `fixtures/functions/core/<suite>.json`: a template of the chart whose
/// values are `fixtures/functions/core/values.yaml`, with Helm's output or error.
struct FunctionCase: Sendable, CustomTestStringConvertible {
    var suite: String
    var name: String
    var template: String
    var expected: FunctionHarness.Outcome

    var testDescription: String { "fixtures/functions/core/\(suite).json: \(name)" }

    /// The chart's values as Helm's coalescing leaves them: keys whose value is null removed.
    static let values: Value = {
        guard let text = FunctionHarness.read("fixtures/functions/core/values.yaml"),
              let value = try? YAML.decode(text, source: "values.yaml")
        else { return .map([:]) }
        return withoutNulls(value)
    }()

    private static func withoutNulls(_ value: Value) -> Value {
        guard case .map(let entries) = value else { return value }
        return .map(entries.filter { if case .null = $0.value { return false } else { return true } }.mapValues(withoutNulls))
    }

    /// Every case of every suite file (`fmt.json` without its `[]byte` cases, which read chart
    /// files the harness does not model; GoTemplateTests also runs it through `GoFormat`).
    static let all: [FunctionCase] = {
        let directory = FunctionHarness.repositoryRoot.appendingPathComponent("fixtures/functions/core")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return files.flatMap { file -> [FunctionCase] in
            let suite = String(file.dropLast(5))
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                  let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
            else { return [FunctionCase(suite: suite, name: "unreadable", template: "", expected: .error("unreadable fixture"))] }
            return cases.filter { !(($0["template"] as? String ?? "").contains(".Files")) }.map { entry in
                let name = entry["name"] as? String ?? "?"
                let template = entry["template"] as? String ?? ""
                let expected: FunctionHarness.Outcome
                if let output = entry["output"] as? String {
                    expected = .output(output)
                } else {
                    let error = (entry["error"] as? String ?? "").replacingOccurrences(of: "FILE", with: "t/templates/case.yaml")
                    expected = .error(error)
                }
                return FunctionCase(suite: suite, name: name, template: template, expected: expected)
            }
        }
    }()
}

@Suite struct FunctionFixtureTests {
    @Test func fixturesAreFound() {
        #expect(FunctionCase.all.count >= 300)
    }

    @Test(arguments: FunctionCase.all)
    func matchesHelm(_ c: FunctionCase) {
        let actual = FunctionHarness.render(files: ["case.yaml": c.template], main: "case.yaml", values: FunctionCase.values)
        #expect(actual == c.expected, "\(c.testDescription): \(c.template.debugDescription)")
    }
}
