extension Parser {
    /// `[decl] command { '|' command }` up to `end` (`}}` or `)`).
    mutating func pipeline(_ context: String, end: Token.Kind) throws(ParseFailure) -> NodeID {
        let position = peekNonSpace().start
        var pipe = Pipeline()
        try declarations(into: &pipe, context)
        while true {
            let token = nextNonSpace()
            switch token.kind {
            case end:
                try check(pipe, context)
                return tree.add(.pipeline(pipe), at: position)
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
                .rawString, .string, .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    /// `$x :=`, `$x =`, and in `range` `$k, $v :=`.
    private mutating func declarations(into pipe: inout Pipeline, _ context: String) throws(ParseFailure) {
        while true {
            let variable = peekNonSpace()
            guard variable.kind == .variable else { return }
            let mark = cursor
            _ = nextNonSpace()
            let adjacent = peek()
            let following = peekNonSpace()
            let name = text(variable)
            if following.kind == .assign || following.kind == .declare {
                pipe.isAssign = following.kind == .assign
                _ = nextNonSpace()
                pipe.declarations.append(name)
                variables.append(name)
                return
            }
            if following.kind == .char && text(following) == "," {
                _ = nextNonSpace()
                pipe.declarations.append(name)
                variables.append(name)
                if context == "range" && pipe.declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelimiter, .rightParen:
                        continue
                    default:
                        throw failure("range can only initialize variables")
                    }
                }
                throw failure("too many declarations in \(context)")
            }
            _ = adjacent
            cursor = mark
            return
        }
    }

    /// Rejects an empty pipeline and literals after the first stage.
    private func check(_ pipe: Pipeline, _ context: String) throws(ParseFailure) {
        if pipe.commands.isEmpty { throw failure("missing value for \(context)") }
        for (index, command) in pipe.commands.enumerated().dropFirst() {
            guard case .command(let arguments) = tree.nodes[command].kind, let first = arguments.first else { continue }
            switch tree.nodes[first].kind {
            case .bool, .dot, .nilLiteral, .number, .string:
                throw failure("non executable command in pipeline stage \(index + 1)")
            default:
                continue
            }
        }
    }

    /// Operands separated by spaces, up to `|`, `}}` or `)`.
    private mutating func command() throws(ParseFailure) -> NodeID {
        let position = peekNonSpace().start
        var arguments: [NodeID] = []
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { arguments.append(operand) }
            let token = next()
            switch token.kind {
            case .space:
                continue
            case .rightDelimiter, .rightParen:
                backup()
            case .pipe:
                break
            default:
                throw unexpected(token, "operand")
            }
            break
        }
        if arguments.isEmpty { throw failure("empty command") }
        return tree.add(.command(arguments), at: position)
    }

    /// A term followed by any number of `.Field`s.
    private mutating func operand() throws(ParseFailure) -> NodeID? {
        guard let term = try term() else { return nil }
        guard peek().kind == .field else { return term }
        let chainPosition = peek().start
        var fields: [String] = []
        while peek().kind == .field { fields.append(String(text(next()).dropFirst())) }
        switch tree.nodes[term].kind {
        case .field(let names):
            return tree.add(.field(names + fields), at: chainPosition)
        case .variable(let names):
            return tree.add(.variable(names + fields), at: chainPosition)
        case .bool, .string, .number, .nilLiteral, .dot:
            throw failure("unexpected . after term \(GoFormat.quote(tree.describe(term)))")
        default:
            return tree.add(.chain(node: term, fields: fields), at: chainPosition)
        }
    }

    private mutating func term() throws(ParseFailure) -> NodeID? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            let name = text(token)
            if let isFunction, !isFunction(name) { throw failure("function \(GoFormat.quote(name)) not defined") }
            return tree.add(.identifier(name), at: token.start)
        case .dot:
            return tree.add(.dot, at: token.start)
        case .nilKeyword:
            return tree.add(.nilLiteral, at: token.start)
        case .variable:
            let name = text(token)
            if !variables.contains(name) { throw failure("undefined variable \(GoFormat.quote(name))") }
            return tree.add(.variable([name]), at: token.start)
        case .field:
            return tree.add(.field([String(text(token).dropFirst())]), at: token.start)
        case .bool:
            return tree.add(.bool(text(token) == "true"), at: token.start)
        case .charConstant, .complex, .number:
            do {
                let number = try NumberLiteral(text: text(token), kind: token.kind)
                return tree.add(.number(number), at: token.start)
            } catch {
                throw failure(error.message)
            }
        case .leftParen:
            if parenDepth >= Parser.maxParenDepth { throw failure("max expression depth exceeded") }
            parenDepth += 1
            defer { parenDepth -= 1 }
            return try pipeline("parenthesized pipeline", end: .rightParen)
        case .string, .rawString:
            let quoted = text(token)
            return tree.add(.string(quoted: quoted, value: try unquote(token)), at: token.start)
        default:
            backup()
            return nil
        }
    }
}
