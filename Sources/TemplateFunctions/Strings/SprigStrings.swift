import ChartValues
import GoTemplate

/// The string algorithms behind Sprig's string functions (Go's `strings` package and
/// Masterminds/goutils), with Go's byte-based indexing and its panic texts.
enum SprigStrings {
    /// `map[string]string`, the type of `split` and `splitn` results.
    static let stringMap = GoType.map(key: .string, value: .string)

    /// Whether a value is a nil interface (Sprig drops such arguments in `quote`, `cat`, ...).
    static func isNil(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    /// Bytes as a Go string (a cut through a UTF-8 sequence keeps its bytes).
    static func text<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        GoStringBytes.string(Array(bytes))
    }

    /// Go's `strings.Title`: upper-cases (title-cases) every rune that follows a separator:
    /// anything but an ASCII letter, digit or `_`, or a non-ASCII letter or digit (only
    /// spaces separate among non-ASCII runes).
    static func title(_ s: String) -> String {
        var previous: Unicode.Scalar = " "
        return GoUnicode.map(s) { r in
            defer { previous = r }
            return isTitleSeparator(previous) ? GoUnicode.toTitle(r) : r
        }
    }

    private static func isTitleSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            let c = UInt8(r.value)
            return !(c.isASCIIDigit || c.isASCIILetter || c == UInt8(ascii: "_"))
        }
        if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
        return GoUnicode.isSpace(r)
    }

    /// goutils `Uncapitalize`: lower-cases the first rune of each white-space separated word.
    static func untitle(_ s: String) -> String {
        var next = true
        return GoUnicode.map(s) { r in
            if GoUnicode.isSpace(r) {
                next = true
                return r
            }
            if next {
                next = false
                return GoUnicode.toLower(r)
            }
            return r
        }
    }

    /// goutils `SwapCase`: upper → lower, lower → upper, but a lower-case rune at the start or
    /// after white space becomes title case.
    static func swapCase(_ s: String) -> String {
        var afterSpace = true
        return GoUnicode.map(s) { r in
            if GoUnicode.isUpper(r) || GoUnicode.isTitle(r) {
                afterSpace = false
                return GoUnicode.toLower(r)
            }
            if GoUnicode.isLower(r) {
                defer { afterSpace = false }
                return afterSpace ? GoUnicode.toTitle(r) : GoUnicode.toUpper(r)
            }
            afterSpace = GoUnicode.isSpace(r)
            return r
        }
    }

    /// Removes leading and trailing runes matching `predicate` (Go's `strings.TrimFunc`).
    static func trim(_ s: String, where predicate: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end && predicate(scalars[start]) { start += 1 }
        while end > start && predicate(scalars[end - 1]) { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// goutils `DeleteWhiteSpace`: byte based, each byte read as the rune of the same value,
    /// so non-ASCII text is re-encoded byte by byte when any white space is removed.
    static func deleteWhiteSpace(_ s: String) -> String {
        let bytes = GoStringBytes.bytes(of: s)
        let kept = bytes.filter { !GoUnicode.isSpace(Unicode.Scalar($0)) }
        if kept.count == bytes.count { return s }
        return latin1(kept)
    }

    /// goutils `Initials`: the first byte of each white-space separated word, read as a rune.
    static func initials(_ s: String) -> String {
        var out: [UInt8] = []
        var lastWasGap = true
        for byte in s.utf8 {
            if GoUnicode.isSpace(Unicode.Scalar(byte)) {
                lastWasGap = true
            } else if lastWasGap {
                out.append(byte)
                lastWasGap = false
            }
        }
        return latin1(out)
    }

    /// Each byte as the rune of the same value (Go's `WriteRune(rune(b))`).
    private static func latin1(_ bytes: [UInt8]) -> String {
        var view = String.UnicodeScalarView()
        for byte in bytes { view.append(Unicode.Scalar(byte)) }
        return String(view)
    }

    /// Sprig `trunc`: the first `n` bytes, or the last `-n` bytes for negative `n`.
    static func trunc(_ n: Int, _ s: String) -> String {
        let bytes = GoStringBytes.bytes(of: s)
        if n < 0 && bytes.count + n > 0 { return text(bytes[(bytes.count + n)...]) }
        if n >= 0 && bytes.count > n { return text(bytes[..<n]) }
        return s
    }

    /// goutils `AbbreviateFull` (callers have checked the widths Sprig checks).
    static func abbreviate(_ s: String, offset requestedOffset: Int, maxWidth: Int) -> String {
        let bytes = GoStringBytes.bytes(of: s)
        if bytes.isEmpty || maxWidth < 4 { return "" }
        if bytes.count <= maxWidth { return s }
        // Go's int arithmetic wraps; so does this (an offset of -2^63 must not trap).
        var offset = min(requestedOffset, bytes.count)
        if bytes.count &- offset < maxWidth &- 3 { offset = bytes.count - (maxWidth - 3) }
        if offset <= 4 { return text(bytes[..<(maxWidth - 3)]) + "..." }
        if maxWidth < 7 { return "" }
        if offset &+ maxWidth &- 3 < bytes.count {
            return "..." + abbreviate(text(bytes[offset...]), offset: 0, maxWidth: maxWidth - 3)
        }
        return "..." + text(bytes[(bytes.count - (maxWidth - 3))...])
    }

    /// Sprig `substr`: `s[start:end]` on bytes with Sprig's clamping, and Go's panic text when
    /// the bounds are still invalid.
    static func substring(_ start: Int, _ end: Int, _ s: String) throws -> String {
        let bytes = GoStringBytes.bytes(of: s)
        if start < 0 {
            guard end >= 0 else { throw GoCallError("runtime error: slice bounds out of range [:\(end)]") }
            guard end <= bytes.count else {
                throw GoCallError("runtime error: slice bounds out of range [:\(end)] with length \(bytes.count)")
            }
            return text(bytes[..<end])
        }
        if end < 0 || end > bytes.count {
            guard start <= bytes.count else {
                throw GoCallError("runtime error: slice bounds out of range [\(start):\(bytes.count)]")
            }
            return text(bytes[start...])
        }
        guard start <= end else { throw GoCallError("runtime error: slice bounds out of range [\(start):\(end)]") }
        return text(bytes[start..<end])
    }

    /// Go's `strings.Repeat`, with its panic texts.
    static func repeated(_ s: String, count: Int) throws -> String {
        guard count >= 0 else { throw GoCallError("strings: negative Repeat count") }
        let (total, overflow) = s.utf8.count.multipliedReportingOverflow(by: count)
        guard !overflow else { throw GoCallError("strings: Repeat output length overflow") }
        // Beyond Go's allocation limit (2^48 on amd64) `make` panics; below it Go would try and
        // could die of exhaustion, so a large result fails here instead.
        guard total < 1 << 48 else { throw GoCallError("runtime error: makeslice: len out of range") }
        guard total <= 1 << 30 else { throw GoCallError("runtime: out of memory") }
        return String(repeating: s, count: count)
    }

    /// Sprig `indent`: `n` spaces before the text and after every newline.
    static func indent(_ n: Int, _ s: String) throws -> String {
        let pad = try repeated(" ", count: n)
        return pad + replaceAll(s, "\n", with: "\n" + pad)
    }

    /// Go's `strings.ReplaceAll`; an empty `old` inserts `new` around every rune.
    static func replaceAll(_ s: String, _ old: String, with new: String) -> String {
        if old.isEmpty {
            var out = new
            for r in s.unicodeScalars {
                out.unicodeScalars.append(r)
                out += new
            }
            return out
        }
        return split(s, separator: old, limit: -1).joined(separator: new)
    }

    /// Go's `strings.SplitN` (`limit` < 0: all parts; 0: none); an empty separator splits
    /// into runes.
    static func split(_ s: String, separator: String, limit: Int) -> [String] {
        if limit == 0 { return [] }
        if separator.isEmpty {
            var parts = s.unicodeScalars.map { String($0) }
            if limit > 0 && parts.count > limit {
                let tail = parts[(limit - 1)...].joined()
                parts = Array(parts[..<(limit - 1)]) + [tail]
            }
            return parts
        }
        let bytes = GoStringBytes.bytes(of: s)
        let sep = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + sep.count <= bytes.count {
            if limit > 0 && parts.count == limit - 1 { break }
            if bytes[i] == sep[0] && Array(bytes[i..<(i + sep.count)]) == sep {
                parts.append(text(bytes[start..<i]))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(text(bytes[start...]))
        return parts
    }

    /// `split`/`splitn` results: `_0`, `_1`, ... keys in a `map[string]string`.
    static func indexedMap(_ parts: [String]) -> Value {
        var entries: [String: Value] = [:]
        for (index, part) in parts.enumerated() { entries["_\(index)"] = .string(part) }
        return .typedMap(stringMap, entries)
    }

    /// goutils `WrapCustom`: breaks at the last space within `width` bytes; words longer than
    /// the width are cut (`breakLongWords`) or kept whole up to the next space.
    static func wrap(_ s: String, width requestedWidth: Int, newline: String, breakLongWords: Bool) -> String {
        if s.isEmpty { return "" }
        let newline = Array((newline.isEmpty ? "\n" : newline).utf8)
        let width = max(requestedWidth, 1)
        let bytes = GoStringBytes.bytes(of: s)
        var out: [UInt8] = []
        var offset = 0
        while bytes.count - offset > width {
            if bytes[offset] == UInt8(ascii: " ") {
                offset += 1
                continue
            }
            let window = bytes[offset..<min(width + offset + 1, bytes.count)]
            if let space = window.lastIndex(of: UInt8(ascii: " ")) {
                out += bytes[offset..<space] + newline
                offset = space + 1
            } else if breakLongWords {
                out += bytes[offset..<(offset + width)] + newline
                offset += width
            } else if let space = bytes[(offset + width)...].firstIndex(of: UInt8(ascii: " ")) {
                out += bytes[offset..<space] + newline
                offset = space + 1
            } else {
                out += bytes[offset...]
                offset = bytes.count
            }
        }
        out += bytes[offset...]
        return text(out)
    }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    fileprivate var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
}
