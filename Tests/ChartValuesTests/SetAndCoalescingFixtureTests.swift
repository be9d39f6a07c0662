import ChartValues
import Foundation
import Testing
import TestSupport

/// Replays the recorded `--set`-family parses (`parse_set_*`) and one-chart coalescing cases.
struct SetAndCoalescingFixtureTests {
    @Test(arguments: FixtureRecord.all(in: "values/set.jsonl"))
    func setFlag(_ record: FixtureRecord) throws {
        let expression = try #require(record["input"])
        let flag: SetFlag = switch record["kind"] {
        case "string": .string
        case "json": .json
        case "literal": .literal
        case "file": .file
        default: .set
        }
        let root = Fixture.repositoryRoot
        let readFile = { (path: String) throws -> String in
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
                throw ValueOptionsError(message: "open \(path): no such file or directory")
            }
            return text
        }
        do {
            let parsed = try SetParser.parse(expression, as: flag, readFile: readFile)
            let expectedText = try #require(record["expected"], "\(record): Helm failed with \(record["error"] ?? "?"), we parsed \(parsed)")
            let expected = try typedExpectation(JSON.decode(expectedText))
            #expect(Value.map(parsed) == expected, "\(record): got \(parsed)")
        } catch let error as SetParseError {
            let expected = try #require(record["error"], "\(record): Helm parsed it, we failed with \(error)")
            #expect(error.description == expected, "\(record)")
        }
    }

    @Test(arguments: FixtureRecord.all(in: "values/coalesce.jsonl"))
    func coalesce(_ record: FixtureRecord) throws {
        let defaults = try YAML.decode(try #require(record["defaults"]), source: "values.yaml")
        let overrides = try JSON.decode(try #require(record["input"]))
        let merged = Coalescing.coalesce(defaults: defaults.mapEntries ?? [:], overrides: overrides.mapEntries ?? [:])
        try expectMatch(record, try JSON.encode(.map(merged)))
    }
}

/// Turns the recorder's `{"$int64": "5"}` / `{"$float64": "1.5"}` markers into Go-typed values.
func typedExpectation(_ value: Value) throws -> Value {
    switch value {
    case .map(let entries):
        if entries.count == 1, case .string(let text)? = entries["$int64"] { return .int64(try #require(Int64(text))) }
        if entries.count == 1, case .string(let text)? = entries["$float64"] { return .float64(try #require(Double(text))) }
        return .map(try entries.mapValues(typedExpectation))
    case .list(let items):
        return .list(try items.map(typedExpectation))
    default:
        return value
    }
}
