import ChartValues
import GoTemplate

/// Helm's own template functions (`pkg/engine/funcs.go`): `include`, `tpl`, `required`,
/// `fail` and `lookup`; the serialisation family is in `HelmSerialization`.
enum HelmTemplateFunctions {
    /// The functions, by name.
    static func table(_ environment: RenderEnvironment) -> [String: TemplateFunction] {
        let lookup = environment.lookup
        return [
            "include": TemplateFunction(GoSignature([.string, .interface], result: .string, returnsError: true)) { invoker, args in
                .string(try invoker.executeTemplate(named: try CallArguments(args).string(0), data: args.count > 1 ? args[1] : .null))
            },
            "tpl": TemplateFunction(GoSignature([.string, .interface], result: .string, returnsError: true)) { invoker, args in
                let text = try CallArguments(args).string(0)
                return .string(try tpl(text, data: args.count > 1 ? args[1] : .null, invoker: invoker))
            },
            "required": .plain([.string, .interface], result: .interface, returnsError: true) { args in
                switch args[1] {
                case .null, .string(""): throw HelmWarning.error(try args.string(0))
                default: return args[1]
                }
            },
            "fail": .plain([.string], result: .string, returnsError: true) { args in
                throw HelmWarning.error(try args.string(0))
            },
            "lookup": .plain([.string, .string, .string, .string], result: .stringMap, returnsError: true) { args in
                .map(try lookup.lookup(
                    apiVersion: try args.string(0), kind: try args.string(1), namespace: try args.string(2),
                    name: try args.string(3)))
            },
        ]
    }

    /// Helm's `tpl`: the text parsed as `gotpl` in a copy of the executing set, run with
    /// `data`, and `<no value>` removed from the result; errors are wrapped as Helm wraps them.
    static func tpl(_ text: String, data: Value, invoker: any TemplateInvoker) throws -> String {
        do {
            let output = try invoker.executeText(text, named: "gotpl", data: data)
            return output.replacingOccurrences(of: "<no value>", with: "")
        } catch let error as TemplateParseError {
            throw GoCallError("cannot parse template \(GoFormat.quote(text)): \(error)")
        } catch {
            throw GoCallError("error during tpl function execution for \(GoFormat.quote(text)): \(error)")
        }
    }
}

/// The markers Helm puts around the message of `fail` and `required`, which its engine finds
/// in the final error to print `execution error at (FILE:LINE:COL): MESSAGE`.
public enum HelmWarning {
    /// Helm's `warnStartDelim`.
    public static let start = "HELM_ERR_START"
    /// Helm's `warnEndDelim`.
    public static let end = "HELM_ERR_END"

    /// The error `fail MESSAGE` and a failing `required MESSAGE` return.
    static func error(_ message: String) -> GoCallError { GoCallError(start + message + end) }
}
