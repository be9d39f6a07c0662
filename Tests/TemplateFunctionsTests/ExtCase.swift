import ChartValues
import Foundation
import GoTemplate
import Testing

@testable import TemplateFunctions

/// One recorded case of `fixtures/functions/ext/SUITE.json`: a function call with typed
/// operands (or a whole template) and what Helm printed or the error it raised.
struct ExtCase: Sendable, CustomTestStringConvertible {
    /// A call as the recorder wrote it; operands may themselves be calls.
    indirect enum Operand: Sendable {
        case value(Value)
        case call(Call)
    }

    struct Call: Sendable {
        var function: String
        var operands: [Operand]
    }

    var suite: String
    var name: String
    var call: Call?
    var template: String
    var output: String?
    var error: String?
    /// For random or clock-dependent results: a regular expression the output must match.
    var pattern: String?

    var testDescription: String { "fixtures/functions/ext/\(suite).json: \(name)" }

    static let suites = ["crypto", "random", "semver", "dates", "helm", "arity"]

    /// Every case of every suite.
    static let all: [ExtCase] = suites.flatMap(load)

    /// The cases that are a single function call, testable without the template engine.
    static let calls: [ExtCase] = all.filter { $0.call != nil }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    private static func load(_ suite: String) -> [ExtCase] {
        let url = repositoryRoot.appendingPathComponent("fixtures/functions/ext/\(suite).json")
        guard let data = try? Data(contentsOf: url),
              let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return entries.compactMap { entry in
            guard let name = entry["name"] as? String, let template = entry["template"] as? String else { return nil }
            return ExtCase(
                suite: suite, name: name, call: (entry["call"] as? [String: Any]).flatMap(decodeCall),
                template: template, output: entry["output"] as? String, error: entry["error"] as? String,
                pattern: entry["pattern"] as? String)
        }
    }

    private static func decodeCall(_ json: [String: Any]) -> Call? {
        guard let function = json["func"] as? String, let args = json["args"] as? [Any] else { return nil }
        return Call(function: function, operands: args.map(operand))
    }

    private static func operand(_ json: Any) -> Operand {
        guard let object = json as? [String: Any], let (kind, payload) = object.first else { return .value(.null) }
        let text = payload as? String ?? ""
        switch kind {
        case "int": return .value(.int(Int(text) ?? 0))
        case "int64": return .value(.int64(Int64(text) ?? 0))
        case "uint32": return .value(.otherInteger(.uint32, Int64(text) ?? 0))
        case "float64": return .value(.float64(Double(text) ?? 0))
        case "string": return .value(.string(text))
        case "bool": return .value(.bool(payload as? Bool ?? false))
        case "list":
            let items = (payload as? [Any] ?? []).map(operand).compactMap { operand -> Value? in
                if case .value(let value) = operand { return value }
                return nil
            }
            return .value(.list(items))
        case "call":
            if let call = (payload as? [String: Any]).flatMap(decodeCall) { return .call(call) }
            return .value(.null)
        default: return .value(.null)
        }
    }

    /// Runs the call against `table`, innermost calls first.
    static func evaluate(_ call: Call, in table: FunctionTable) throws -> Value {
        guard let function = table[call.function] else { throw GoCallError("no function \(call.function)") }
        let arguments = try call.operands.map { operand -> Value in
            switch operand {
            case .value(let value): return value
            case .call(let inner): return try evaluate(inner, in: table)
            }
        }
        return try function.body(NoTemplates(), arguments)
    }

    /// The message of a recorded `error calling NAME: MESSAGE`, or nil for errors the
    /// template engine itself raises (argument conversion, parsing).
    var expectedCallError: String? {
        guard let error, let call else { return nil }
        let marker = "error calling \(call.function): "
        guard let range = error.range(of: marker) else { return nil }
        return String(error[range.upperBound...])
    }
}

/// An invoker for calls made outside a template: there is no template set to run.
struct NoTemplates: TemplateInvoker {
    var currentTemplateName: String { "test" }

    func executeTemplate(named name: String, data: Value) throws -> String {
        throw GoCallError("no template set in a direct call")
    }

    func executeText(_ text: String, named name: String, data: Value) throws -> String {
        throw GoCallError("no template set in a direct call")
    }
}

/// Whether `text` matches a recorded regular expression (ICU syntax, as the recorder checks
/// with Python's).
func matches(_ text: String, pattern: String) -> Bool {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
    return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
}
