/// Builds the node arena of one source file from its tokens, following Go's
/// `text/template/parse` grammar and error texts.
///
/// Grammar (informal):
/// ```
/// action    := '{{' ( control | pipeline ) '}}'
/// pipeline  := [ decl ] command { '|' command }
/// command   := operand { space operand }
/// operand   := term { .Field }
/// term      := literal | nil | '.' | .Field | $var | identifier | '(' pipeline ')'
/// ```
struct Parser {
    /// What a parse produces: the file's arena and the templates it defines (the file itself
    /// first), in definition order.
    struct Result {
        var tree: SourceTree
        var templates: [(name: String, root: NodeID)]
    }

    var tree: SourceTree
    let tokens: [Token]
    /// Functions the template may call; `nil` skips the check (Go's `SkipFuncCheck`).
    let isFunction: ((String) -> Bool)?
    var cursor = 0
    /// The furthest token read so far: Go reports parse errors at its line.
    var furthest = 0
    var variables: [String] = ["$"]
    var rangeDepth = 0
    /// Nesting of parenthesised pipelines, limited as in Go (`max expression depth exceeded`).
    var parenDepth = 0
    static let maxParenDepth = 10_000
    var actionLine = 0
    var templates: [(name: String, root: NodeID)] = []

    /// Parses `text` as the template `name`.
    static func parse(name: String, source: [UInt8], isFunction: ((String) -> Bool)?) throws(TemplateParseError) -> Result {
        let lines = LineTable(source)
        var parser = Parser(
            tree: SourceTree(name: name, source: source, lines: lines),
            tokens: Lexer.tokenize(source, lines: lines),
            isFunction: isFunction)
        do {
            let root = try parser.parseFile()
            try parser.add(name: name, root: root)
        } catch let failure {
            throw TemplateParseError(templateName: name, line: parser.tokens[parser.furthest].line, message: failure.message)
        }
        return Result(tree: parser.tree, templates: parser.templates)
    }

    // MARK: token navigation

    mutating func next() -> Token {
        let token = tokens[min(cursor, tokens.count - 1)]
        if cursor < tokens.count { cursor += 1 }
        furthest = max(furthest, min(cursor - 1, tokens.count - 1))
        return token
    }

    mutating func backup(_ count: Int = 1) { cursor -= count }

    mutating func peek() -> Token {
        let token = next()
        backup()
        return token
    }

    mutating func nextNonSpace() -> Token {
        var token = next()
        while token.kind == .space { token = next() }
        return token
    }

    mutating func peekNonSpace() -> Token {
        let start = cursor
        let token = nextNonSpace()
        cursor = start
        return token
    }

    func text(_ token: Token) -> String { token.text(in: tree.source) }

    // MARK: errors

    func failure(_ message: String) -> ParseFailure { ParseFailure(message: message) }

    /// Go's `unexpected`: a lexer error is reported as is (with where a multi-line action
    /// started), anything else as `unexpected X in CONTEXT`.
    func unexpected(_ token: Token, _ context: String) -> ParseFailure {
        if token.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != token.line {
                extra = " in action started at \(tree.name):\(actionLine)"
                if token.message.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return failure(token.message + extra)
        }
        return failure("unexpected \(token.goDescription(in: tree.source)) in \(context)")
    }

    mutating func expect(_ kind: Token.Kind, _ context: String) throws(ParseFailure) -> Token {
        let token = nextNonSpace()
        if token.kind != kind { throw unexpected(token, context) }
        return token
    }

    // MARK: top level

    /// Go's `parse`: text and actions up to EOF, with `define`s split off.
    mutating func parseFile() throws(ParseFailure) -> NodeID {
        var nodes: [NodeID] = []
        let listPosition = peek().start
        while peek().kind != .eof {
            if peek().kind == .leftDelimiter {
                let mark = cursor
                _ = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                cursor = mark
            }
            let node = try textOrAction()
            switch tree.nodes[node].kind {
            case .end, .elseNode: throw failure("unexpected \(tree.describe(node))")
            default: nodes.append(node)
            }
        }
        return tree.add(.list(nodes), at: listPosition)
    }

    /// Registers a definition made in this file; two non-empty ones of a name clash.
    mutating func add(name: String, root: NodeID) throws(ParseFailure) {
        if let index = templates.firstIndex(where: { $0.name == name }) {
            if tree.isEmptyTree(templates[index].root) {
                templates[index].root = root
            } else if !tree.isEmptyTree(root) {
                throw failure("template: multiple definition of template \(GoFormat.quote(name))")
            }
            return
        }
        templates.append((name, root))
    }

    /// `{{define "name"}} ... {{end}}`, with a fresh variable scope.
    mutating func parseDefinition() throws(ParseFailure) {
        let context = "define clause"
        let nameToken = nextNonSpace()
        guard nameToken.kind == .string || nameToken.kind == .rawString else { throw unexpected(nameToken, context) }
        let name = try unquote(nameToken)
        _ = try expect(.rightDelimiter, context)
        let saved = (variables, rangeDepth)
        variables = ["$"]
        rangeDepth = 0
        let (root, end) = try itemList()
        if case .end = tree.nodes[end].kind {} else {
            throw failure("unexpected \(tree.describe(end)) in \(context)")
        }
        (variables, rangeDepth) = saved
        try add(name: name, root: root)
    }

    func unquote(_ token: Token) throws(ParseFailure) -> String {
        do {
            return try GoUnquote.unquote(text(token))
        } catch {
            throw failure(error.message)
        }
    }

    /// Nodes up to the next `{{end}}` or `{{else}}`, which is returned as `next`.
    mutating func itemList() throws(ParseFailure) -> (list: NodeID, next: NodeID) {
        let position = peekNonSpace().start
        var nodes: [NodeID] = []
        while peekNonSpace().kind != .eof {
            let node = try textOrAction()
            switch tree.nodes[node].kind {
            case .end, .elseNode:
                return (tree.add(.list(nodes), at: position), node)
            default:
                nodes.append(node)
            }
        }
        throw failure("unexpected EOF")
    }

    mutating func textOrAction() throws(ParseFailure) -> NodeID {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            return tree.add(.text(Array(tree.source[token.start..<token.end])), at: token.start)
        case .leftDelimiter:
            actionLine = token.line
            defer { actionLine = 0 }
            return try action()
        case .comment:
            return tree.add(.comment, at: token.start)
        default:
            throw unexpected(token, "input")
        }
    }

    mutating func action() throws(ParseFailure) -> NodeID {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return try blockControl()
        case .breakKeyword: return try loopControl(token, keyword: "break", kind: .breakNode)
        case .continueKeyword: return try loopControl(token, keyword: "continue", kind: .continueNode)
        case .elseKeyword: return try elseControl()
        case .end:
            let end = try expect(.rightDelimiter, "end")
            return tree.add(.end, at: end.start)
        case .ifKeyword: return try control("if")
        case .range: return try control("range")
        case .template: return try templateControl()
        case .with: return try control("with")
        default: break
        }
        backup()
        let position = peek().start
        let pipe = try pipeline("command", end: .rightDelimiter)
        return tree.add(.action(pipe: pipe), at: position)
    }
}

/// A parse error before its location is attached.
struct ParseFailure: Error {
    var message: String
}
