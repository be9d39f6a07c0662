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
