import ChartValues

/// A function that templates can call, with the Go signature text/template checks its
/// arguments against.
///
/// The executor converts each argument to the declared parameter type (Go's reflection rules,
/// with Go's error texts) before `body` runs, so a body only sees arguments of the right type.
public struct TemplateFunction: Sendable {
    /// The Go signature the executor converts arguments to and checks the arity against.
    public var signature: GoSignature
    /// Runs the function. A thrown `GoCallError` becomes `error calling NAME: MESSAGE`.
    public var body: @Sendable (any TemplateInvoker, [Value]) throws -> Value

    /// Creates a function from its signature and body.
    public init(
        _ signature: GoSignature,
        body: @escaping @Sendable (any TemplateInvoker, [Value]) throws -> Value
    ) {
        self.signature = signature
        self.body = body
    }
}

/// What a function may ask of the execution that calls it: Helm's `include` and `tpl` run
/// templates of the set being executed.
public protocol TemplateInvoker {
    /// The name of the template being executed (`.Template.Name`'s file for Helm).
    var currentTemplateName: String { get }

    /// Executes the named template of the current set with `data` as dot and returns its output
    /// (`include`). Depth limits and error wrapping are the executor's.
    func executeTemplate(named name: String, data: Value) throws -> String

    /// Parses `text` as a template called `name` in a copy of the current set and executes it
    /// with `data` as dot (`tpl`).
    func executeText(_ text: String, named name: String, data: Value) throws -> String
}

/// The functions a template set may call, by name. Immutable once built; the executor consults
/// it before its built-ins, as Go does.
public struct FunctionTable: Sendable {
    /// The functions by name.
    public var functions: [String: TemplateFunction]

    /// Creates a table.
    public init(_ functions: [String: TemplateFunction] = [:]) {
        self.functions = functions
    }

    /// The function with this name, if any.
    public subscript(name: String) -> TemplateFunction? { functions[name] }
}
