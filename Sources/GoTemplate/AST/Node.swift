/// One node of a parsed template, stored in its file's node arena (`SourceTree.nodes`) and
/// referred to by index, so that trees of any depth are built, copied and freed without
/// recursion.
struct Node: Sendable {
    var kind: NodeKind
    /// Byte offset of the node in its source, as Go's `Pos` (decides error line and column).
    var position: Int
}

/// An index into `SourceTree.nodes`.
typealias NodeID = Int

/// Go's `parse.Node` types.
enum NodeKind: Sendable {
    case list([NodeID])
    /// Literal text, as the source's bytes (invalid UTF-8 is copied through as Go does).
    case text([UInt8])
    case comment
    /// `{{pipeline}}`.
    case action(pipe: NodeID)
    case pipeline(Pipeline)
    /// Operands of one command; the first one decides what is called.
    case command([NodeID])
    /// `.A.B.C` (identifiers without dots).
    case field([String])
    /// `(pipe).A.B` or `ident.A`: a term followed by fields.
    case chain(node: NodeID, fields: [String])
    /// `$x.A.B`: the first element is the variable name.
    case variable([String])
    case identifier(String)
    case dot
    case nilLiteral
    case bool(Bool)
    case number(NumberLiteral)
    /// A string literal: its source text (quoted) and its value.
    case string(quoted: String, value: String)
    case ifNode(Control)
    case range(Control)
    case with(Control)
    /// `{{template "name" pipeline}}`.
    case template(name: String, pipe: NodeID?)
    case breakNode
    case continueNode
    /// Parser-internal markers for `{{end}}` and `{{else}}`; never part of a finished tree.
    case end
    case elseNode
}

/// The pipeline of an action or control structure: optional variable declarations, then
/// commands joined by `|`.
struct Pipeline: Sendable {
    var declarations: [String] = []
    var isAssign = false
    var commands: [NodeID] = []
}

/// The parts shared by `if`, `range` and `with`.
struct Control: Sendable {
    var pipe: NodeID
    var list: NodeID
    var elseList: NodeID?
}

/// A parsed source file: its bytes, line table and node arena. Every template defined in the
/// file (the file itself and its `define`s and `block`s) has its root in this arena.
struct SourceTree: Sendable {
    /// The name errors report as the location (`ParseName` in Go).
    var name: String
    var source: [UInt8]
    var lines: LineTable
    var nodes: [Node] = []

    /// Adds a node and returns its index.
    mutating func add(_ kind: NodeKind, at position: Int) -> NodeID {
        nodes.append(Node(kind: kind, position: position))
        return nodes.count - 1
    }

    /// Whether the tree rooted at `id` is empty in Go's sense (`parse.IsEmptyTree`): only
    /// white-space text and comments. Such a definition may be replaced by another one.
    func isEmptyTree(_ id: NodeID) -> Bool {
        var pending = [id]
        while let next = pending.popLast() {
            switch nodes[next].kind {
            case .list(let children): pending.append(contentsOf: children)
            case .comment: continue
            case .text(let bytes):
                let text = String(decoding: bytes, as: UTF8.self)
                if !text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return false }
            default: return false
            }
        }
        return true
    }
}
