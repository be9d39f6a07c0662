import ChartValues

/// A Masterminds/semver v3 `Version`: lenient parsing (`v` prefix, missing minor/patch,
/// leading zeros in numbers), prerelease and metadata checks, SemVer precedence.
public struct SemverVersion: Sendable, Equatable {
    var major: UInt64
    var minor: UInt64
    var patch: UInt64
    var prerelease: String
    var metadata: String
    var original: String

    /// Why a version string is refused, with the library's texts.
    public enum Failure: Error, Equatable {
        case invalid, segmentStartsWithZero, invalidMetadata, segmentOverflow(String)

        var message: String {
            switch self {
            case .invalid: return "invalid semantic version"
            case .segmentStartsWithZero: return "version segment starts with 0"
            case .invalidMetadata: return "invalid metadata string"
            case .segmentOverflow(let detail): return "Error parsing version segment: \(detail)"
            }
        }
    }

    /// `semver.NewVersion`.
    public init(parsing text: String) throws(Failure) {
        guard let parts = SemverVersion.split(text) else { throw .invalid }
        func number(_ digits: Substring) throws(Failure) -> UInt64 {
            guard let value = UInt64(digits) else {
                throw .segmentOverflow("strconv.ParseUint: parsing \"\(digits)\": value out of range")
            }
            return value
        }
        major = try number(parts.major)
        minor = try parts.minor.map(number) ?? 0
        patch = try parts.patch.map(number) ?? 0
        prerelease = String(parts.prerelease ?? "")
        metadata = String(parts.metadata ?? "")
        original = text
        for segment in prerelease.split(separator: ".", omittingEmptySubsequences: false)
        where segment.count > 1 && segment.first == "0" && segment.allSatisfy(\.isSemverDigit) {
            throw .segmentStartsWithZero
        }
    }

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String, metadata: String, original: String) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = original
    }

    /// The pieces of `v?N(.N)?(.N)?(-pre)?(+meta)?`, identifiers `[0-9A-Za-z-]+` joined by dots.
    private static func split(_ text: String) -> (major: Substring, minor: Substring?, patch: Substring?,
                                                    prerelease: Substring?, metadata: Substring?)? {
        var rest = Substring(text)
        if rest.first == "v" { rest = rest.dropFirst() }
        func digits() -> Substring? {
            let run = rest.prefix(while: \.isSemverDigit)
            guard !run.isEmpty else { return nil }
            rest = rest.dropFirst(run.count)
            return run
        }
        guard let major = digits() else { return nil }
        var minor: Substring?
        var patch: Substring?
        if rest.first == "." {
            rest = rest.dropFirst()
            guard let value = digits() else { return nil }
            minor = value
            if rest.first == "." {
                rest = rest.dropFirst()
                guard let value = digits() else { return nil }
                patch = value
            }
        }
        func identifiers(after marker: Character) -> Substring?? {
            guard rest.first == marker else { return .some(nil) }
            rest = rest.dropFirst()
            let run = rest.prefix { $0 != "+" }
            let valid = !run.isEmpty && run.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isSemverDigit || $0.isSemverLetter || $0 == "-" }
            }
            guard valid else { return nil }
            rest = rest.dropFirst(run.count)
            return .some(run)
        }
        guard let prerelease = identifiers(after: "-"), let metadata = identifiers(after: "+"), rest.isEmpty else { return nil }
        return (major, minor, patch, prerelease, metadata)
    }

    /// `Version.String()`: the normalised form.
    var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease }
        if !metadata.isEmpty { text += "+" + metadata }
        return text
    }

    /// `Version.Compare`: SemVer precedence, metadata ignored.
    func compare(_ other: SemverVersion) -> Int {
        for (mine, theirs) in [(major, other.major), (minor, other.minor), (patch, other.patch)] where mine != theirs {
            return mine < theirs ? -1 : 1
        }
        if prerelease == other.prerelease { return 0 }
        if prerelease.isEmpty { return 1 }
        if other.prerelease.isEmpty { return -1 }
        let mine = prerelease.split(separator: ".", omittingEmptySubsequences: false)
        let theirs = other.prerelease.split(separator: ".", omittingEmptySubsequences: false)
        for index in 0..<max(mine.count, theirs.count) {
            let result = SemverVersion.comparePart(index < mine.count ? mine[index] : "", index < theirs.count ? theirs[index] : "")
            if result != 0 { return result }
        }
        return 0
    }

    private static func comparePart(_ mine: Substring, _ theirs: Substring) -> Int {
        if mine == theirs { return 0 }
        if mine.isEmpty { return -1 }
        if theirs.isEmpty { return 1 }
        switch (UInt64(mine), UInt64(theirs)) {
        case (nil, nil): return mine.utf8.lexicographicallyPrecedes(theirs.utf8) ? -1 : 1
        case (nil, _): return 1
        case (_, nil): return -1
        case let (left?, right?): return left < right ? -1 : 1
        }
    }

    /// The `v` the original text started with, kept by the `Inc*` methods.
    private var originalPrefix: String { original.hasPrefix("v") ? "v" : "" }

    /// `IncMajor`, `IncMinor`, `IncPatch`.
    func incremented(_ part: String) -> SemverVersion {
        var next = self
        next.metadata = ""
        next.prerelease = ""
        switch part {
        case "major":
            next.major &+= 1
            next.minor = 0
            next.patch = 0
        case "minor":
            next.minor &+= 1
            next.patch = 0
        default:
            if prerelease.isEmpty { next.patch &+= 1 }
        }
        next.original = originalPrefix + next.description
        return next
    }
}

fileprivate extension Character {
    var isSemverDigit: Bool { isASCII && isNumber }
    var isSemverLetter: Bool { isASCII && isLetter }
}
