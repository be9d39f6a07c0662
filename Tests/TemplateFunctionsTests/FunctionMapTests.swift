import Foundation
import GoTemplate
import Testing

@testable import TemplateFunctions

/// Helm's function map, as recorded from the oracle (fixtures/functions/names.txt), against
/// swiftchart's table: every name must be there, and the names Helm rejects must not.
@Suite struct FunctionMapTests {
    /// text/template's own functions, which the executor provides, not the table.
    static let builtins: Set<String> = [
        "and", "call", "eq", "ge", "gt", "html", "index", "js", "le", "len", "lt", "ne", "not", "or",
        "print", "printf", "println", "slice", "urlquery",
    ]

    static func names(_ file: String) -> [String] {
        let url = ExtCase.repositoryRoot.appendingPathComponent("fixtures/functions/\(file)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    static let table = HelmFunctions.table(environment: RenderEnvironment())

    @Test func recordedMapIsComplete() {
        let recorded = Self.names("names.txt")
        #expect(recorded.count > 200, "names.txt holds \(recorded.count) names")
        let missing = recorded.filter { !Self.builtins.contains($0) && Self.table[$0] == nil }
        #expect(missing.isEmpty, "missing from swiftchart's table: \(missing.joined(separator: " "))")
    }

    @Test func rejectedNamesAreAbsent() {
        let rejected = Self.names("names-undefined.txt")
        #expect(rejected.contains("env"))
        let present = rejected.filter { Self.table[$0] != nil }
        #expect(present.isEmpty, "Helm does not define: \(present.joined(separator: " "))")
    }

    @Test func tableHasNoNameHelmLacks() {
        let recorded = Set(Self.names("names.txt"))
        let extra = Self.table.functions.keys.filter { !recorded.contains($0) }.sorted()
        #expect(extra.isEmpty, "not in Helm's map: \(extra.joined(separator: " "))")
    }
}
