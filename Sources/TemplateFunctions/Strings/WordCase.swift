import ChartValues

/// huandu/xstrings' case conversions as Sprig uses them: `snakecase`, `kebabcase`
/// (`ToSnakeCase`/`ToKebabCase`) and `camelcase` (upper camel case).
///
/// Text is cut into words of a kind (an upper-case run, a lower-case word, a number, a run of
/// connectors `-`, `_` or white space, punctuation, other); lower-casing joins them with the
/// connector, keeping a number with the word before it unless lower-case letters follow it
/// (`Bld4Floor` → `bld4_floor`, `HTTP2xx` → `http_2xx`).
enum WordCase {
    enum Kind { case invalid, number, upperCase, alphabet, connector, punctuation, other }

    struct Word {
        var kind: Kind
        var runes: [Unicode.Scalar]
    }

    static func isConnector(_ r: Unicode.Scalar) -> Bool {
        r == "-" || r == "_" || GoUnicode.isSpace(r)
    }

    private static func isAlphabet(_ r: Unicode.Scalar) -> Bool {
        GoUnicode.isLetter(r)
    }

    /// Reads the next word from `runes` at `position` (advancing it); `nil` at the end.
    static func nextWord(_ runes: [Unicode.Scalar], _ position: inout Int) -> Word? {
        guard position < runes.count else { return nil }
        let start = position
        let first = runes[position]
        position += 1
        func take(while predicate: (Unicode.Scalar) -> Bool) {
            while position < runes.count && predicate(runes[position]) { position += 1 }
        }
        let kind: Kind
        if first == "\u{FFFD}" {
            kind = .invalid
        } else if isConnector(first) {
            kind = .connector
            take(while: isConnector)
        } else if GoUnicode.isPunct(first) {
            kind = .punctuation
            take(while: GoUnicode.isPunct)
        } else if GoUnicode.isUpper(first) {
            kind = .upperCase
            if position < runes.count {
                if GoUnicode.isUpper(runes[position]) {
                    take(while: GoUnicode.isUpper)
                    // "HTTPStatus": the last capital starts the next word.
                    if position < runes.count && isAlphabet(runes[position]) { position -= 1 }
                } else if isAlphabet(runes[position]) {
                    take { isAlphabet($0) && !GoUnicode.isUpper($0) }
                }
            }
        } else if isAlphabet(first) {
            kind = .alphabet
            take { isAlphabet($0) && !GoUnicode.isUpper($0) }
        } else if GoUnicode.isNumber(first) {
            kind = .number
            take(while: GoUnicode.isNumber)
        } else {
            kind = .other
            take { !(isConnector($0) || isAlphabet($0) || GoUnicode.isNumber($0) || GoUnicode.isPunct($0)) }
        }
        return Word(kind: kind, runes: Array(runes[start..<position]))
    }

    /// `ToSnakeCase` (`connector` `_`) and `ToKebabCase` (`-`).
    static func lowerCaseWords(_ s: String, connector: Unicode.Scalar) -> String {
        let runes = Array(s.unicodeScalars)
        var position = 0
        var out = String.UnicodeScalarView()
        func lower(_ word: Word) {
            guard word.kind == .upperCase || word.kind == .connector else {
                out.append(contentsOf: word.runes)
                return
            }
            for r in word.runes {
                out.append(isConnector(r) ? connector : (GoUnicode.isUpper(r) ? GoUnicode.toLower(r) : r))
            }
        }
        guard var word = nextWord(runes, &position) else { return "" }
        while position < runes.count {
            if word.kind != .connector { lower(word) }
            let previous = word
            guard let next = nextWord(runes, &position) else { break }
            word = next
            switch previous.kind {
            case .number:
                while word.kind == .alphabet || word.kind == .number {
                    lower(word)
                    guard let following = nextWord(runes, &position) else {
                        word = Word(kind: .invalid, runes: [])
                        break
                    }
                    word = following
                }
                if ![.invalid, .punctuation, .connector].contains(word.kind) { out.append(connector) }
            case .connector:
                lower(previous)
            case .punctuation:
                break
            default:
                if word.kind != .number {
                    if word.kind != .connector && word.kind != .punctuation { out.append(connector) }
                    break
                }
                if position >= runes.count { break }
                let number = word
                guard let following = nextWord(runes, &position) else { break }
                word = following
                if word.kind != .alphabet {
                    lower(number)
                    if word.kind != .connector && word.kind != .punctuation { out.append(connector) }
                    break
                }
                out.append(connector)
                lower(number)
                while word.kind == .alphabet || word.kind == .number {
                    lower(word)
                    guard let after = nextWord(runes, &position) else {
                        word = Word(kind: .invalid, runes: [])
                        break
                    }
                    word = after
                }
                if ![.invalid, .connector, .punctuation].contains(word.kind) { out.append(connector) }
            }
        }
        lower(word)
        return String(out)
    }

    /// Upper camel case: connectors dropped (leading ones kept), the rune after a connector
    /// upper-cased, and each word's leading upper-case run lower-cased after its first rune.
    static func pascalCase(_ s: String) -> String {
        var runes = Array(s.unicodeScalars)[...]
        var out = String.UnicodeScalarView()
        var current: Unicode.Scalar = " "
        var firstIsUpper = false
        var found = false
        while let r = runes.popFirst() {
            if !isConnector(r) {
                firstIsUpper = GoUnicode.isUpper(r)
                current = GoUnicode.toUpper(r)
                found = true
                break
            }
            out.append(r)
        }
        // xstrings writes the last connector a second time when there is nothing else.
        guard found else {
            if let last = out.last { out.append(last) }
            return String(out)
        }
        while let r = runes.popFirst() {
            let previous = current
            current = r
            if isConnector(current) && isConnector(previous) {
                out.append(previous)
                continue
            }
            if isConnector(previous) {
                // Each word after a connector starts its own upper-case run.
                firstIsUpper = GoUnicode.isUpper(current)
                current = GoUnicode.toUpper(current)
            } else {
                if firstIsUpper {
                    if GoUnicode.isUpper(current) {
                        current = GoUnicode.toLower(current)
                    } else {
                        firstIsUpper = false
                    }
                }
                out.append(previous)
            }
        }
        out.append(current)
        return String(out)
    }
}
