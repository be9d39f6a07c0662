import Foundation
import Testing

/// One recorded fixture directory, `fixtures/<area>/<case>/`, holding the inputs and the
/// `expected/` outputs the oracle recorded. Tests take them as arguments:
/// `@Test(arguments: Fixture.all(in: "template")) func matchesHelm(_ fixture: Fixture)`.
public struct Fixture: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    /// The fixture's directory, relative to the repository root (`fixtures/values/demo-chart`).
    public let path: String

    /// Creates a fixture for a directory relative to the repository root.
    public init(path: String) { self.path = path }

    /// Absolute URL of the fixture's directory.
    public var url: URL { Fixture.repositoryRoot.appendingPathComponent(path) }

    /// The text of a file inside the fixture (`expected/stdout`), or `nil` when it is absent.
    public func text(_ relativePath: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Every case directory directly under `fixtures/<area>/`, sorted by name.
    public static func all(in area: String) -> [Fixture] {
        let base = repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(area)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            let full = base.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            return Fixture(path: "fixtures/\(area)/\(name)")
        }
    }

    /// The repository root: the directory above `Tests/`, found from this source file.
    public static let repositoryRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The fixture's path, as test reports name the argument.
    public var testDescription: String { path }
    /// The fixture's path.
    public var description: String { path }
}

/// One recorded case of a JSON-lines fixture file (`fixtures/values/toyaml.jsonl`): a flat
/// object of string fields (`name`, `input`, `expected` or `error`, ...), one case per line.
public struct FixtureRecord: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    /// The file, relative to the repository root.
    public let file: String
    /// 1-based line of the case in the file.
    public let line: Int
    /// The case's string fields.
    public let fields: [String: String]

    /// The case's `name` field.
    public var name: String { fields["name"] ?? "line \(line)" }

    /// A field's text, or `nil` if the case has none.
    public subscript(_ field: String) -> String? { fields[field] }

    /// Every case of `fixtures/<relativePath>`, in file order; an unreadable line becomes a case
    /// without fields, which its test reports as broken.
    public static func all(in relativePath: String) -> [FixtureRecord] {
        let url = Fixture.repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(relativePath)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var records: [FixtureRecord] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
            var fields: [String: String] = [:]
            for (key, value) in object { if let string = value as? String { fields[key] = string } }
            records.append(FixtureRecord(file: "fixtures/" + relativePath, line: index + 1, fields: fields))
        }
        return records
    }

    /// `FILE:LINE NAME`, as test reports name the argument.
    public var testDescription: String { "\(file):\(line) \(name)" }
    /// Same as `testDescription`.
    public var description: String { testDescription }
}
