import ChartValues
import Testing
import TestSupport

/// Replays the recorded `toYaml` and `toYamlPretty` cases (Helm trims the final line break).
struct YAMLEncodingFixtureTests {
    @Test(arguments: FixtureRecord.all(in: "values/toyaml.jsonl"))
    func toYaml(_ record: FixtureRecord) throws {
        let text = (try? YAML.encode(try encodingInput(record))) ?? ""
        try expectMatch(record, text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }

    @Test(arguments: FixtureRecord.all(in: "values/toyamlpretty.jsonl"))
    func toYamlPretty(_ record: FixtureRecord) throws {
        let text = (try? YAML.encodePretty(try encodingInput(record))) ?? ""
        try expectMatch(record, text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
}

/// Replays the repository's own values files through `fromYaml | toJson/toYaml/toYamlPretty`.
struct RealisticValuesFixtureTests {
    @Test(arguments: FixtureRecord.all(in: "values/realistic.jsonl"))
    func roundTrip(_ record: FixtureRecord) throws {
        let value = YAML.helmFromYaml(try #require(record["input"]))
        var text: String
        switch record["function"] {
        case "toJson": text = try JSON.encode(value)
        case "toYaml": text = try YAML.encode(value)
        default: text = try YAML.encodePretty(value)
        }
        if record["function"] != "toJson", text.hasSuffix("\n") { text.removeLast() }
        try expectMatch(record, text)
    }
}
