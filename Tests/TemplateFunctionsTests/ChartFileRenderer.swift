import ChartValues
import Foundation
import GoTemplate
import TestSupport

/// Renders one file of a one-chart template set the way Helm's engine does for `helm
/// template` (files parsed deepest path first, `<no value>` removed, errors in Helm's
/// words with the file path shown as `FILE` as the recorders store it), with the chart
/// objects the probes read (`.Release`, `.Chart`, `.Template`).
enum ChartFileRenderer {
    struct RenderError: Error { let text: String }

    static func render(
        files: [String: String], main: String, values: Value, functions: FunctionTable
    ) -> Result<String, RenderError> {
        let outcome = TemplateHarness.render(
            sources: files.mapValues { Array($0.utf8) }, main: main, values: values,
            set: TemplateSet(functions: functions), functions: functions)
        switch outcome {
        case .output(let text):
            return .success(text)
        case .error(let text):
            return .failure(RenderError(text: text.replacingOccurrences(of: "t/templates/" + main, with: "FILE")))
        }
    }
}
