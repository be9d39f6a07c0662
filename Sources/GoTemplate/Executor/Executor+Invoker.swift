import ChartValues

extension Executor: TemplateInvoker {
    var currentTemplateName: String { templateName }

    /// `include`: a fresh execution of a template of this set (no caller variables, depth 0),
    /// guarded by Helm's per-name nesting limit.
    func executeTemplate(named name: String, data: Value) throws -> String {
        let nesting = context.includeNesting[name, default: 0]
        if nesting > context.options.maxIncludeNesting { throw IncludeRecursionError(name: name) }
        context.includeNesting[name] = nesting + 1
        defer { context.includeNesting[name, default: 1] -= 1 }
        let output = try Executor.run(set: set, name: name, data: data.isNullInterface ? .noValue : .concrete(data), context: context)
        return String(decoding: output, as: UTF8.self)
    }

    /// `tpl`: parses `text` as `name` into a copy of this set and executes it.
    func executeText(_ text: String, named name: String, data: Value) throws -> String {
        var copy = set
        try copy.parse(name: name, text: text)
        let output = try Executor.run(set: copy, name: name, data: data.isNullInterface ? .noValue : .concrete(data), context: context)
        return String(decoding: output, as: UTF8.self)
    }
}
