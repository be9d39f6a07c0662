import ChartValues

/// What one render shares across nested executions (`include`, `tpl`): the function table,
/// the options and Helm's per-name `include` nesting counts.
final class ExecutionContext: @unchecked Sendable {
    let functions: FunctionTable
    let options: ExecutionOptions
    var includeNesting: [String: Int] = [:]

    init(functions: FunctionTable, options: ExecutionOptions) {
        self.functions = functions
        self.options = options
    }
}

/// Executes one template of a set: Go's `state`, walking the stored trees.
///
/// The executor keeps Go's notion of the "current node" (`at`), which decides the location
/// and context every error reports, and Go's variable stack. `break` and `continue` travel as
/// the result of `walk`.
final class Executor {
    /// How a walk ended: normally, or by `{{break}}` / `{{continue}}` inside a range body.
    enum Signal { case normal, breakLoop, continueLoop }

    let set: TemplateSet
    let context: ExecutionContext
    var output: [UInt8] = []
    /// The template being executed (its name is quoted in errors).
    var templateName: String
    /// The source tree of the template being executed.
    var tree: Int
    /// The node being evaluated, in `atTree`.
    var at: NodeID
    var atTree: Int
    var variables: [(name: String, value: Operand)]
    var depth = 0

    init(set: TemplateSet, entry: TemplateSet.Entry, name: String, context: ExecutionContext, dot: Operand) {
        self.set = set
        self.context = context
        self.templateName = name
        self.tree = entry.tree
        self.at = entry.root
        self.atTree = entry.tree
        self.variables = [("$", dot)]
    }

    /// Executes the template `name` of `set` with `dot` as data (Go's `ExecuteTemplate`).
    static func run(set: TemplateSet, name: String, data: Operand, context: ExecutionContext) throws -> [UInt8] {
        guard let entry = set.entries[name] else { throw TemplateNotFoundError(name: name, rootName: set.rootName) }
        let executor = Executor(set: set, entry: entry, name: name, context: context, dot: data)
        _ = try executor.walk(entry.root, dot: data)
        return executor.output
    }

    func kind(_ id: NodeID) -> NodeKind { set.trees[tree].nodes[id].kind }

    func describe(_ id: NodeID) -> String { set.trees[tree].describe(id) }

    /// Marks `id` (of the current tree) as the node being evaluated.
    func setAt(_ id: NodeID) {
        at = id
        atTree = tree
    }

    /// An error at the current node, in Go's format.
    func error(_ message: String, underlying: (any Error & Sendable)? = nil) -> TemplateExecError {
        let source = set.trees[atTree]
        let position = source.nodes[at].position
        return TemplateExecError(
            templateName: templateName, fileName: source.name, line: source.lines.line(at: position),
            column: source.lines.column(at: position), context: source.describe(at), message: message,
            underlying: underlying)
    }

    // MARK: walking

    func walk(_ id: NodeID, dot: Operand) throws -> Signal {
        setAt(id)
        switch kind(id) {
        case .list(let children):
            for child in children {
                let signal = try walk(child, dot: dot)
                if signal != .normal { return signal }
            }
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .action(let pipe):
            let value = try evalPipeline(pipe, dot: dot)
            if case .pipeline(let pipeline) = kind(pipe), pipeline.declarations.isEmpty {
                setAt(id)
                output.append(contentsOf: GoStringBytes.bytes(of: Printing.printed(value)))
            }
        case .ifNode(let control):
            return try walkIfOrWith(control, dot: dot, isWith: false)
        case .with(let control):
            return try walkIfOrWith(control, dot: dot, isWith: true)
        case .range(let control):
            return try walkRange(control, dot: dot)
        case .template(let name, let pipe):
            try walkTemplate(name: name, pipe: pipe, dot: dot)
        case .breakNode:
            return .breakLoop
        case .continueNode:
            return .continueLoop
        case .comment:
            break
        default:
            throw error("unknown node: \(describe(id))")
        }
        return .normal
    }

    private func walkIfOrWith(_ control: Control, dot: Operand, isWith: Bool) throws -> Signal {
        let mark = variables.count
        defer { variables.removeLast(variables.count - mark) }
        let value = try evalPipeline(control.pipe, dot: dot)
        if value.isTruthy {
            return try walk(control.list, dot: isWith ? value : dot)
        }
        if let elseList = control.elseList { return try walk(elseList, dot: dot) }
        return .normal
    }

    private func walkTemplate(name: String, pipe: NodeID?, dot: Operand) throws {
        guard let entry = set.entries[name] else { throw error("template \(GoFormat.quote(name)) not defined") }
        if depth == context.options.maxTemplateDepth {
            throw error("exceeded maximum template depth (\(context.options.maxTemplateDepth))")
        }
        let newDot = try pipe.map { try evalPipeline($0, dot: dot) } ?? .noValue
        // The call runs in a state of its own (Go copies its `state`): the caller's variables,
        // name and current node are back in place afterwards.
        let saved = (variables, templateName, tree, at, atTree)
        variables = [("$", newDot)]
        templateName = name
        tree = entry.tree
        depth += 1
        defer {
            (variables, templateName, tree, at, atTree) = saved
            depth -= 1
        }
        _ = try walk(entry.root, dot: newDot)
    }

    // MARK: variables

    func push(_ name: String, _ value: Operand) { variables.append((name, value)) }

    func setVariable(_ name: String, _ value: Operand) throws {
        for index in variables.indices.reversed() where variables[index].name == name {
            variables[index].value = value
            return
        }
        throw error("undefined variable: \(name)")
    }

    func variable(_ name: String) throws -> Operand {
        for index in variables.indices.reversed() where variables[index].name == name {
            return variables[index].value
        }
        throw error("undefined variable: \(name)")
    }
}
