/// A node ready to emit: scalars carry the style their encoder asks for (the emitter may
/// still downgrade it), mappings are already in the encoder's key order.
indirect enum YAMLEmitNode {
    /// Requested scalar styles, as go-yaml's encoders choose them.
    enum Style { case plain, doubleQuoted, literal }

    case scalar(String, Style)
    case sequence([YAMLEmitNode])
    case mapping([(key: YAMLEmitNode, value: YAMLEmitNode)])
}

/// The block emitter of libyaml as go-yaml ports it (`emitterc.go`): indentation, simple and
/// complex keys, indentless sequences, scalar style fallback and the scalar writers with their
/// folding at the preferred width, reproduced decision for decision so bytes match.
struct YAMLEmitter {
    /// go-yaml v2 (`toYaml`): sequences in mappings are not indented; folding at 80 columns.
    /// go-yaml v3 (`toYamlPretty`): sequences indented, no folding.
    struct Configuration {
        var bestWidth: Int
        var indentlessSequences: Bool
        var tabsInBlocks: Bool

        static let v2 = Configuration(bestWidth: 80, indentlessSequences: true, tabsInBlocks: false)
        static let v3 = Configuration(bestWidth: .max, indentlessSequences: false, tabsInBlocks: true)
    }

    private let bestIndent = 2
    private let configuration: Configuration
    private var output = String.UnicodeScalarView()
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var indent = -1
    private var indents: [Int] = []
    private var flowLevel = 0
    private var mappingContext = false
    private var simpleKeyContext = false

    init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Emits one document holding `root`; the text ends with a line break.
    static func emit(_ root: YAMLEmitNode, configuration: Configuration) -> String {
        var emitter = YAMLEmitter(configuration)
        emitter.emitNode(root, mapping: false, simpleKey: false)
        emitter.writeIndent()
        return String(emitter.output)
    }

