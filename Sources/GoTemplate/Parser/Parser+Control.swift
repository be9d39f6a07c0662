extension Parser {
    /// `if`, `range` and `with`: `{{KEYWORD pipeline}} list [{{else}} list] {{end}}`, with
    /// `{{else if ...}}` / `{{else with ...}}` read as an else branch holding one nested control.
    mutating func control(_ context: String) throws(ParseFailure) -> NodeID {
        let savedVariables = variables.count
        defer { variables.removeLast(variables.count - savedVariables) }
        let pipe = try pipeline(context, end: .rightDelimiter)
        if context == "range" { rangeDepth += 1 }
        let (list, following) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: NodeID?
        if case .elseNode = tree.nodes[following].kind {
            let chained: Token.Kind? = context == "if" ? .ifKeyword : context == "with" ? .with : nil
            if let chained, peek().kind == chained {
                _ = next()
                let nested = try control(context)
                elseList = tree.add(.list([nested]), at: tree.nodes[following].position)
            } else {
                let (list, end) = try itemList()
                guard case .end = tree.nodes[end].kind else {
                    throw failure("expected end; found \(tree.describe(end))")
                }
                elseList = list
            }
        }
        let parts = Control(pipe: pipe, list: list, elseList: elseList)
        let position = tree.nodes[pipe].position
        switch context {
        case "if": return tree.add(.ifNode(parts), at: position)
        case "range": return tree.add(.range(parts), at: position)
        default: return tree.add(.with(parts), at: position)
        }
    }

    /// `{{else}}`, or the `else` of `{{else if ...}}` (the `if` stays pending).
    mutating func elseControl() throws(ParseFailure) -> NodeID {
        let peeked = peekNonSpace()
        if peeked.kind == .ifKeyword || peeked.kind == .with {
            _ = nextNonSpace()
            backup()
            return tree.add(.elseNode, at: peeked.start)
        }
        let token = try expect(.rightDelimiter, "else")
        return tree.add(.elseNode, at: token.start)
    }

    /// `{{break}}` and `{{continue}}`: only inside a `range` body.
    mutating func loopControl(_ token: Token, keyword: String, kind: NodeKind) throws(ParseFailure) -> NodeID {
        let closing = nextNonSpace()
        if closing.kind != .rightDelimiter { throw unexpected(closing, "{{\(keyword)}}") }
        if rangeDepth == 0 { throw failure("{{\(keyword)}} outside {{range}}") }
        return tree.add(kind, at: token.start)
    }

    /// `{{template "name" [pipeline]}}`.
    mutating func templateControl() throws(ParseFailure) -> NodeID {
        let context = "template clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        var pipe: NodeID?
        if nextNonSpace().kind != .rightDelimiter {
            backup()
            pipe = try pipeline(context, end: .rightDelimiter)
        }
        return tree.add(.template(name: name, pipe: pipe), at: token.start)
    }

    /// `{{block "name" pipeline}} body {{end}}`: defines `name` and invokes it in place.
    mutating func blockControl() throws(ParseFailure) -> NodeID {
        let context = "block clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        let pipe = try pipeline(context, end: .rightDelimiter)
        let saved = (variables, rangeDepth)
        variables = ["$"]
        rangeDepth = 0
        let (root, end) = try itemList()
        guard case .end = tree.nodes[end].kind else {
            throw failure("unexpected \(tree.describe(end)) in \(context)")
        }
        (variables, rangeDepth) = saved
        try add(name: name, root: root)
        return tree.add(.template(name: name, pipe: pipe), at: token.start)
    }

    func templateName(_ token: Token, _ context: String) throws(ParseFailure) -> String {
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        return try unquote(token)
    }
}
