import ChartValues

/// A parsed set of named templates, as Go's `*template.Template` with its associated
/// templates: each parsed source becomes a template named after it, and every `define` or
/// `block` in it a template of its own.
///
/// Immutable once parsed and cheap to copy (copy-on-write arrays), so `tpl` parses into a copy.
/// Parsing happens once per source; execution walks the stored trees without copying data.
public struct TemplateSet: Sendable {
    /// Where a template's body lives: a source tree and the root node in it.
    struct Entry: Sendable {
        var tree: Int
        var root: NodeID
    }

    var trees: [SourceTree] = []
    var entries: [String: Entry] = [:]
    /// Function names for the parse-time check, or `nil` to skip it.
    let functionNames: Set<String>?
    /// The name of the set's root template, quoted by `no template ... associated with`.
    public var rootName: String

    /// A set that does not check function names at parse time: calls of unknown functions
    /// fail when executed (`"x" is not a defined function`).
    public init() {
        functionNames = nil
        rootName = "gotpl"
    }

    /// A set that rejects calls of functions missing from `functions` and the built-ins at
    /// parse time, with Go's `function "x" not defined`.
    public init(functions: FunctionTable, rootName: String = "gotpl") {
        functionNames = Set(functions.functions.keys).union(Builtins.names)
        self.rootName = rootName
    }

    /// A set that checks calls against these function names (plus the built-ins) at parse
    /// time, for callers that parse before they have the function bodies.
    public init(functionNames: Set<String>, rootName: String = "gotpl") {
        self.functionNames = functionNames.union(Builtins.names)
        self.rootName = rootName
    }

    /// Parses `text` as the template `name` and adds it and its definitions to the set.
    ///
    /// As in Go, a definition replaces an earlier one of the same name unless its body is
    /// empty (white space and comments only); within one text two non-empty definitions of a
    /// name are an error.
    public mutating func parse(name: String, text: String) throws {
        try parse(name: name, source: Array(text.utf8))
    }

    /// Parses raw bytes as the template `name`; text outside actions is copied to the output
    /// byte for byte, invalid UTF-8 included, as Go does.
    public mutating func parse(name: String, source: [UInt8]) throws {
        let names = functionNames
        let result = try DeepStack.run { () throws(TemplateParseError) -> Parser.Result in
            try Parser.parse(name: name, source: source, isFunction: names.map { set in { set.contains($0) } })
        }
        let index = trees.count
        trees.append(result.tree)
        for (templateName, root) in result.templates {
            if entries[templateName] != nil && result.tree.isEmptyTree(root) { continue }
            entries[templateName] = Entry(tree: index, root: root)
        }
    }

    /// The names of every template in the set, sorted.
    public var templateNames: [String] { entries.keys.sorted() }

    /// Whether the set has a template with this name.
    public func hasTemplate(named name: String) -> Bool { entries[name] != nil }

    /// Executes the template `name` with `data` as dot and `$`.
    ///
    /// - Throws: `TemplateNotFoundError`, `TemplateExecError`, or an error a function threw.
    public func execute(
        name: String, data: Value, functions: FunctionTable, options: ExecutionOptions = .init()
    ) throws -> String {
        GoStringBytes.string(try executeBytes(name: name, data: data, functions: functions, options: options))
    }

    /// Executes like `execute`, returning Go's exact output bytes (text of a source that is
    /// not valid UTF-8 is copied through unchanged).
    public func executeBytes(
        name: String, data: Value, functions: FunctionTable, options: ExecutionOptions = .init()
    ) throws -> [UInt8] {
        let context = ExecutionContext(functions: functions, options: options)
        let set = self
        return try DeepStack.run { () throws -> [UInt8] in
            try Executor.run(set: set, name: name, data: data.isNullInterface ? .noValue : .value(data, boxed: false), context: context)
        }
    }
}

/// Options of one execution.
public struct ExecutionOptions: Sendable {
    /// What a map lookup of a missing key yields (Go's `missingkey=` option).
    public var missingKey: MissingKeyMode
    /// Maximum nesting of `{{template}}` calls before `exceeded maximum template depth`.
    public var maxTemplateDepth: Int
    /// How many times one name may be nested through `include` before Helm's
    /// `rendering template has a nested reference name` error.
    public var maxIncludeNesting: Int

    /// Creates options; the defaults are Helm's.
    public init(missingKey: MissingKeyMode = .zero, maxTemplateDepth: Int = 100_000, maxIncludeNesting: Int = 1000) {
        self.missingKey = missingKey
        self.maxTemplateDepth = maxTemplateDepth
        self.maxIncludeNesting = maxIncludeNesting
    }
}

/// Go's `missingkey` option.
public enum MissingKeyMode: Sendable {
    /// The zero value of the map's element type (Helm's default).
    case zero
    /// An error `map has no entry for key "x"` (Helm's strict mode).
    case error
}

extension Value {
    /// Whether the value is a nil interface.
    var isNullInterface: Bool {
        if case .null = self { return true }
        return false
    }
}