    private mutating func emitNode(_ node: YAMLEmitNode, mapping: Bool, simpleKey: Bool) {
        mappingContext = mapping
        simpleKeyContext = simpleKey
        switch node {
        case .scalar(let text, let style):
            emitScalar(text, requested: style)
        case .sequence(let items):
            if items.isEmpty || flowLevel > 0 {
                writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            let indentless = configuration.indentlessSequences && mappingContext && !indention
            increaseIndent(flow: false, indentless: indentless)
            for item in items {
                writeIndent()
                writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                emitNode(item, mapping: false, simpleKey: false)
            }
            popIndent()
        case .mapping(let entries):
            if entries.isEmpty || flowLevel > 0 {
                writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            increaseIndent(flow: false, indentless: false)
            for entry in entries {
                writeIndent()
                if Self.isSimpleKey(entry.key) {
                    emitNode(entry.key, mapping: true, simpleKey: true)
                    writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                    emitNode(entry.key, mapping: true, simpleKey: false)
                    writeIndent()
                    writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                emitNode(entry.value, mapping: true, simpleKey: false)
            }
            popIndent()
        }
    }

    /// `yaml_emitter_check_simple_key`: short single-line scalars and empty collections.
    private static func isSimpleKey(_ node: YAMLEmitNode) -> Bool {
        switch node {
        case .scalar(let text, _):
            return text.utf8.count <= 128 && !YAMLScalarAnalysis(text).multiline
        case .sequence(let items): return items.isEmpty
        case .mapping(let entries): return entries.isEmpty
        }
    }

    private mutating func emitScalar(_ text: String, requested: YAMLEmitNode.Style) {
        let analysis = YAMLScalarAnalysis(text, tabsInBlocks: configuration.tabsInBlocks)
        var style = requested
        var singleQuoted = false
        if simpleKeyContext && analysis.multiline { style = .doubleQuoted }
        if style == .plain {
            let plainAllowed = flowLevel > 0 ? analysis.flowPlainAllowed : analysis.blockPlainAllowed
            if !plainAllowed || (text.isEmpty && (flowLevel > 0 || simpleKeyContext)) { singleQuoted = true }
        }
        if singleQuoted && !analysis.singleQuotedAllowed {
            singleQuoted = false
            style = .doubleQuoted
        }
        if style == .literal && (!analysis.blockAllowed || flowLevel > 0 || simpleKeyContext) {
            style = .doubleQuoted
        }
        increaseIndent(flow: true, indentless: false)
        let allowBreaks = !simpleKeyContext
        if singleQuoted {
            writeSingleQuoted(text, allowBreaks: allowBreaks)
        } else {
            switch style {
            case .plain: writePlain(text, allowBreaks: allowBreaks)
            case .doubleQuoted: writeDoubleQuoted(text, allowBreaks: allowBreaks)
            case .literal: writeLiteral(text)
            }
        }
        popIndent()
    }

    // MARK: - Indentation and primitive writes

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    private mutating func popIndent() {
        indent = indents.removeLast()
    }

    private mutating func put(_ c: Unicode.Scalar) {
        output.append(c)
        column += 1
    }

    private mutating func putBreak() {
        output.append("\n")
        column = 0
    }

    /// Writes a break character from the value: LF as a line break, others as themselves.
    private mutating func writeBreak(_ c: Unicode.Scalar) {
        if c == "\n" {
            putBreak()
        } else {
            output.append(c)
            column = 0
        }
    }

    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) { putBreak() }
        while column < target { put(" ") }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(" ") }
        for c in indicator.unicodeScalars { put(c) }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    // MARK: - Scalar writers

    private mutating func writePlain(_ text: String, allowBreaks: Bool) {
        let chars = Array(text.unicodeScalars)
        if !chars.isEmpty && !whitespace { put(" ") }
        var spaces = false, breaks = false
        for (index, c) in chars.enumerated() {
            if c == " " {
                if allowBreaks && !spaces && column > configuration.bestWidth && !(index + 1 < chars.count && chars[index + 1] == " ") {
                    writeIndent()
                } else {
                    put(c)
                }
                spaces = true
            } else if YAMLScalarAnalysis.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                put(c)
                indention = false
                spaces = false; breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ text: String, allowBreaks: Bool) {
        let chars = Array(text.unicodeScalars)
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false, breaks = false
        for (index, c) in chars.enumerated() {
            if c == " " {
                if allowBreaks && !spaces && column > configuration.bestWidth && index != 0 && index != chars.count - 1
                    && !(index + 1 < chars.count && chars[index + 1] == " ") {
                    writeIndent()
                } else {
                    put(c)
                }
                spaces = true
            } else if YAMLScalarAnalysis.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if c == "'" { put("'") }
                put(c)
                indention = false
                spaces = false; breaks = false
            }
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ text: String, allowBreaks: Bool) {
        let chars = Array(text.unicodeScalars)
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        for (index, c) in chars.enumerated() {
            if !YAMLScalarAnalysis.isPrintable(c) || c == "\u{FEFF}" || YAMLScalarAnalysis.isBreak(c) || c == "\"" || c == "\\" {
                put("\\")
                for e in Self.escape(c).unicodeScalars { put(e) }
                spaces = false
            } else if c == " " {
                if allowBreaks && !spaces && column > configuration.bestWidth && index != 0 && index != chars.count - 1 {
                    writeIndent()
                    if index + 1 < chars.count && chars[index + 1] == " " { put("\\") }
                } else {
                    put(c)
                }
                spaces = true
            } else {
                put(c)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private static func escape(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x00: return "0"
        case 0x07: return "a"
        case 0x08: return "b"
        case 0x09: return "t"
        case 0x0A: return "n"
        case 0x0B: return "v"
        case 0x0C: return "f"
        case 0x0D: return "r"
        case 0x1B: return "e"
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x85: return "N"
        case 0xA0: return "_"
        case 0x2028: return "L"
        case 0x2029: return "P"
        default:
            let (prefix, width) = c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
            let hex = String(c.value, radix: 16, uppercase: true)
            return prefix + String(repeating: "0", count: width - hex.count) + hex
        }
    }

    private mutating func writeLiteral(_ text: String) {
        let chars = Array(text.unicodeScalars)
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        if let first = chars.first, first == " " || YAMLScalarAnalysis.isBreak(first) {
            writeIndicator(String(bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: String?
        if let last = chars.last, YAMLScalarAnalysis.isBreak(last) {
            if chars.count == 1 || YAMLScalarAnalysis.isBreak(chars[chars.count - 2]) { chomp = "+" }
        } else {
            chomp = "-"
        }
        if let chomp { writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false) }
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        for c in chars {
            if YAMLScalarAnalysis.isBreak(c) {
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                put(c)
                indention = false
                breaks = false
            }
        }
    }
}
