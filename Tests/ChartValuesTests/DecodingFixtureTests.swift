import ChartValues
import Testing
import TestSupport

/// Replays the recorded `fromYaml`, `fromYamlArray`, values-file, `fromJson` and
/// `fromJsonArray` cases: the decoded value, printed with `toJson`, must equal Helm's output
/// (errors as Helm shows them: `{"Error": ...}` maps and one-element lists).
struct DecodingFixtureTests {
    @Test(arguments: FixtureRecord.all(in: "values/fromyaml.jsonl"))
    func fromYaml(_ record: FixtureRecord) throws {
        try expectMatch(record, try JSON.encode(YAML.helmFromYaml(try #require(record["input"]))))
    }

    @Test(arguments: FixtureRecord.all(in: "values/fromyamlarray.jsonl"))
    func fromYamlArray(_ record: FixtureRecord) throws {
        try expectMatch(record, try JSON.encode(YAML.helmFromYamlArray(try #require(record["input"]))))
    }

    @Test(arguments: FixtureRecord.all(in: "values/valuesfile.jsonl"))
    func valuesFile(_ record: FixtureRecord) throws {
        let input = try #require(record["input"])
        do {
            let documents = try YAML.decodeDocuments(input, source: "values.yaml")
            let merged = documents.reduce([String: Value]()) { Coalescing.mergeMaps($0, $1.mapEntries ?? [:]) }
            // The file is the chart's values.yaml: Helm coalesces it as defaults (nulls dropped).
            try expectMatch(record, try JSON.encode(.map(Coalescing.coalesce(defaults: merged, overrides: [:]))))
        } catch let error as YAMLError {
            let expected = try #require(record["error"], "\(record): Helm loaded the file, we failed with \(error)")
            #expect("cannot load values.yaml: " + error.loaderDescription == expected, "\(record)")
        }
    }

    @Test(arguments: FixtureRecord.all(in: "values/fromjson.jsonl"))
    func fromJson(_ record: FixtureRecord) throws {
        try expectMatch(record, try JSON.encode(JSON.helmFromJson(try #require(record["input"]))))
    }

    @Test(arguments: FixtureRecord.all(in: "values/fromjsonarray.jsonl"))
    func fromJsonArray(_ record: FixtureRecord) throws {
        try expectMatch(record, try JSON.encode(JSON.helmFromJsonArray(try #require(record["input"]))))
    }
}

/// Compares a case's recorded `expected` with the actual text, reporting a line diff.
func expectMatch(_ record: FixtureRecord, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let expected = try #require(record["expected"], "\(record) has no expected output", sourceLocation: sourceLocation)
    #expect(actual == expected, Comment(rawValue: fixtureMismatch(record.testDescription, expected: expected, actual: actual)),
            sourceLocation: sourceLocation)
}
