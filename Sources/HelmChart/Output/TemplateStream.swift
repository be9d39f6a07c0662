/// How `helm template` prints a release: CRDs (with `--include-crds`) and the sorted
/// manifests as one trimmed block, then each hook, each document as
/// `---\n# Source: PATH\nTEXT\n` (helm-pipeline.md §4.5).
public struct TemplateStream: Sendable {
    /// Raw CRD files to print first (`--include-crds`).
    public var crds: [(path: String, text: String)]
    /// Ordinary manifests, sorted.
    public var manifests: [ManifestDocument]
    /// Hooks, sorted by kind.
    public var hooks: [ManifestDocument]

    /// Creates a stream from its parts.
    public init(crds: [(path: String, text: String)], manifests: [ManifestDocument], hooks: [ManifestDocument]) {
        self.crds = crds
        self.manifests = manifests
        self.hooks = hooks
    }

    /// The release manifest as Helm stores it (CRDs, then manifests), untrimmed.
    public var releaseManifest: String {
        crds.map { "---\n# Source: \($0.path)\n\($0.text)\n" }.joined()
            + manifests.map { "---\n# Source: \($0.path)\n\($0.content)\n" }.joined()
    }

    /// Exactly what `helm template` prints to stdout.
    public func text(noHooks: Bool = false, skipTests: Bool = false) -> String {
        var output = goTrimSpace(releaseManifest) + "\n"
        if !noHooks {
            for hook in hooks {
                if skipTests, hook.events?.contains(.test) == true { continue }
                output += "---\n# Source: \(hook.path)\n\(hook.content)\n"
            }
        }
        return output
    }

    /// `--show-only`: re-splits the printed stream and keeps, pattern by pattern, the documents
    /// whose `# Source: CHART/REST` has a REST matching the pattern (Go `filepath.Match`).
    public static func showOnly(_ stream: String, patterns: [String]) throws(ShowOnlyError) -> String {
        let documents = ManifestSplitter.documents(stream)
        var output = ""
        for pattern in patterns {
            var found = false
            for document in documents {
                guard let rest = sourceRest(document) else { continue }
                guard (try? GoPathMatch.match(pattern, rest)) == true else { continue }
                output += "---\n\(document)\n"
                found = true
            }
            if !found { throw ShowOnlyError(pattern: pattern) }
        }
        return output
    }

    /// The path after the chart name in the document's first `# Source: NAME/REST` line.
    private static func sourceRest(_ document: String) -> String? {
        guard let marker = document.range(of: "# Source: ") else { return nil }
        let after = document[marker.upperBound...]
        guard let slash = after.firstIndex(of: "/"), slash > after.startIndex else { return nil }
        let rest = after[after.index(after: slash)...].prefix { $0 != "\n" }
        return rest.isEmpty ? nil : String(rest)
    }
}

/// A `--show-only` pattern that matched nothing.
public struct ShowOnlyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The pattern as given.
    public var pattern: String
    public var description: String { "could not find template \(pattern) in chart" }
}
