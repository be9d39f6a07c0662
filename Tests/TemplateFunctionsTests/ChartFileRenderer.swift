import ChartValues
import Foundation
import GoTemplate

/// Renders one file of a one-chart template set the way Helm's engine does for `helm
/// template` (files parsed deepest path first, `<no value>` removed, errors in Helm's
/// words with the file path shown as `FILE` as the recorders store it), with the chart
/// objects the probes read (`.Release`, `.Chart`, `.Template`).
enum ChartFileRenderer {
    struct RenderError: Error { let text: String }

    static func render(
        files: [String: String], main: String, values: Value, functions: FunctionTable
    ) -> Result<String, RenderError> {
        let file = "t/templates/" + main
        var set = TemplateSet(functions: functions)
        let paths = files.keys.map { "t/templates/" + $0 }.sorted { a, b in
            let depthA = a.split(separator: "/").count
            let depthB = b.split(separator: "/").count
            return depthA != depthB ? depthA > depthB : goStringLess(b, a)
        }
        let data = Value.helmValues([
            "Values": .helmValues(values.mapEntries ?? [:]),
            "Release": .map([
                "Name": .string("r"), "Namespace": .string("n"), "IsInstall": .bool(true),
                "IsUpgrade": .bool(false), "Revision": .int(1), "Service": .string("Helm"),
            ]),
            "Chart": .map([
                "Name": .string("t"), "Version": .string("0.1.0"), "AppVersion": .string("1.16.0"), "IsRoot": .bool(true),
            ]),
            "Template": .map(["Name": .string(file), "BasePath": .string("t/templates")]),
        ])
        do {
            for path in paths {
                try set.parse(name: path, text: files[String(path.dropFirst("t/templates/".count))] ?? "")
            }
            let output = try set.execute(name: file, data: data, functions: functions)
            return .success(output.replacingOccurrences(of: "<no value>", with: ""))
        } catch let error as TemplateParseError {
            return .failure(RenderError(text: error.helmDescription.replacingOccurrences(of: file, with: "FILE")))
        } catch let error as TemplateExecError {
            return .failure(RenderError(text: error.helmDescription.replacingOccurrences(of: file, with: "FILE")))
        } catch {
            return .failure(RenderError(text: "\(error)"))
        }
    }
}
