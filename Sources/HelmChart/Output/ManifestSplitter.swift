import ChartValues

/// Helm's `releaseutil.SplitManifests`: the documents of one rendered file.
///
/// The text (left-trimmed) is split on the regular expression `(?:^|\s*\n)---\s*` (RE2's `\s`
/// is `[\t\n\f\r ]`, `^` only the start of the text); whitespace-only pieces are dropped and the
/// rest are left-trimmed. So `---` must start a line, whitespace before its newline and after
/// it is swallowed, and `---\n---` leaves the second separator inside the next document
/// (helm-pipeline.md §4.2).
public enum ManifestSplitter {
    /// The documents of `text`, in order.
    public static func documents(_ text: String) -> [String] {
        let bytes = Array(goTrimLeft(text).utf8)
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        var position = 0
        while position < bytes.count {
            guard let (matchStart, matchEnd) = match(in: bytes, from: position) else { break }
            pieces.append(bytes[start..<matchStart])
            start = matchEnd
            position = matchEnd
        }
        pieces.append(bytes[start...])
        return pieces.compactMap { piece in
            let document = String(decoding: piece, as: UTF8.self)
            return goTrimSpace(document).isEmpty ? nil : goTrimLeft(document)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    private static func isSeparator(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 3 <= bytes.count && bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x2D
    }

    /// The leftmost match at or after `from`, as Go's leftmost-first search finds it.
    private static func match(in bytes: [UInt8], from: Int) -> (Int, Int)? {
        var index = from
        while index < bytes.count {
            if index == 0 && isSeparator(bytes, at: 0) {
                return (0, skipSpace(bytes, from: 3))
            }
            if isSpace(bytes[index]) {
                // A whitespace run matches `\s*\n---` iff it ends with a newline followed by `---`;
                // the match then starts at the run's first byte.
                var end = index
                while end < bytes.count && isSpace(bytes[end]) { end += 1 }
                if bytes[end - 1] == 0x0A && isSeparator(bytes, at: end) {
                    return (index, skipSpace(bytes, from: end + 3))
                }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    private static func skipSpace(_ bytes: [UInt8], from: Int) -> Int {
        var index = from
        while index < bytes.count && isSpace(bytes[index]) { index += 1 }
        return index
    }
}

/// Go's `strings.TrimLeft(s, unicode spaces)`.
func goTrimLeft(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !GoUnicode.isSpace($0) }) else { return "" }
    return String(scalars[start...])
}
