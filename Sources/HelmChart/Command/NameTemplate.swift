import ChartValues
import GoTemplate
import TemplateFunctions

/// `--name-template`: the release name produced by a template over Helm's functions
/// (e.g. `{{ randAlpha 6 | lower }}`), executed with no data.
enum NameTemplate {
    static func render(_ text: String, seed: UInt64?) throws -> String {
        var environment = RenderEnvironment()
        if let seed { environment.random = .seeded(seed) }
        let functions = HelmFunctions.table(environment: environment)
        var set = TemplateSet(functions: functions, rootName: "name-template")
        try set.parse(name: "name-template", text: text)
        return try set.execute(name: "name-template", data: .null, functions: functions)
    }
}
