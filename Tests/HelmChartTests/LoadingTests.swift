import Foundation
import TestSupport
import Testing
import TemplateFunctions
@testable import HelmChart

/// Go `filepath.Match` cases (Go's own table, plus separator rules).
@Test(arguments: [
    ("abc", "abc", true), ("*", "abc", true), ("*c", "abc", true), ("a*", "a", true), ("a*", "abc", true),
    ("a*", "ab/c", false), ("a*/b", "abc/b", true), ("a*/b", "a/c/b", false), ("a*b*c*d*e*/f", "axbxcxdxe/f", true),
    ("a*b?c*x", "abxbbxdbxebxczzx", true), ("a*b?c*x", "abxbbxdbxebxczzy", false), ("ab[c]", "abc", true),
    ("ab[b-d]", "abc", true), ("ab[e-g]", "abc", false), ("ab[^c]", "abc", false), ("ab[^e-g]", "abc", true),
    ("a\\*b", "a*b", true), ("a\\*b", "ab", false), ("a?b", "a☺b", true), ("a[^a]b", "a☺b", true),
    ("a???b", "a☺b", false), ("*x", "xxx", true), ("a?b", "a/b", false), ("templates/*.yaml", "templates/a.yaml", true),
])
func goPathMatch(_ pattern: String, _ name: String, _ expected: Bool) throws {
    #expect(try GoPathMatch.match(pattern, name) == expected)
}

@Test(arguments: ["[", "[^", "[^bc", "a[", "ab[", "\\", "a[\\", "[a-", "[-]"])
func goPathMatchRejectsMalformedPatterns(_ pattern: String) {
    #expect(throws: GoPathMatch.BadPattern.self) { try GoPathMatch.match(pattern, "a") }
}

/// `.helmignore` semantics, including the negation quirk (helm-pipeline.md §1.8).
@Test(arguments: [
    ("*.bak", "a/b/c.bak", false, true),
    ("/root.txt", "root.txt", false, true),
    ("/root.txt", "sub/root.txt", false, false),
    ("docs/", "docs", true, true),
    ("docs/", "docs", false, false),
    ("conf/*.tmp", "conf/a.tmp", false, true),
    ("conf/*.tmp", "x/conf/a.tmp", false, false),
    ("!keep.txt", "Chart.yaml", false, true),
    ("!keep.txt", "keep.txt", false, false),
    ("", "templates/.hidden.yaml", false, true),
    ("", "templates/sub/.deep.yaml", false, false),
])
func helmIgnore(_ rules: String, _ path: String, _ isDirectory: Bool, _ ignored: Bool) throws {
    let ignore = try HelmIgnore(text: rules)
    #expect(ignore.ignores(path, isDirectory: isDirectory) == ignored)
}

@Test func helmIgnoreRejectsDoubleStar() {
    #expect(throws: ChartLoadError.helmIgnore("double-star (**) syntax is not supported")) { try HelmIgnore(text: "a/**/b") }
}

/// Helm's SplitManifests table (helm-pipeline.md §4.2).
@Test(arguments: [
    ("a: 1\n---\nb: 2\n", ["a: 1", "b: 2\n"]),
    ("---\nkind: X\n---\n", ["kind: X"]),
    ("a: 1\n---\n---\nb: 2\n", ["a: 1", "---\nb: 2\n"]),
    ("a: 1\n--- # c\nb: 2\n", ["a: 1", "# c\nb: 2\n"]),
    ("a: 1\n---b: 2\n", ["a: 1", "b: 2\n"]),
    ("a: |\n  x\n  ---\n", ["a: |\n  x\n  ---\n"]),
    ("a: 1\r\n---\r\nb: 2\r\n", ["a: 1", "b: 2\r\n"]),
    ("a: 1\n...\n---\nb: 2", ["a: 1\n...", "b: 2"]),
    ("a: x---y", ["a: x---y"]),
    ("  \n\n", []),
])
func manifestSplitting(_ text: String, _ expected: [String]) {
    #expect(ManifestSplitter.documents(text) == expected)
}

@Test func installOrderSortsUnknownKindsLastAlphabetically() {
    let kinds = ["Zebra", "Deployment", "", "Alpha", "Namespace", "Service", "Deployment"]
    let sorted = InstallOrder.sorted(Array(kinds.enumerated()), kind: \.element)
    #expect(sorted.map(\.element) == ["Namespace", "Service", "Deployment", "Deployment", "", "Alpha", "Zebra"])
    #expect(sorted.map(\.offset) == [4, 5, 1, 6, 2, 3, 0])
}

@Test(arguments: [
    (" Pre-Install , PRE-UPGRADE", [HookEvent.preInstall, .preUpgrade] as [HookEvent]?),
    ("test-success", [.test]),
    ("pre-install,crd-install", nil),
    ("", nil),
])
func hookEvents(_ annotation: String, _ expected: [HookEvent]?) {
    #expect(HookEvent.events(of: annotation) == expected)
}

@Test(arguments: [
    (">=1.20.0-0", "1.36.0", true), (">=1.20.0", "1.19.9", false), ("~1.2.0", "1.2.5", true), ("~1.2.0", "1.3.0", false),
    ("^0.3.1", "0.3.9", true), ("^0.3.1", "0.4.0", false), ("1.x.x", "1.2.3", true), ("1.x", "2.0.0", false),
    (">=2.0.0", "1.2.5", false), (">1.0 <2.0 || >=3", "3.1.0", true), ("1.0 - 2.0", "2.0.0", true), ("0.1.0", "0.1.0", true),
    (">=1.0.0", "1.2.0-rc.1", false),
])
func versionConstraints(_ constraint: String, _ version: String, _ allowed: Bool) throws {
    let parsed = try SemverConstraint(parsing: constraint)
    let semver = try SemverVersion(parsing: version)
    #expect(parsed.isSatisfied(by: semver) == allowed)
}

@Test(arguments: [
    ("1.30", "v1.30", "v1.30", "1", "30"), ("v1.33.4-gke.1", "v1.33.4-gke.1", "v1.33.4", "1", "33"),
    ("1.2x", "v1.2x", "v1.2", "1", "2"),
])
func kubeVersionParsing(_ input: String, _ version: String, _ normalized: String, _ major: String, _ minor: String) throws {
    let parsed = try KubeVersion(parsing: input)
    #expect(parsed == KubeVersion(version: version, normalized: normalized, major: major, minor: minor))
}

@Test func kubeVersionErrorsUseHelmText() {
    #expect(throws: KubeVersionError.illegal("1")) { try KubeVersion(parsing: "1") }
    #expect(KubeVersionError.unparsable("abc").description == "invalid kube version 'abc': could not parse \"abc\" as version")
}

@Test func archiveWithSubchartLoads() throws {
    let url = Fixture.repositoryRoot.appendingPathComponent("fixtures/charts/tgzchart/tgzchart-2.0.0.tgz")
    let chart = try Chart.load(archive: [UInt8](Data(contentsOf: url)))
    #expect(chart.name == "tgzchart")
    #expect(chart.values["name"] == .string("bom-stripped"))
    #expect(chart.files.map(\.name).sorted() == [".helmignore", "secret.txt"])
}
