/// One node of a parsed YAML document, as go-yaml's composer builds it before decoding.
///
/// A class because aliases point at their anchored node, which may still be under
/// construction (`&x [*x]`); the decoder detects that cycle.
final class YAMLNode {
    /// The node's shape and content.
    enum Kind {
        /// A scalar with its text; `plainImplicit` is libyaml's flag (plain style, no tag).
        case scalar(text: String, plainImplicit: Bool)
        case sequence
        case mapping
        /// An alias; `target` is the anchored node (nil only while unresolved).
        case alias(name: String)
    }

    let kind: Kind
    /// The tag as libyaml resolved it (`tag:yaml.org,2002:int`, `!foo`), or empty.
    let tag: String
    /// 0-based line of the node's start, for positions.
    let line: Int
    /// Children: sequence items, or mapping keys and values alternating.
    var children: [YAMLNode] = []
    /// The anchored node an alias refers to.
    var target: YAMLNode?

    init(_ kind: Kind, tag: String, line: Int) {
        self.kind = kind
        self.tag = tag
        self.line = line
    }
}
