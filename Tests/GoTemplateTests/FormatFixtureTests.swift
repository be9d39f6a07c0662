import ChartValues
import Foundation
import Testing

@testable import GoTemplate

/// One recorded `fmt` case of `fixtures/functions/core/fmt.json`: the Go call, its typed
/// operands and what Helm printed.
struct FormatCase: Sendable, CustomTestStringConvertible {
    var name: String
    var function: String
    var format: String
    var arguments: [Value]
    var expected: String

    var testDescription: String { "fmt.json: \(name)" }

    /// Every case of the fixture file.
    static let all: [FormatCase] = {
        let url = FormatCase.repositoryRoot.appendingPathComponent("fixtures/functions/core/fmt.json")
        guard let data = try? Data(contentsOf: url),
              let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return cases.compactMap { entry in
            guard let name = entry["name"] as? String, let call = entry["call"] as? [String: Any],
                  let function = call["func"] as? String, let args = call["args"] as? [Any],
                  let expected = entry["output"] as? String
            else { return nil }
            return FormatCase(
                name: name, function: function, format: call["format"] as? String ?? "",
                arguments: args.map(FormatCase.operand), expected: expected)
        }
    }()

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Decodes a typed operand as the recorder wrote it (`{"int": "42"}`, `{"list": [...]}`).
    static func operand(_ json: Any) -> Value {
        guard let object = json as? [String: Any], let (kind, payload) = object.first else { return .null }
        switch kind {
        case "int": return .int(Int(payload as? String ?? "") ?? 0)
        case "int64": return .int64(Int64(payload as? String ?? "") ?? 0)
        case "uint8": return .otherInteger(.uint8, Int64(payload as? String ?? "") ?? 0)
        case "float64": return .float64(float(payload as? String ?? ""))
        case "string": return .string(payload as? String ?? "")
        case "bool": return .bool(payload as? Bool ?? false)
        case "bytes": return .bytes(Array((payload as? String ?? "").utf8))
        case "list": return .list((payload as? [Any] ?? []).map(operand))
        case "strings": return .strings(payload as? [String] ?? [])
        case "map": return .map((payload as? [String: Any] ?? [:]).mapValues(operand))
        default: return .null
        }
    }

    private static func float(_ text: String) -> Double {
        switch text {
        case "+Inf": return .infinity
        case "-Inf": return -.infinity
        case "NaN": return .nan
        default: return Double(text) ?? .nan
        }
    }
}

@Suite struct FormatFixtureTests {
    @Test func fixturesAreFound() {
        #expect(FormatCase.all.count >= 60)
    }

    @Test(arguments: FormatCase.all)
    func matchesGo(_ c: FormatCase) {
        let actual: String
        switch c.function {
        case "sprint": actual = GoFormat.sprint(c.arguments)
        case "sprintln": actual = GoFormat.sprintln(c.arguments)
        default: actual = GoFormat.sprintf(c.format, c.arguments)
        }
        #expect(actual == c.expected, "fixtures/functions/core/fmt.json case \(c.name)")
    }
}
