/// A version as Masterminds/semver (Helm's library) parses it leniently: an optional `v`, one
/// to three numeric parts (missing ones are 0), then optional `-prerelease` and `+build`.
public struct SemanticVersion: Sendable, Equatable, Comparable {
    /// Major version.
    public var major: UInt64
    /// Minor version.
    public var minor: UInt64
    /// Patch version.
    public var patch: UInt64
    /// Dot-separated prerelease identifiers; empty for a release.
    public var prerelease: [String]

    /// Parses `text`; `nil` when it is not a version.
    public init?(_ text: String) {
        var rest = Substring(text)
        if rest.first == "v" { rest = rest.dropFirst() }
        var build: Substring = ""
        if let plus = rest.firstIndex(of: "+") {
            build = rest[rest.index(after: plus)...]
            rest = rest[..<plus]
            guard Self.validIdentifiers(build) else { return nil }
        }
        var pre: Substring = ""
        if let dash = rest.firstIndex(of: "-") {
            pre = rest[rest.index(after: dash)...]
            rest = rest[..<dash]
            guard Self.validIdentifiers(pre) else { return nil }
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let number = UInt64(part) else { return nil }
            numbers.append(number)
        }
        while numbers.count < 3 { numbers.append(0) }
        major = numbers[0]
        minor = numbers[1]
        patch = numbers[2]
        prerelease = pre.isEmpty ? [] : pre.split(separator: ".").map(String.init)
    }

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
    }

    private static func validIdentifiers(_ text: Substring) -> Bool {
        !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        if lhs.major != rhs.major { return lhs.major < rhs.major }
        if lhs.minor != rhs.minor { return lhs.minor < rhs.minor }
        if lhs.patch != rhs.patch { return lhs.patch < rhs.patch }
        switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
        case (true, true), (true, false): return false
        case (false, true): return true
        case (false, false): break
        }
        for (left, right) in zip(lhs.prerelease, rhs.prerelease) where left != right {
            switch (UInt64(left), UInt64(right)) {
            case let (l?, r?): return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return left < right
            }
        }
        return lhs.prerelease.count < rhs.prerelease.count
    }
}

/// A Masterminds/semver constraint (`>=1.2.0 <2`, `~1.2`, `^0.3`, `1.x`, `1.0 - 2.0`, `a || b`),
/// as Helm checks `kubeVersion` and dependency `version` ranges with it.
public struct VersionConstraint: Sendable {
    private var alternatives: [[Comparator]]

    private struct Comparator: Sendable {
        var operation: String
        /// Numeric parts, `nil` for a wildcard or a missing part.
        var parts: [UInt64?]
        var prerelease: [String]

        var floor: SemanticVersion {
            SemanticVersion(major: parts[0] ?? 0, minor: parts[1] ?? 0, patch: parts[2] ?? 0, prerelease: prerelease)
        }

        /// The version just above the wildcard range starting at the first `nil` part.
        func ceiling(bumping index: Int) -> SemanticVersion {
            var numbers = parts.map { $0 ?? 0 }
            numbers[index] += 1
            for later in (index + 1)..<3 { numbers[later] = 0 }
            return SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: ["0"])
        }

        func allows(_ version: SemanticVersion) -> Bool {
            if !version.prerelease.isEmpty && prerelease.isEmpty { return false }
            let wildcard = parts.firstIndex { $0 == nil }
            let low = floor
            switch operation {
            case "", "=":
                guard let wildcard else { return version == low }
                if wildcard == 0 { return true }
                return low <= version && version < ceiling(bumping: wildcard - 1)
            case "!=":
                return version != low
            case ">":
                guard let wildcard else { return version > low }
                if wildcard == 0 { return false }
                return version >= ceiling(bumping: wildcard - 1).release
            case ">=", "=>":
                return version >= low
            case "<":
                return version < low
            case "<=", "=<":
                guard let wildcard else { return version <= low }
                if wildcard == 0 { return true }
                return version < ceiling(bumping: wildcard - 1)
            case "~", "~>":
                let upper = parts[1] == nil ? ceiling(bumping: 0) : ceiling(bumping: 1)
                return low <= version && version < upper
            case "^":
                guard let major = parts[0] else { return true }
                let upper: SemanticVersion
                if major > 0 || parts[1] == nil {
                    upper = ceiling(bumping: 0)
                } else if (parts[1] ?? 0) > 0 || parts[2] == nil {
                    upper = ceiling(bumping: 1)
                } else {
                    upper = ceiling(bumping: 2)
                }
                return low <= version && version < upper
            default:
                return false
            }
        }
    }

    /// Parses a constraint; `nil` when it is malformed (Helm then treats it as unsatisfied).
    public init?(_ text: String) {
        var alternatives: [[Comparator]] = []
        for alternative in text.components(separatedBy: "||") {
            let tokens = Self.tokens(alternative)
            guard !tokens.isEmpty else { return nil }
            var comparators: [Comparator] = []
            var index = 0
            while index < tokens.count {
                if index + 2 < tokens.count, tokens[index + 1] == "-" {
                    guard let low = Self.comparator(">=" + tokens[index]), let high = Self.comparator("<=" + tokens[index + 2]) else { return nil }
                    comparators += [low, high]
                    index += 3
                    continue
                }
                guard let comparator = Self.comparator(tokens[index]) else { return nil }
                comparators.append(comparator)
                index += 1
            }
            alternatives.append(comparators)
        }
        self.alternatives = alternatives
    }

    /// Whether `version` satisfies the constraint.
    public func allows(_ version: SemanticVersion) -> Bool {
        alternatives.contains { $0.allSatisfy { $0.allows(version) } }
    }

    /// Splits on spaces and commas, gluing an operator written apart from its version.
    private static func tokens(_ text: String) -> [String] {
        var raw = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        var merged: [String] = []
        while !raw.isEmpty {
            let token = raw.removeFirst()
            if token != "-", token.allSatisfy({ "<>=!~^".contains($0) }), let next = raw.first {
                merged.append(token + next)
                raw.removeFirst()
            } else {
                merged.append(token)
            }
        }
        return merged
    }

    private static func comparator(_ token: String) -> Comparator? {
        let operation = String(token.prefix { "<>=!~^".contains($0) })
        guard ["", "=", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^"].contains(operation) else { return nil }
        var body = Substring(token.dropFirst(operation.count))
        if body.first == "v" { body = body.dropFirst() }
        if let plus = body.firstIndex(of: "+") { body = body[..<plus] }
        var prerelease: [String] = []
        if let dash = body.firstIndex(of: "-") {
            prerelease = body[body.index(after: dash)...].split(separator: ".").map(String.init)
            body = body[..<dash]
        }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(pieces.count) else { return nil }
        var parts: [UInt64?] = []
        for piece in pieces {
            if piece == "x" || piece == "X" || piece == "*" {
                parts.append(nil)
            } else if let number = UInt64(piece) {
                parts.append(number)
            } else {
                return nil
            }
        }
        while parts.count < 3 { parts.append(nil) }
        return Comparator(operation: operation, parts: parts, prerelease: prerelease)
    }
}

extension SemanticVersion {
    var release: SemanticVersion { SemanticVersion(major: major, minor: minor, patch: patch) }
}
