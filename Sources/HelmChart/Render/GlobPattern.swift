/// The glob dialect of `.Files.Glob` (gobwas/glob with `/` as separator): `*` and `?` never
/// match `/`, `**` matches anything, `[a-z]`, `[!a]` classes, `{a,b}` alternatives and `\`
/// escapes. Helm replaces a pattern that fails to compile with `**` (helm-pipeline.md §1.9).
struct GlobPattern: Sendable {
    indirect enum Token: Sendable {
        case literal(Unicode.Scalar)
        case single
        case any
        case superAny
        case characterClass(negated: Bool, ranges: [ClosedRange<UInt32>])
        case alternatives([[Token]])
    }

    private let tokens: [Token]

    /// Compiles `pattern`, falling back to match-everything when it is malformed, as Helm does.
    init(_ pattern: String) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        if let tokens = try? parser.parseSequence(insideBraces: false), parser.index == parser.scalars.count {
            self.tokens = tokens
        } else {
            self.tokens = [.superAny]
        }
    }

    /// Whether the whole of `path` matches.
    func matches(_ path: String) -> Bool {
        Self.match(tokens[...], Array(path.unicodeScalars)[...])
    }

    private static func match(_ tokens: ArraySlice<Token>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let token = tokens.first else { return text.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let scalar):
            return text.first == scalar && match(rest, text.dropFirst())
        case .single:
            guard let first = text.first, first != "/" else { return false }
            return match(rest, text.dropFirst())
        case .any, .superAny:
            var remaining = text
            while true {
                if match(rest, remaining) { return true }
                guard let first = remaining.first else { return false }
                if case .any = token, first == "/" { return false }
                remaining = remaining.dropFirst()
            }
        case .characterClass(let negated, let ranges):
            guard let first = text.first else { return false }
            let inClass = ranges.contains { $0.contains(first.value) }
            return inClass != negated && match(rest, text.dropFirst())
        case .alternatives(let choices):
            return choices.contains { match(ArraySlice($0 + Array(rest)), text) }
        }
    }

    private struct Parser {
        struct Malformed: Error {}

        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func parseSequence(insideBraces: Bool) throws -> [Token] {
            var tokens: [Token] = []
            while index < scalars.count {
                let scalar = scalars[index]
                if insideBraces && (scalar == "," || scalar == "}") { return tokens }
                index += 1
                switch scalar {
                case "*":
                    if index < scalars.count && scalars[index] == "*" {
                        index += 1
                        tokens.append(.superAny)
                    } else {
                        tokens.append(.any)
                    }
                case "?": tokens.append(.single)
                case "[": tokens.append(try parseClass())
                case "{": tokens.append(try parseAlternatives())
                case "\\":
                    guard index < scalars.count else { throw Malformed() }
                    tokens.append(.literal(scalars[index]))
                    index += 1
                case "]", "}": throw Malformed()
                default: tokens.append(.literal(scalar))
                }
            }
            if insideBraces { throw Malformed() }
            return tokens
        }

        mutating func parseAlternatives() throws -> Token {
            var choices: [[Token]] = []
            while true {
                choices.append(try parseSequence(insideBraces: true))
                guard index < scalars.count else { throw Malformed() }
                let separator = scalars[index]
                index += 1
                if separator == "}" { return .alternatives(choices) }
            }
        }

        mutating func parseClass() throws -> Token {
            var negated = false
            if index < scalars.count && scalars[index] == "!" {
                negated = true
                index += 1
            }
            var ranges: [ClosedRange<UInt32>] = []
            while index < scalars.count && scalars[index] != "]" {
                let low = scalars[index].value
                index += 1
                if index + 1 < scalars.count && scalars[index] == "-" && scalars[index + 1] != "]" {
                    let high = scalars[index + 1].value
                    index += 2
                    guard low <= high else { throw Malformed() }
                    ranges.append(low...high)
                } else {
                    ranges.append(low...low)
                }
            }
            guard index < scalars.count, !ranges.isEmpty else { throw Malformed() }
            index += 1
            return .characterClass(negated: negated, ranges: ranges)
        }
    }
}
