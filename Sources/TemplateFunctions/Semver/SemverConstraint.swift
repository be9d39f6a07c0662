import ChartValues

/// Masterminds/semver v3 constraints: `>=1.2 <2`, `~1.2`, `^0.3`, `1.2.x`, `1 - 2.3`, `||`.
///
/// Parsed with the library's own regular expressions (including its `[0-9|x|X|\*]` class,
/// which also admits `|`), so what is valid or improper matches Helm exactly.
public struct SemverConstraint: Sendable {
    private struct Term: Sendable {
        var operation: String
        var version: SemverVersion
        var minorDirty: Bool
        var patchDirty: Bool
        var dirty: Bool
    }

    private let alternatives: [[Term]]

    /// Why a constraint is refused (`improper constraint: "..."`).
    public struct Improper: Error {
        let segment: String
        var message: String { "improper constraint: \(GoQuote.quote(segment))" }
    }

    private static let operations = ["!=", ">=", "=>", "<=", "=<", "~>", "=", ">", "<", "~", "^", ""]
        .map { $0.replacingOccurrences(of: "^", with: "\\^") }
        .joined(separator: "|")
    private static let versionPattern = #"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?"#
        + #"(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
    private static let space = #"[\t\n\f\r ]"#

    private static func compile(_ pattern: String) -> Regex<AnyRegexOutput>? { try? Regex(pattern) }

    /// `semver.NewConstraint`.
    public init(parsing text: String) throws(Improper) {
        let s = SemverConstraint.space
        let ops = SemverConstraint.operations
        let version = SemverConstraint.versionPattern
        guard let range = SemverConstraint.compile("\(s)*(\(version))\(s)+-\(s)+(\(version))\(s)*"),
              let valid = SemverConstraint.compile(
                "^(\(s)*(\(ops))\(s)*(\(version))\(s)*)((?:\(s)+|,\(s)*)(\(ops))\(s)*(\(version))\(s)*)*$"),
              let find = SemverConstraint.compile("(\(ops))\(s)*(\(version))"),
              let single = SemverConstraint.compile("^\(s)*(\(ops))\(s)*(\(version))\(s)*$")
        else { throw Improper(segment: text) }

        var rewritten = text
        for match in text.matches(of: range) {
            guard let low = match.output[1].substring, let high = match.output[11].substring,
                  let found = rewritten.range(of: String(match.output[0].substring ?? ""))
            else { continue }
            rewritten.replaceSubrange(found, with: ">= \(low), <= \(high) ")
        }
        var alternatives: [[Term]] = []
        for segment in rewritten.components(separatedBy: "||") {
            guard (try? valid.wholeMatch(in: segment)) != nil else { throw Improper(segment: segment) }
            var terms: [Term] = []
            for match in segment.matches(of: find) {
                let piece = String(match.output[0].substring ?? "")
                guard let parts = try? single.wholeMatch(in: piece) else { throw Improper(segment: piece) }
                terms.append(try SemverConstraint.term(parts.output, text: piece))
            }
            alternatives.append(terms)
        }
        self.alternatives = alternatives
    }

    private static func term(_ m: AnyRegexOutput, text: String) throws(Improper) -> Term {
        func group(_ index: Int) -> String { m[index].substring.map(String.init) ?? "" }
        let isWildcard = { (part: String) in part == "x" || part == "X" || part == "*" }
        let major = group(3), minor = group(4), patch = group(5), prerelease = group(6)
        var versionText = group(2)
        var minorDirty = false, patchDirty = false, dirty = false
        if isWildcard(major) || major.isEmpty {
            versionText = "0.0.0" + prerelease
            dirty = true
        } else if isWildcard(String(minor.dropFirst())) || minor.isEmpty {
            versionText = "\(major).0.0" + prerelease
            minorDirty = true
            dirty = true
        } else if isWildcard(String(patch.dropFirst())) || patch.isEmpty {
            versionText = "\(major)\(minor).0" + prerelease
            patchDirty = true
            dirty = true
        }
        guard let version = try? SemverVersion(parsing: versionText) else { throw Improper(segment: text) }
        return Term(operation: group(1), version: version, minorDirty: minorDirty, patchDirty: patchDirty, dirty: dirty)
    }

    /// `Constraints.Check`: some alternative whose every term accepts the version.
    public func isSatisfied(by version: SemverVersion) -> Bool {
        alternatives.contains { terms in terms.allSatisfy { SemverConstraint.check($0, version) } }
    }

    private static func check(_ c: Term, _ v: SemverVersion) -> Bool {
        let con = c.version
        // A prerelease version only satisfies terms that mention a prerelease.
        let preBlocked = !v.prerelease.isEmpty && con.prerelease.isEmpty
        switch c.operation {
        case "", "=":
            if preBlocked { return false }
            return c.dirty ? tilde(c, v) : v.compare(con) == 0
        case "!=":
            if c.dirty {
                if preBlocked { return false }
                if con.major != v.major { return true }
                if con.minor != v.minor && !c.minorDirty { return true }
                if c.minorDirty { return false }
                if con.patch != v.patch && !c.patchDirty { return true }
                if c.patchDirty {
                    if !v.prerelease.isEmpty || !con.prerelease.isEmpty {
                        return SemverVersion(major: 0, minor: 0, patch: 0, prerelease: v.prerelease, metadata: "", original: "")
                            .compare(SemverVersion(major: 0, minor: 0, patch: 0, prerelease: con.prerelease, metadata: "", original: "")) != 0
                    }
                    return false
                }
            }
            return v.compare(con) != 0
        case ">":
            if preBlocked { return false }
            if !c.dirty { return v.compare(con) == 1 }
            if v.major != con.major { return v.major > con.major }
            if c.minorDirty { return false }
            if c.patchDirty { return v.minor > con.minor }
            return v.compare(con) == 1
        case "<":
            return !preBlocked && v.compare(con) < 0
        case ">=", "=>":
            return !preBlocked && v.compare(con) >= 0
        case "<=", "=<":
            if preBlocked { return false }
            if !c.dirty { return v.compare(con) <= 0 }
            if v.major > con.major { return false }
            if v.major == con.major && v.minor > con.minor && !c.minorDirty { return false }
            return true
        case "~", "~>":
            return !preBlocked && tilde(c, v)
        default:
            return !preBlocked && caret(c, v)
        }
    }

    private static func tilde(_ c: Term, _ v: SemverVersion) -> Bool {
        let con = c.version
        if !v.prerelease.isEmpty && con.prerelease.isEmpty { return false }
        if v.compare(con) < 0 { return false }
        if con.major == 0 && con.minor == 0 && con.patch == 0 && !c.minorDirty && !c.patchDirty { return true }
        if v.major != con.major { return false }
        if v.minor != con.minor && !c.minorDirty { return false }
        return true
    }

    private static func caret(_ c: Term, _ v: SemverVersion) -> Bool {
        let con = c.version
        if v.compare(con) < 0 { return false }
        if con.major > 0 || c.minorDirty { return v.major == con.major }
        if v.major > 0 { return false }
        if con.minor > 0 || c.patchDirty { return v.minor == con.minor }
        if v.minor > 0 { return false }
        return v.patch == con.patch
    }
}
