import Foundation

/// An error raised while executing a template, located at the node Go's executor was
/// evaluating.
///
/// `description` is Go's one-line text:
/// `template: FILE:LINE:COL: executing "NAME" at <CONTEXT>: MESSAGE`. A failing function call
/// keeps the function's error as `underlying` (Go's `%w`), so that `helmDescription` can
/// produce Helm's multi-line trace, or Go's line when a plain error is in the chain.
public struct TemplateExecError: Error, CustomStringConvertible, Sendable {
    /// The template being executed (a define's name inside `include`).
    public var templateName: String
    /// The file the failing node was parsed in.
    public var fileName: String
    /// 1-based line of the node.
    public var line: Int
    /// 0-based byte column of the node.
    public var column: Int
    /// The node re-printed as source (`.Values.missing.sub`, `include "x" .`).
    public var context: String
    /// Go's message after the context.
    public var message: String
    /// The error a function call returned, for `error calling NAME: ...`.
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    public init(
        templateName: String, fileName: String, line: Int, column: Int, context: String, message: String,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.templateName = templateName
        self.fileName = fileName
        self.line = line
        self.column = column
        self.context = context
        self.message = message
        self.underlying = underlying
    }

    /// `FILE:LINE:COL`.
    public var location: String { "\(fileName):\(line):\(column)" }

    /// Go's text.
    public var description: String {
        "template: \(location): executing \(GoFormat.quote(templateName)) at <\(context)>: \(message)"
    }

    /// Helm's text (`reformatExecErrorMsg`): a `fail`/`required` message as
    /// `execution error at (LOCATION): MSG`; otherwise one block per template error of the wrap
    /// chain, or Go's raw line if a link of the chain is a plain error.
    public var helmDescription: String {
        let full = description
        if let start = full.range(of: "HELM_ERR_START"),
            let end = full.range(of: "HELM_ERR_END", options: .backwards), start.upperBound <= end.lowerBound {
            return "execution error at (\(location)): \(full[start.upperBound..<end.lowerBound])"
        }
        var blocks: [String] = []
        var current: (any Error)? = self
        while let link = current {
            if let exec = link as? TemplateExecError {
                var message = exec.message
                if let cut = message.range(of: " template:") { message = String(message[..<cut.lowerBound]) }
                blocks.append("\(exec.location)\n  executing \(GoFormat.quote(exec.templateName)) at <\(exec.context)>:\n    \(message)\n")
                current = exec.underlying
            } else if let missing = link as? TemplateNotFoundError {
                blocks.append(missing.description + "\n")
                current = nil
            } else {
                return full
            }
        }
        return blocks.joined().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// `ExecuteTemplate` of a name the set does not have.
public struct TemplateNotFoundError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The requested template.
    public var name: String
    /// The set's root name (`gotpl` for Helm).
    public var rootName: String

    /// Creates an error.
    public init(name: String, rootName: String) {
        self.name = name
        self.rootName = rootName
    }

    /// Go's text.
    public var description: String {
        "template: no template \(GoFormat.quote(name)) associated with template \(GoFormat.quote(rootName))"
    }
}

/// Helm's guard against runaway `include` recursion: a name nested more than 1000 times.
public struct IncludeRecursionError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The template name.
    public var name: String

    /// Creates an error.
    public init(name: String) { self.name = name }

    /// Helm's text (`errors.Wrapf`).
    public var description: String {
        "rendering template has a nested reference name: \(name): unable to execute template"
    }
}
