import ChartValues
import GoTemplate

/// Renders one template file of a one-chart set (`t`, release `r` in namespace `n`) as Helm's
/// engine does for `helm template`, so template-level fixtures can be compared with the
/// oracle's per-template output: files parsed in Helm's order, the top-level data object,
/// `<no value>` removed, errors in Helm's words.
public enum TemplateHarness {
    /// What a render produced: the file's output or Helm's error text.
    public enum Outcome: Equatable, Sendable, CustomStringConvertible {
        case output(String)
        case error(String)

        public var description: String {
            switch self {
            case .output(let text): return "ok: \(text.debugDescription)"
            case .error(let text): return "error: \(text.debugDescription)"
            }
        }
    }

    /// Helm's parse order of template paths: deepest first, then descending path.
    public static func parseOrder(_ paths: [String]) -> [String] {
        paths.sorted { a, b in
            let depthA = a.split(separator: "/", omittingEmptySubsequences: false).count
            let depthB = b.split(separator: "/", omittingEmptySubsequences: false).count
            if depthA != depthB { return depthA > depthB }
            return goStringLess(b, a)
        }
    }

    /// The top-level object Helm passes to a template of chart `t`.
    public static func topLevel(values: Value, templateName: String) -> Value {
        .helmValues([
            "Values": .helmValues(values.mapEntries ?? [:]),
            "Release": .map([
                "Name": .string("r"), "Namespace": .string("n"), "IsInstall": .bool(true),
                "IsUpgrade": .bool(false), "Revision": .int(1), "Service": .string("Helm"),
            ]),
            "Chart": .map([
                "Name": .string("t"), "Version": .string("0.1.0"), "AppVersion": .string("1.16.0"), "IsRoot": .bool(true),
            ]),
            "Template": .map(["Name": .string(templateName), "BasePath": .string("t/templates")]),
        ])
    }

    /// Parses every file (paths relative to `t/templates/`) into `set` and executes `main`.
    ///
    /// - Parameter decode: turns the output bytes into the text the recorder stored (the
    ///   oracle reports invalid UTF-8 as U+FFFD).
    public static func render(
        sources files: [String: [UInt8]], main: String, values: Value, set: TemplateSet,
        functions: FunctionTable, decode: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) }
    ) -> Outcome {
        var set = set
        for path in parseOrder(files.keys.map { "t/templates/" + $0 }) {
            do {
                try set.parse(name: path, source: files[String(path.dropFirst("t/templates/".count))] ?? [])
            } catch let error as TemplateParseError {
                return .error(error.helmDescription)
            } catch {
                return .error("\(error)")
            }
        }
        let name = "t/templates/" + main
        do {
            let output = try set.executeBytes(name: name, data: topLevel(values: values, templateName: name), functions: functions)
            return .output(decode(output).replacingOccurrences(of: "<no value>", with: ""))
        } catch let error as TemplateExecError {
            return .error(error.helmDescription)
        } catch {
            return .error("\(error)")
        }
    }
}
