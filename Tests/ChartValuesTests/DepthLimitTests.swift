import ChartValues
import Testing

/// Nesting at and beyond go-yaml's and encoding/json's 10,000-level limits must give Helm's
/// error or a result, never a crash (stack overflow) — also on test worker threads.
struct DepthLimitTests {
    @Test func yamlFlowNestingBeyondLimitIsAnError() throws {
        let text = "x: " + String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001)
        #expect(throws: YAMLError.self) { try YAML.decode(text, source: "deep.yaml") }
        do {
            _ = try YAML.decode(text, source: "deep.yaml")
        } catch {
            #expect(error.description == "error converting YAML to JSON: yaml: exceeded max depth of 10000")
        }
    }

    @Test func yamlNestingAtLimitDecodesAndEncodes() throws {
        let text = "x: " + String(repeating: "[", count: 9_999) + String(repeating: "]", count: 9_999)
        let value = try YAML.decode(text, source: "deep.yaml")
        #expect(value.mapEntries?["x"] != nil)
        let json = try JSON.encode(value)
        #expect(json.hasPrefix("{\"x\":[[["))
        _ = try YAML.encodePretty(value)
        _ = try YAML.encode(value)
    }

    @Test func yamlBlockNestingIsGuarded() throws {
        var text = ""
        for level in 0..<3_000 { text += String(repeating: " ", count: level) + "k:\n" }
        let value = try YAML.decode(text, source: "deep.yaml")
        #expect(value.mapEntries?["k"] != nil)
    }

    @Test func jsonNestingBeyondLimitIsAnError() throws {
        let text = String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001)
        #expect(throws: JSONError.self) { try JSON.decode(text) }
        let deepest = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let value = try JSON.decode(deepest)
        #expect(try JSON.encode(value) == deepest)
    }

    @Test func setNestingBeyondThirtyNamesIsAnError() throws {
        let expression = (0...31).map { "k\($0)" }.joined(separator: ".") + "=1"
        #expect(throws: SetParseError.self) { try SetParser.parse(expression, as: .set, readFile: { _ in "" }) }
    }
}
