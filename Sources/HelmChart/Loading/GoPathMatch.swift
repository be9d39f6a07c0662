import ChartValues

/// Go's `path/filepath.Match` with `/` as the separator: the glob dialect of `.helmignore`
/// and `helm template --show-only`.
///
/// `*` and `?` never match `/`, `[...]` classes support ranges, `^` negation and `\` escapes.
/// Malformed patterns are reported only when the matcher reaches them, exactly like Go, so
/// `Match("[", "")` is an error but a pattern that fails early may hide a later syntax error.
public enum GoPathMatch {
    /// Go's `filepath.ErrBadPattern`.
    public struct BadPattern: Error, Equatable, CustomStringConvertible {
        /// Creates the error.
        public init() {}
        /// Go's text: `syntax error in pattern`.
        public var description: String { "syntax error in pattern" }
    }

    /// Whether `name` matches the shell pattern `pattern`.
    public static func match(_ pattern: String, _ name: String) throws(BadPattern) -> Bool {
        var pattern = Array(pattern.utf8)[...]
        var name = Array(name.utf8)[...]
        patternLoop: while !pattern.isEmpty {
            let (star, chunk, rest) = scanChunk(pattern)
            pattern = rest
            if star && chunk.isEmpty {
                return !name.contains(UInt8(ascii: "/"))
            }
            let (remainder, ok) = try matchChunk(chunk, name)
            if ok && (remainder.isEmpty || !pattern.isEmpty) {
                name = remainder
                continue
            }
            if star {
                var index = name.startIndex
                while index < name.endIndex && name[index] != UInt8(ascii: "/") {
                    let (skipped, matched) = try matchChunk(chunk, name[(index + 1)...])
                    if matched {
                        if pattern.isEmpty && !skipped.isEmpty {
                            index += 1
                            continue
                        }
                        name = skipped
                        continue patternLoop
                    }
                    index += 1
                }
            }
            // Go checks that the rest of the pattern is well formed before answering false.
            while !pattern.isEmpty {
                let (_, chunk, rest) = scanChunk(pattern)
                pattern = rest
                _ = try matchChunk(chunk, []) 
            }
            return false
        }
        return name.isEmpty
    }

    private typealias Bytes = ArraySlice<UInt8>

    private static func scanChunk(_ input: Bytes) -> (star: Bool, chunk: Bytes, rest: Bytes) {
        var pattern = input
        var star = false
        while pattern.first == UInt8(ascii: "*") {
            pattern = pattern.dropFirst()
            star = true
        }
        var inRange = false
        var index = pattern.startIndex
        scan: while index < pattern.endIndex {
            switch pattern[index] {
            case UInt8(ascii: "\\"):
                if index + 1 < pattern.endIndex { index += 1 }
            case UInt8(ascii: "["):
                inRange = true
            case UInt8(ascii: "]"):
                inRange = false
            case UInt8(ascii: "*"):
                if !inRange { break scan }
            default:
                break
            }
            index += 1
        }
        return (star, pattern[..<index], pattern[index...])
    }

    private static func matchChunk(_ input: Bytes, _ subject: Bytes) throws(BadPattern) -> (rest: Bytes, ok: Bool) {
        var chunk = input
        var s = subject
        var failed = false
        while let head = chunk.first {
            if !failed && s.isEmpty { failed = true }
            switch head {
            case UInt8(ascii: "["):
                var rune: UInt32 = 0
                if !failed {
                    let (decoded, width) = decodeRune(s)
                    rune = decoded
                    s = s.dropFirst(width)
                }
                chunk = chunk.dropFirst()
                var negated = false
                if chunk.first == UInt8(ascii: "^") {
                    negated = true
                    chunk = chunk.dropFirst()
                }
                var matched = false
                var ranges = 0
                while true {
                    if chunk.first == UInt8(ascii: "]") && ranges > 0 {
                        chunk = chunk.dropFirst()
                        break
                    }
                    let (low, afterLow) = try escapedRune(chunk)
                    chunk = afterLow
                    var high = low
                    if chunk.first == UInt8(ascii: "-") {
                        let (upper, afterHigh) = try escapedRune(chunk.dropFirst())
                        high = upper
                        chunk = afterHigh
                    }
                    if low <= rune && rune <= high { matched = true }
                    ranges += 1
                }
                if matched == negated { failed = true }
            case UInt8(ascii: "?"):
                if !failed {
                    if s.first == UInt8(ascii: "/") { failed = true }
                    s = s.dropFirst(decodeRune(s).width)
                }
                chunk = chunk.dropFirst()
            default:
                if head == UInt8(ascii: "\\") {
                    chunk = chunk.dropFirst()
                    if chunk.isEmpty { throw BadPattern() }
                }
                if !failed {
                    if chunk.first != s.first { failed = true }
                    s = s.dropFirst()
                }
                chunk = chunk.dropFirst()
            }
        }
        return failed ? ([], false) : (s, true)
    }

    /// Go's `getEsc`: one possibly escaped rune of a character class.
    private static func escapedRune(_ input: Bytes) throws(BadPattern) -> (UInt32, Bytes) {
        var chunk = input
        guard let first = chunk.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "]") else {
            throw BadPattern()
        }
        if first == UInt8(ascii: "\\") {
            chunk = chunk.dropFirst()
            if chunk.isEmpty { throw BadPattern() }
        }
        let (rune, width) = decodeRune(chunk)
        if rune == 0xFFFD && width == 1 { throw BadPattern() }
        let rest = chunk.dropFirst(width)
        if rest.isEmpty { throw BadPattern() }
        return (rune, rest)
    }

    /// Go's `utf8.DecodeRune`: invalid input is U+FFFD of width 1.
    static func decodeRune(_ bytes: ArraySlice<UInt8>) -> (rune: UInt32, width: Int) {
        guard !bytes.isEmpty else { return (0xFFFD, 0) }
        let (scalar, width) = UTF8Decoding.decode(bytes, at: bytes.startIndex)
        return (scalar?.value ?? 0xFFFD, width)
    }
}
