import ChartValues

/// The `--set` family, applied by kind in Helm's fixed order whatever the command-line order:
/// `--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`.
enum SetFlags {
    static func apply(_ options: TemplateOptions, to values: inout [String: Value], readFile: (String) throws -> String) throws {
        let groups: [(SetFlag, [String])] = [
            (.json, options.setJSONValues), (.set, options.setValues), (.string, options.setStringValues),
            (.file, options.setFileValues), (.literal, options.setLiteralValues),
        ]
        for (flag, expressions) in groups {
            for expression in expressions {
                do {
                    try SetParser.apply(expression, as: flag, to: &values, readFile: readFile)
                } catch {
                    throw TemplateFailure(error.cliDescription(for: flag))
                }
            }
        }
    }
}
