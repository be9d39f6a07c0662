import ChartValues
import GoTemplate

/// Helm's `include` (`pkg/engine`): runs a template of the executing set through the
/// executor's `TemplateInvoker`, which applies Helm's nesting limit. It lets the recorded
/// include cases check what the executor owns: invocation, nesting limit and error chains.
enum HelmInclude {
    static let function = TemplateFunction(GoSignature([.string, .interface], result: .string, returnsError: true)) { invoker, args in
        guard case .string(let name) = args[0] else { throw GoCallError("include: name is not a string") }
        return .string(try invoker.executeTemplate(named: name, data: args[1]))
    }

    static let table = FunctionTable(["include": function])
}
