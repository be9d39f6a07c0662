import ChartValues
import Foundation
import GoTemplate

/// A compiled Go regular expression: RE2 syntax checked and translated by `RE2Syntax`, run by
/// ICU, with Go's rules for successive matches (an empty match right after a match is
/// skipped), `Split`, and `$1`/`${name}` expansion.
struct GoRegexp {
    let pattern: String
    let syntax: RE2Syntax
    private let regex: NSRegularExpression

    /// `regexp.Compile`; the error text is Go's `error parsing regexp: ...`.
    init(_ pattern: String) throws {
        self.pattern = pattern
        syntax = try RE2Syntax(pattern)
        do {
            regex = try NSRegularExpression(pattern: syntax.icuPattern, options: [.useUnixLineSeparators])
        } catch {
            throw RE2Syntax.Problem(code: "invalid or unsupported Perl syntax", expression: pattern)
        }
    }

    /// `regexp.MustCompile`'s panic text.
    static func mustCompile(_ pattern: String) throws -> GoRegexp {
        do {
            return try GoRegexp(pattern)
        } catch let error as RE2Syntax.Problem {
            let quoted = pattern.contains("`") || pattern.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
                ? GoFormat.quote(pattern) : "`" + pattern + "`"
            throw GoCallError("regexp: Compile(\(quoted)): \(error.description)")
        }
    }

    /// `regexp.Compile` with the error as Go returns it.
    static func compile(_ pattern: String) throws -> GoRegexp {
        do {
            return try GoRegexp(pattern)
        } catch let error as RE2Syntax.Problem {
            throw GoCallError(error.description)
        }
    }

    /// The leftmost match at or after UTF-16 offset `position`: group ranges (`nil` for groups
    /// that did not take part).
    private func match(in text: NSString, from position: Int) -> [NSRange?]? {
        let range = NSRange(location: position, length: text.length - position)
        guard let result = regex.firstMatch(
            in: text as String, options: [.withTransparentBounds, .withoutAnchoringBounds], range: range)
        else { return nil }
        return (0..<result.numberOfRanges).map { index in
            let r = result.range(at: index)
            return r.location == NSNotFound ? nil : r
        }
    }

    /// Width in UTF-16 units of the rune at `position` (0 at the end).
    private func runeWidth(_ text: NSString, _ position: Int) -> Int {
        guard position < text.length else { return 0 }
        let unit = text.character(at: position)
        return (0xD800...0xDBFF).contains(unit) && position + 1 < text.length ? 2 : 1
    }

    /// Go's `allMatches`: up to `limit` matches (all when negative).
    func allMatches(_ s: String, limit: Int = -1) -> [[NSRange?]] {
        let text = s as NSString
        let maximum = limit < 0 ? text.length + 1 : limit
        var matches: [[NSRange?]] = []
        var position = 0
        var previousEnd = -1
        while matches.count < maximum && position <= text.length {
            guard let groups = match(in: text, from: position), let whole = groups[0] else { break }
            var accept = true
            if whole.upperBound == position {
                if whole.location == previousEnd { accept = false }
                let width = runeWidth(text, position)
                position += width > 0 ? width : 1
            } else {
                position = whole.upperBound
            }
            previousEnd = whole.upperBound
            if accept { matches.append(groups) }
        }
        return matches
    }

    func matches(_ s: String) -> Bool {
        match(in: s as NSString, from: 0) != nil
    }

    func findString(_ s: String) -> String {
        guard let groups = match(in: s as NSString, from: 0), let whole = groups[0] else { return "" }
        return (s as NSString).substring(with: whole)
    }

    func findAllStrings(_ s: String, limit: Int) -> [String] {
        let text = s as NSString
        return allMatches(s, limit: limit).compactMap { $0[0].map(text.substring) }
    }

    /// Go's `Split`.
    func split(_ s: String, limit: Int) -> [String] {
        if limit == 0 { return [] }
        if !pattern.isEmpty && s.isEmpty { return [""] }
        let text = s as NSString
        var parts: [String] = []
        var begin = 0
        var end = 0
        for groups in allMatches(s, limit: limit) {
            guard let whole = groups[0] else { continue }
            if limit > 0 && parts.count == limit - 1 { break }
            end = whole.location
            if whole.upperBound != 0 { parts.append(text.substring(with: NSRange(location: begin, length: end - begin))) }
            begin = whole.upperBound
        }
        if end != text.length { parts.append(text.substring(from: begin)) }
        return parts
    }

    /// Go's `ReplaceAllString` (`literal`: `ReplaceAllLiteralString`).
    func replaceAll(_ s: String, with replacement: String, literal: Bool) -> String {
        let text = s as NSString
        var out = ""
        var lastEnd = 0
        var searchPosition = 0
        while searchPosition <= text.length {
            guard let groups = match(in: text, from: searchPosition), let whole = groups[0] else { break }
            out += text.substring(with: NSRange(location: lastEnd, length: whole.location - lastEnd))
            if whole.upperBound > lastEnd || whole.location == 0 {
                out += literal ? replacement : expand(replacement, groups, text)
            }
            lastEnd = whole.upperBound
            let width = runeWidth(text, searchPosition)
            if searchPosition + width > whole.upperBound {
                searchPosition += width
            } else if searchPosition + 1 > whole.upperBound {
                searchPosition += 1
            } else {
                searchPosition = whole.upperBound
            }
        }
        out += text.substring(from: lastEnd)
        return out
    }

    /// Go's `Expand`: `$n`, `${n}`, `$name`, `${name}` (the longest run of letters, digits and
    /// `_`), `$$` for `$`; an unknown group expands to nothing, a malformed `$` stays.
    private func expand(_ template: String, _ groups: [NSRange?], _ text: NSString) -> String {
        var out = ""
        var rest = Substring(template)
        while let dollar = rest.firstIndex(of: "$") {
            out += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "$" {
                out += "$"
                rest = rest.dropFirst()
                continue
            }
            guard let (name, number, after) = GoRegexp.extractReference(rest) else {
                out += "$"
                continue
            }
            rest = after
            var index: Int?
            if let number {
                index = number
            } else {
                index = syntax.groupNames.firstIndex(of: name)
            }
            if let index, index < groups.count, let range = groups[index] { out += text.substring(with: range) }
        }
        return out + rest
    }

    /// Go's `extract`: the group reference after a `$`.
    private static func extractReference(_ s: Substring) -> (String, Int?, Substring)? {
        var rest = s
        let braced = rest.first == "{"
        if braced { rest = rest.dropFirst() }
        var nameEnd = rest.startIndex
        for scalar in rest.unicodeScalars {
            guard GoUnicode.isLetter(scalar) || GoUnicode.isDigit(scalar) || scalar == "_" else { break }
            nameEnd = rest.unicodeScalars.index(after: nameEnd)
        }
        let name = String(rest[..<nameEnd])
        guard !name.isEmpty else { return nil }
        rest = rest[nameEnd...]
        if braced {
            guard rest.first == "}" else { return nil }
            rest = rest.dropFirst()
        }
        var number: Int? = 0
        for c in name.utf8 {
            guard let value = number, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), value < 100_000_000 else {
                number = nil
                break
            }
            number = value * 10 + Int(c - UInt8(ascii: "0"))
        }
        if name.hasPrefix("0") && name.count > 1 { number = nil }
        return (name, number, rest)
    }
}
