import ChartValues
import Testing
import TestSupport

/// Replays the recorded `toJson`, `toPrettyJson` and `toRawJson` cases. Inputs are either JSON
/// values (which reach Helm as `float64` numbers) or template literals with Go's own types.
struct JSONEncodingFixtureTests {
    @Test(arguments: FixtureRecord.all(in: "values/tojson.jsonl"))
    func toJson(_ record: FixtureRecord) throws {
        try expectMatch(record, (try? JSON.encode(try encodingInput(record))) ?? "")
    }

    @Test(arguments: FixtureRecord.all(in: "values/toprettyjson.jsonl"))
    func toPrettyJson(_ record: FixtureRecord) throws {
        try expectMatch(record, (try? JSON.encode(try encodingInput(record), indent: "  ")) ?? "")
    }

    @Test(arguments: FixtureRecord.all(in: "values/torawjson.jsonl"))
    func toRawJson(_ record: FixtureRecord) throws {
        try expectMatch(record, (try? JSON.encode(try encodingInput(record), escapeHTML: false)) ?? "")
    }
}

/// The value an encoding case feeds the function: its JSON `input`, or its template `literal`.
func encodingInput(_ record: FixtureRecord) throws -> Value {
    if let literal = record["literal"] {
        return try #require(TemplateLiteral.value(of: literal), "\(record): unknown literal \(literal)")
    }
    return try JSON.decode(try #require(record["input"]))
}
