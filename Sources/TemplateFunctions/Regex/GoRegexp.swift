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

    /// Every match ICU finds scanning `text` once (after an empty match it resumes one rune
    /// further, after a non-empty one at its end, exactly where Go's loops search next):
    /// group ranges, `nil` for groups that did not take part. `keep` decides, match by match,
    /// whether a match counts and whether to go on.
    private func scan(_ text: NSString, _ keep: (NSRange, Int) -> (accept: Bool, goOn: Bool)) -> [[NSRange?]] {
        var matches: [[NSRange?]] = []
        var previousEnd = -1
        let range = NSRange(location: 0, length: text.length)
        withoutActuallyEscaping(keep) { keep in
            regex.enumerateMatches(in: text as String, options: [], range: range) { result, _, stop in
                guard let result else { return }
                let whole = result.range
                let decision = keep(whole, previousEnd)
                previousEnd = whole.upperBound
                if decision.accept {
                    matches.append((0..<result.numberOfRanges).map { index in
                        let r = result.range(at: index)
                        return r.location == NSNotFound ? nil : r
                    })
                }
                if !decision.goOn { stop.pointee = true }
            }
        }
        return matches
    }

    /// Go's `allMatches`: up to `limit` matches (all when negative), an empty match right after
    /// the previous match skipped.
    func allMatches(_ s: String, limit: Int = -1) -> [[NSRange?]] {
        guard limit != 0 else { return [] }
        var delivered = 0
        return scan(s as NSString) { whole, previousEnd in
            let accept = !(whole.length == 0 && whole.location == previousEnd)
            if accept { delivered += 1 }
            return (accept, limit < 0 || delivered < limit)
        }
    }

    func matches(_ s: String) -> Bool {
        regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: (s as NSString).length)) != nil
    }

    func findString(_ s: String) -> String {
        let text = s as NSString
        guard let result = regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: text.length)) else {
            return ""
        }
        return text.substring(with: result.range)
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

    /// Go's `ReplaceAllString` (`literal`: `ReplaceAllLiteralString`): no replacement for an
    /// empty match right after a match.
    func replaceAll(_ s: String, with replacement: String, literal: Bool) -> String {
        let text = s as NSString
        var out = ""
        var lastEnd = 0
        for groups in scan(text, { _, _ in (true, true) }) {
            guard let whole = groups[0] else { continue }
            out += text.substring(with: NSRange(location: lastEnd, length: whole.location - lastEnd))
            if whole.upperBound > lastEnd || whole.location == 0 {
                out += literal ? replacement : expand(replacement, groups, text)
            }
            lastEnd = whole.upperBound
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
