import AlgaBootstrap
import Foundation

/// The PostgreSQL cluster `scripts/test-postgres` started for this test run (one per run;
/// every scenario gets its own roles and databases in it).
struct TestCluster: Sendable {
    let host: String
    let port: Int
    let superuser: String
    let password: String
    let pgbouncer: String
    /// The user daemons run as when the tests run as root ("" otherwise).
    let runAs: String
    /// A directory that user can write.
    let scratch: String

    /// Present when the tests run under `scripts/test-postgres` (as `make test` does).
    static let shared: TestCluster? = {
        let environment = ProcessInfo.processInfo.environment
        guard let host = environment["ALGA_TEST_PG_HOST"], let portText = environment["ALGA_TEST_PG_PORT"],
            let port = Int(portText), let password = environment["ALGA_TEST_PG_PASSWORD"]
        else { return nil }
        return TestCluster(
            host: host, port: port, superuser: environment["ALGA_TEST_PG_USER"] ?? "postgres",
            password: password, pgbouncer: environment["ALGA_TEST_PGBOUNCER"] ?? "/usr/sbin/pgbouncer",
            runAs: environment["ALGA_TEST_RUN_AS"] ?? "",
            scratch: environment["ALGA_TEST_TMPDIR"] ?? NSTemporaryDirectory())
    }()

    /// Why the PostgreSQL-backed tests are skipped when there is no cluster.
    static let skipReason = "needs the cluster of scripts/test-postgres (make test starts it)"

    /// Superuser connection parameters.
    func admin(database: String = "postgres") -> ConnectionParameters {
        ConnectionParameters(host: host, port: port, user: superuser, password: password, database: database)
    }

    /// Opens a superuser connection.
    func connect(database: String = "postgres") throws -> PostgresConnection {
        try PostgresConnection(admin(database: database))
    }

    /// The `alga-bootstrap` executable built next to the test bundle.
    static let executable: String = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["ALGA_BOOTSTRAP_BIN"] { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("alga-bootstrap").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/alga-bootstrap").path
    }()
}

/// What a finished `alga-bootstrap` process left.
struct ProcessOutput: Sendable, CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    /// The `--format json` summary.
    func summary() throws -> BootstrapSummaryDocument {
        try JSONDecoder().decode(BootstrapSummaryDocument.self, from: Data(stdout.utf8))
    }
}

/// The JSON summary as the tests read it back.
struct BootstrapSummaryDocument: Decodable, Sendable {
    let command: String
    let status: String
    let actions: [BootstrapSummary.Action]

    func outcomes(_ kind: BootstrapSummary.Action.Kind) -> [String: BootstrapSummary.Action.Outcome] {
        Dictionary(actions.filter { $0.kind == kind }.map { ($0.name, $0.outcome) }, uniquingKeysWith: { a, _ in a })
    }
}
