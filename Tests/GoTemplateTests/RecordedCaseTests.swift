import ChartValues
import Foundation
import Testing

@testable import GoTemplate

/// A case of `fixtures/gotemplate/cases.json`, recorded from Helm by
/// `scripts/recorders/gotemplate.py`.
struct RecordedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var main: String
    var files: [String: String]
    var expected: ChartHarness.Outcome
    var path: String

    var testDescription: String { "\(path) \(name)" }

    static let values: Value = {
        guard let text = ChartHarness.read("fixtures/gotemplate/values.json"), let value = try? JSONValue.parse(text) else {
            return .map([:])
        }
        return value
    }()

    static let all = load("fixtures/gotemplate/cases.json")

    /// Cases that call Helm's `include` (`fixtures/gotemplate/include.json`).
    static let includes = load("fixtures/gotemplate/include.json")

    /// Random templates (`fixtures/gotemplate/fuzz.json`, from scripts/recorders/gotemplate_fuzz.py).
    static let fuzz = load("fixtures/gotemplate/fuzz.json")

    static func load(_ path: String) -> [RecordedCase] {
        guard let text = ChartHarness.read(path), case .list(let rows) = try? JSONValue.parse(text)
        else { return [] }
        return rows.compactMap { row in
            guard let entries = row.mapEntries, case .string(let name) = entries["name"],
                case .string(let main) = entries["main"], let fileEntries = entries["files"]?.mapEntries
            else { return nil }
            let files = fileEntries.compactMapValues { value -> String? in
                if case .string(let text) = value { return text } else { return nil }
            }
            let expected: ChartHarness.Outcome
            if case .string(let ok) = entries["ok"] {
                expected = .output(ok)
            } else if case .string(let err) = entries["err"] {
                expected = .error(err)
            } else {
                return nil
            }
            return RecordedCase(name: name, main: main, files: files, expected: expected, path: path)
        }
    }
}

@Suite struct RecordedCaseTests {
    @Test func casesArePresent() {
        #expect(RecordedCase.all.count >= 300)
    }

    @Test(arguments: RecordedCase.all)
    func matchesHelm(_ c: RecordedCase) {
        let actual = ChartHarness.render(files: c.files, main: c.main, values: RecordedCase.values, functionNames: [])
        #expect(actual == c.expected, "\(c.testDescription): \(c.files[c.main]?.debugDescription ?? "")")
    }

    @Test(arguments: RecordedCase.fuzz)
    func randomTemplateMatchesHelm(_ c: RecordedCase) {
        let actual = ChartHarness.render(files: c.files, main: c.main, values: RecordedCase.values, functionNames: [])
        #expect(actual == c.expected, "\(c.testDescription): \(c.files[c.main]?.debugDescription ?? "")")
    }

    @Test func includeCasesArePresent() {
        #expect(RecordedCase.includes.count >= 15)
    }

    @Test(arguments: RecordedCase.includes)
    func includeMatchesHelm(_ c: RecordedCase) {
        let actual = ChartHarness.render(
            files: c.files, main: c.main, values: RecordedCase.values, functionNames: ["include"], functions: HelmInclude.table)
        #expect(actual == c.expected, "\(c.testDescription): \(c.files[c.main]?.debugDescription ?? "")")
    }
}
