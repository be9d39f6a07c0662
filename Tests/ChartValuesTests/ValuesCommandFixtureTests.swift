import ChartValues
import Foundation
import Testing
import TestSupport

/// Replays `helm-oracle values CHART ARGS -o json` cases (fixtures/values/cli/*): the chart's
/// values.yaml, the `-f`/`--set` flags through `ValueOptions`, then `Coalescing`, exactly as
/// `swiftchart values` does. The oracle prints Python's JSON, so data are compared, and errors
/// by their `Error: ...` line.
struct ValuesCommandFixtureTests {
    @Test(arguments: Fixture.all(in: "values/cli"))
    func matchesHelm(_ fixture: Fixture) throws {
        let arguments = try #require(fixture.text("args")).split(separator: "\n").map(String.init)
        let exit = try #require(fixture.text("expected/exit")).trimmingCharacters(in: .whitespacesAndNewlines)
        var options = ValueOptions()
        var chart: String?
        var index = 0
        while index < arguments.count {
            if ValueOptions.isValuesFlag(arguments[index]), index + 1 < arguments.count {
                _ = options.take(flag: arguments[index], value: arguments[index + 1])
                index += 2
            } else {
                chart = arguments[index]
                index += 1
            }
        }
        let root = Fixture.repositoryRoot
        let readFile = { (path: String) throws(ValueOptionsError) -> String in
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
                throw ValueOptionsError(message: "open \(path): no such file or directory")
            }
            return text
        }
        do {
            let chartPath = try #require(chart, "\(fixture): no chart argument")
            let defaults = try ValueOptions.chartValues(try readFile(chartPath + "/values.yaml"))
            let values = Coalescing.coalesce(defaults: defaults, overrides: try options.merge(readFile: readFile))
            #expect(exit == "0", "\(fixture): Helm failed with \(fixture.text("expected/stderr") ?? ""), we printed \(values)")
            let expected = try JSON.decode(try #require(fixture.text("expected/stdout")))
            let expectedText = try JSON.encode(expected, indent: "  ")
            let actualText = try JSON.encode(.map(values), indent: "  ")
            #expect(Value.map(values) == expected,
                    Comment(rawValue: fixtureMismatch(fixture.path, expected: expectedText, actual: actualText)))
        } catch let error as ValueOptionsError {
            #expect("Error: \(error.message)\n" == fixture.text("expected/stderr"), "\(fixture)")
        }
    }
}
