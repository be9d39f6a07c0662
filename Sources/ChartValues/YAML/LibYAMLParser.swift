internal import CYAML

/// Reads YAML text into `YAMLNode` documents with libyaml's event parser.
///
/// libyaml is the C original of go-yaml's scanner and parser, so its error texts and marks are
/// the ones Helm prints; go-yaml's `parser.fail` line rule is reproduced in `syntaxError`.
/// go-yaml (unlike libyaml 0.2.5) refuses more than 10,000 nested collections; that limit is
/// applied here too, so deep input errors instead of exhausting the stack.
final class LibYAMLParser {
    /// go-yaml's `max_flow_level` / `max_indents`.
    static let maxDepth = 10_000

    private var parser = yaml_parser_t()
    private let bytes: [UInt8]
    private let source: String
    private var anchors: [String: YAMLNode] = [:]

    init(_ text: String, source: String) {
        self.bytes = GoStringBytes.bytes(of: text)
        self.source = source
        yaml_parser_initialize(&parser)
    }

    deinit { yaml_parser_delete(&parser) }

    /// Parses like `documents(limit:)`, accepting go-yaml's `\'` escape in double-quoted
    /// scalars, which libyaml 0.2 rejects: each such escape libyaml stops at is rewritten to
    /// the equivalent `\x27` and the text parsed again.
    static func parse(_ text: String, source: String, limit: Int = .max) throws(YAMLError) -> [YAMLNode?] {
        var current = text
        while true {
            do {
                return try LibYAMLParser(current, source: source).documents(limit: limit)
            } catch {
                guard case .syntax("found unknown escape character") = error.kind, let mark = error.mark,
                      let rewritten = rewritingQuoteEscape(in: current, line: mark.line, column: mark.column) else { throw error }
                current = rewritten
            }
        }
    }

    /// The text with the `\'` at the 1-based line and column replaced by `\x27`, or `nil`.
    private static func rewritingQuoteEscape(in text: String, line: Int, column: Int) -> String? {
        var scalars = Array(text.unicodeScalars)
        var index = 0
        var currentLine = 1
        while index < scalars.count && currentLine < line {
            if scalars[index] == "\n" { currentLine += 1 }
            index += 1
        }
        if scalars.first == "\u{FEFF}" && line == 1 { index += 1 }
        index += column - 1
        guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "'" else { return nil }
        scalars.replaceSubrange(index...(index + 1), with: Array("\\x27".unicodeScalars))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Parses the documents of the stream, at most `limit`; an empty stream gives none.
    /// go-yaml's `Unmarshal` reads only the first document, so text after it is never checked.
    func documents(limit: Int = .max) throws(YAMLError) -> [YAMLNode?] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> [YAMLNode?] in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return try parseStream(limit: limit)
        }
    }

    private func parseStream(limit: Int) throws(YAMLError) -> [YAMLNode?] {
        var documents: [YAMLNode?] = []
        var stack: [YAMLNode] = []
        var root: YAMLNode?
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError() }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return documents
            case YAML_DOCUMENT_START_EVENT:
                // go-yaml accepts only `%YAML 1.1`; libyaml 0.2.5 also takes 1.2.
                if let version = event.data.document_start.version_directive,
                   version.pointee.major != 1 || version.pointee.minor != 1 {
                    throw YAMLError(.syntax("found incompatible YAML document"), source: source,
                                    line: line == 0 ? nil : line, mark: (line: line + 1, column: Int(event.start_mark.column) + 1))
                }
                root = nil
                anchors = [:]
            case YAML_DOCUMENT_END_EVENT:
                documents.append(root)
                if documents.count >= limit { return documents }
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor)
                let node = YAMLNode(.alias(name: name), tag: "", line: line)
                guard let target = anchors[name] else { throw YAMLError(.unknownAnchor(name), source: source) }
                node.target = target
                attach(node, to: stack, root: &root)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, length: scalar.length)
                let node = YAMLNode(.scalar(text: text, plainImplicit: scalar.plain_implicit != 0),
                                    tag: Self.string(scalar.tag), line: line)
                register(node, anchor: scalar.anchor)
                attach(node, to: stack, root: &root)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                let tag = isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag
                let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                let node = YAMLNode(isSequence ? .sequence : .mapping, tag: Self.string(tag), line: line)
                register(node, anchor: anchor)
                attach(node, to: stack, root: &root)
                stack.append(node)
                if stack.count > Self.maxDepth {
                    throw YAMLError(.maxDepthExceeded, source: source, line: line == 0 ? nil : line + 1,
                                    mark: (line: line + 1, column: Int(event.start_mark.column) + 1))
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                stack.removeLast()
            default:
                break
            }
        }
    }

    private func register(_ node: YAMLNode, anchor: UnsafeMutablePointer<yaml_char_t>?) {
        if anchor != nil { anchors[Self.string(anchor)] = node }
    }

    private func attach(_ node: YAMLNode, to stack: [YAMLNode], root: inout YAMLNode?) {
        if let parent = stack.last {
            parent.children.append(node)
        } else {
            root = node
        }
    }

    /// go-yaml's `parser.fail`: the problem line (plus one for scanner errors, whose marks are
    /// not yet advanced), else the context line; line 0 prints no position at all.
    private func syntaxError() -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem parsing YAML content"
        var line = 0
        if parser.problem_mark.line != 0 {
            line = Int(parser.problem_mark.line)
            if parser.error == YAML_SCANNER_ERROR { line += 1 }
        } else if parser.context_mark.line != 0 {
            line = Int(parser.context_mark.line)
        }
        let mark = (line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        return YAMLError(.syntax(problem), source: source, line: line == 0 ? nil : line, mark: mark)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}
