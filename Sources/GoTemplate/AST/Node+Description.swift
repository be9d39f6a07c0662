extension SourceTree {
    /// Go's `Node.String()`: the node re-printed as template source. Error messages quote it
    /// as the context (`at <.Values.missing.sub>`) and in texts such as
    /// `can't give argument to non-function 1`.
    func describe(_ id: NodeID) -> String {
        var out = ""
        write(id, to: &out)
        return out
    }

    private func write(_ id: NodeID, to out: inout String) {
        switch nodes[id].kind {
        case .list(let children):
            for child in children { write(child, to: &out) }
        case .text(let bytes):
            out += GoFormat.quote(String(decoding: bytes, as: UTF8.self))
        case .comment:
            out += "{{/* */}}"
        case .action(let pipe):
            out += "{{"
            write(pipe, to: &out)
            out += "}}"
        case .pipeline(let pipeline):
            if !pipeline.declarations.isEmpty {
                out += pipeline.declarations.joined(separator: ", ")
                out += pipeline.isAssign ? " = " : " := "
            }
            for (index, command) in pipeline.commands.enumerated() {
                if index > 0 { out += " | " }
                write(command, to: &out)
            }
        case .command(let arguments):
            for (index, argument) in arguments.enumerated() {
                if index > 0 { out += " " }
                if case .pipeline = nodes[argument].kind {
                    out += "("
                    write(argument, to: &out)
                    out += ")"
                } else {
                    write(argument, to: &out)
                }
            }
        case .field(let names):
            for name in names { out += "." + name }
        case .chain(let node, let fields):
            if case .pipeline = nodes[node].kind {
                out += "("
                write(node, to: &out)
                out += ")"
            } else {
                write(node, to: &out)
            }
            for field in fields { out += "." + field }
        case .variable(let names):
            out += names.joined(separator: ".")
        case .identifier(let name):
            out += name
        case .dot:
            out += "."
        case .nilLiteral:
            out += "nil"
        case .bool(let value):
            out += value ? "true" : "false"
        case .number(let number):
            out += number.text
        case .string(let quoted, _):
            out += quoted
        case .ifNode(let control):
            writeControl("if", control, to: &out)
        case .range(let control):
            writeControl("range", control, to: &out)
        case .with(let control):
            writeControl("with", control, to: &out)
        case .template(let name, let pipe):
            out += "{{template " + GoFormat.quote(name)
            if let pipe {
                out += " "
                write(pipe, to: &out)
            }
            out += "}}"
        case .breakNode:
            out += "{{break}}"
        case .continueNode:
            out += "{{continue}}"
        case .end:
            out += "{{end}}"
        case .elseNode:
            out += "{{else}}"
        }
    }

    private func writeControl(_ keyword: String, _ control: Control, to out: inout String) {
        out += "{{" + keyword + " "
        write(control.pipe, to: &out)
        out += "}}"
        write(control.list, to: &out)
        if let elseList = control.elseList {
            out += "{{else}}"
            write(elseList, to: &out)
        }
        out += "{{end}}"
    }
}
