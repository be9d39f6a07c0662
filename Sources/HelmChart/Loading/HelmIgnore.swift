import ChartValues

/// The rules of a chart's `.helmignore`, with Helm's semantics and quirks.
///
/// Patterns are Go `filepath.Match` globs tested against the slash-separated path relative to
/// the chart root: a pattern without `/` tests the base name only, a trailing `/` restricts a
/// rule to directories, and a leading `/` anchors at the root. A negated rule (`!p`) does not
/// re-include anything: Helm ignores every path that does *not* match it (so `!keep.txt` hides
/// even `Chart.yaml`); see helm-pipeline.md §1.8.
public struct HelmIgnore: Sendable {
    struct Rule: Sendable {
        var pattern: String
        var negated: Bool
        var directoryOnly: Bool
        /// `/`-anchored or containing `/`: tested against the whole path, else the base name.
        var matchesWholePath: Bool
    }

    private(set) var rules: [Rule] = []

    /// The rules of a `.helmignore` text, followed by Helm's default rule `templates/.?*`.
    public init(text: String) throws(ChartLoadError) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(line)
            if line.hasSuffix("\r") { line = line.dropLast() }
            try add(String(line))
        }
        try add("templates/.?*")
    }

    /// Only the default rule `templates/.?*` (a chart without `.helmignore`).
    public init() {
        rules = [Rule(pattern: "templates/.?*", negated: false, directoryOnly: false, matchesWholePath: true)]
    }

    private mutating func add(_ raw: String) throws(ChartLoadError) {
        var rule = goTrimSpace(raw)
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") { throw .helmIgnore("double-star (**) syntax is not supported") }
        do {
            _ = try GoPathMatch.match(rule, "abc")
        } catch {
            throw .helmIgnore(error.description)
        }
        var negated = false
        if rule.hasPrefix("!") {
            negated = true
            rule.removeFirst()
        }
        var directoryOnly = false
        if rule.hasSuffix("/") {
            directoryOnly = true
            rule.removeLast()
        }
        var whole = false
        if rule.hasPrefix("/") {
            rule.removeFirst()
            whole = true
        } else if rule.contains("/") {
            whole = true
        }
        rules.append(Rule(pattern: rule, negated: negated, directoryOnly: directoryOnly, matchesWholePath: whole))
    }

    /// Whether the chart-relative `path` (a directory when `isDirectory`) is ignored.
    public func ignores(_ path: String, isDirectory: Bool) -> Bool {
        if path.isEmpty || path == "." || path == "./" { return false }
        for rule in rules {
            let subject = rule.matchesWholePath ? path : baseName(path)
            let matched = (try? GoPathMatch.match(rule.pattern, subject)) ?? false
            if rule.negated {
                if rule.directoryOnly && !isDirectory { return true }
                if !matched { return true }
                continue
            }
            if rule.directoryOnly && !isDirectory { continue }
            if matched { return true }
        }
        return false
    }

    /// Go's `filepath.Base` for slash paths without a trailing slash.
    private func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// Go's `strings.TrimSpace`: trims Unicode white space at both ends.
func goTrimSpace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !GoUnicode.isSpace($0) }) else { return "" }
    let end = scalars.lastIndex(where: { !GoUnicode.isSpace($0) }) ?? start
    return String(scalars[start...end])
}
