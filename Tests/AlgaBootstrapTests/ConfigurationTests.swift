import Foundation
import Testing

@testable import AlgaBootstrap

/// Configuration from the Job's environment and `--config` files; every problem is one line
/// naming the variable.
struct ConfigurationTests {
    static let valid = [
        "ALGA_DB_HOST": "db", "ALGA_DB_ADMIN_PASSWORD": "admin-pw", "ALGA_DB_SERVER_USER": "app",
        "ALGA_DB_SERVER_PASSWORD": "app-pw", "ALGA_DB_NAME": "server", "ALGA_SECRETS_DIR": "/nonexistent-secrets",
    ]

    static func load(_ changes: [String: String], for purpose: BootstrapConfiguration.Purpose = .reconcile) throws
        -> BootstrapConfiguration
    {
        let environment = valid.merging(changes) { _, new in new }
        return try BootstrapConfiguration.load(from: ConfigurationSource(environment: environment), for: purpose)
    }

    @Test func readsDefaultsAndLists() throws {
        let configuration = try Self.load([
            "ALGA_DB_EXTENSIONS": " vector, pgcrypto ,vector", "ALGA_DB_SCHEMAS": "pgboss",
            "ALGA_DB_HOCUSPOCUS_USER": "hp", "ALGA_DB_HOCUSPOCUS_PASSWORD": "hp-pw", "ALGA_DB_HOCUSPOCUS_NAME": "hocus",
            "ALGA_DB_ADMIN_HOST": "postgres-direct",
        ])
        #expect(configuration.adminEndpoint == .init(host: "postgres-direct", port: 5432))
        #expect(configuration.clientEndpoint == .init(host: "db", port: 5432))
        #expect(configuration.adminUser == "postgres")
        #expect(configuration.extensions == ["vector", "pgcrypto"])
        #expect(configuration.schemas == ["pgboss"])
        #expect(configuration.roles.map(\.name) == ["app", "hp"])
        #expect(configuration.databases == [.init(name: "server", owner: "app"), .init(name: "hocus", owner: "hp")])
        #expect(configuration.waitTimeoutSeconds == 300)
    }

    @Test(arguments: [
        (["ALGA_DB_HOST": ""], "ALGA_DB_HOST: required"),
        (["ALGA_DB_PORT": "54x"], "ALGA_DB_PORT: expected a TCP port (1-65535), got \"54x\""),
        (["ALGA_DB_ADMIN_PORT": "0"], "ALGA_DB_ADMIN_PORT: expected a TCP port (1-65535), got \"0\""),
        (["ALGA_DB_SERVER_USER": ""], "ALGA_DB_SERVER_USER: required"),
        (["ALGA_DB_SERVER_PASSWORD": ""], "ALGA_DB_SERVER_PASSWORD_FILE: required (or ALGA_DB_SERVER_PASSWORD)"),
        (["ALGA_DB_ADMIN_PASSWORD": ""], "ALGA_DB_ADMIN_PASSWORD_FILE: required (or ALGA_DB_ADMIN_PASSWORD)"),
        (["ALGA_DB_NAME": String(repeating: "n", count: 64)],
         "ALGA_DB_NAME: the name is 64 bytes long; PostgreSQL names hold at most 63"),
        (["ALGA_DB_SCHEMAS": "a,,b"], "ALGA_DB_SCHEMAS: empty entry in the comma-separated list"),
        (["ALGA_DB_SERVER_PASSWORD_FILE": "/nonexistent/pw"],
         "ALGA_DB_SERVER_PASSWORD_FILE: set either ALGA_DB_SERVER_PASSWORD_FILE or ALGA_DB_SERVER_PASSWORD, not both"),
        (["ALGA_DB_HOCUSPOCUS_USER": "hp"],
         "ALGA_DB_HOCUSPOCUS_PASSWORD_FILE: required when ALGA_DB_HOCUSPOCUS_USER is set (or ALGA_DB_HOCUSPOCUS_PASSWORD)"),
        (["ALGA_DB_PGBOUNCER_USER": "app", "ALGA_DB_PGBOUNCER_PASSWORD": "x"],
         "ALGA_DB_SERVER_USER: the admin, server, hocuspocus and pgbouncer roles must differ"),
        (["ALGA_MIGRATIONS_DIR": "/", "ALGA_MIGRATE_COMMAND": "knex migrate:latest"],
         "ALGA_MIGRATE_COMMAND: set either ALGA_MIGRATIONS_DIR or ALGA_MIGRATE_COMMAND, not both"),
        (["ALGA_SEEDS_DIR": "/nonexistent/seeds"], "ALGA_SEEDS_DIR: /nonexistent/seeds is not a directory"),
        (["ALGA_WAIT_TIMEOUT_SECONDS": "-1"],
         "ALGA_WAIT_TIMEOUT_SECONDS: expected a positive number of seconds, got \"-1\""),
    ])
    func badValuesNameTheirVariable(_ changes: [String: String], _ message: String) {
        do {
            _ = try Self.load(changes)
            Issue.record("accepted \(changes)")
        } catch {
            #expect("\(error)" == message)
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test func waitNeedsNoAdminPassword() throws {
        let configuration = try Self.load(["ALGA_DB_ADMIN_PASSWORD": "", "ALGA_BOOTSTRAP_VERSION": "1.2.3"], for: .wait)
        #expect(configuration.version == "1.2.3")
        #expect(configuration.serverRole?.password == "app-pw")
    }

    @Test func passwordFilesLoseOneTrailingNewline() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alga-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "line one\n\n".write(to: directory.appendingPathComponent("db_password_server"), atomically: true, encoding: .utf8)
        try "\n".write(to: directory.appendingPathComponent("empty"), atomically: true, encoding: .utf8)
        let configuration = try Self.load(["ALGA_DB_SERVER_PASSWORD": "", "ALGA_SECRETS_DIR": directory.path])
        #expect(configuration.serverRole?.password == "line one\n")
        let empty = directory.appendingPathComponent("empty").path
        #expect(throws: ConfigurationError(variable: "ALGA_DB_SERVER_PASSWORD_FILE", problem: "\(empty) is empty")) {
            _ = try Self.load(["ALGA_DB_SERVER_PASSWORD": "", "ALGA_DB_SERVER_PASSWORD_FILE": empty])
        }
    }

    @Test func configFileValuesYieldToTheEnvironmentAndCarryTheirLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alga-\(UUID().uuidString).env")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            # bootstrap settings
            ALGA_DB_HOST=from-file
            ALGA_DB_NAME = "quoted name"
            ALGA_DB_PORT='6432'
            ALGA_DB_ADMIN_PORT=nope
            """.write(to: file, atomically: true, encoding: .utf8)
        let source = try ConfigurationSource(environment: ["ALGA_DB_ADMIN_PORT": "5433"], configFile: file.path)
        #expect(source["ALGA_DB_HOST"] == "from-file")
        #expect(source["ALGA_DB_NAME"] == "quoted name")
        #expect(source["ALGA_DB_PORT"] == "6432")
        #expect(source["ALGA_DB_ADMIN_PORT"] == "5433")
        let fileOnly = try ConfigurationSource(environment: [:], configFile: file.path)
        #expect(throws: ConfigurationError(
            variable: "ALGA_DB_ADMIN_PORT", problem: "expected a TCP port (1-65535), got \"nope\"",
            location: "\(file.path):5")) {
            _ = try BootstrapConfiguration.load(from: fileOnly, for: .wait)
        }
        try "ALGA_DB_HOST=x\nPATH=/evil\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ConfigurationError(
            variable: "PATH", problem: "not an alga-bootstrap variable (names start with ALGA_)",
            location: "\(file.path):2")) {
            _ = try ConfigurationSource(environment: [:], configFile: file.path)
        }
    }

    @Test(arguments: [
        (["run"], 2, "alga-bootstrap: configuration error: ALGA_DB_HOST: required\n"),
        (["frobnicate"], 2, "alga-bootstrap: unknown argument \"frobnicate\" (see --help)\n"),
        ([], 2, "alga-bootstrap: missing command: run, check or wait (see --help)\n"),
        (["--format", "yaml", "run"], 2, "alga-bootstrap: --format must be text or json, not \"yaml\"\n"),
    ])
    func commandLineErrorsAreOneLine(_ arguments: [String], _ status: Int32, _ stderr: String) throws {
        let directory = FileManager.default.temporaryDirectory
        let output = try RunningProcess(arguments: arguments, environment: [:], directory: directory).finish()
        #expect(output.status == status)
        #expect(output.stderr == stderr)
        #expect(output.stdout.isEmpty)
    }

    @Test func helpListsEveryVariable() throws {
        let output = try RunningProcess(arguments: ["--help"], environment: [:], directory: FileManager.default.temporaryDirectory).finish()
        #expect(output.status == 0)
        for name in [
            "ALGA_DB_HOST", "ALGA_DB_PORT", "ALGA_DB_ADMIN_USER", "ALGA_DB_ADMIN_PASSWORD_FILE",
            "ALGA_DB_SERVER_USER", "ALGA_DB_SERVER_PASSWORD_FILE", "ALGA_DB_HOCUSPOCUS_USER",
            "ALGA_DB_HOCUSPOCUS_PASSWORD_FILE", "ALGA_DB_PGBOUNCER_USER", "ALGA_DB_PGBOUNCER_PASSWORD_FILE",
            "ALGA_DB_NAME", "ALGA_DB_HOCUSPOCUS_NAME", "ALGA_DB_EXTENSIONS", "ALGA_DB_SCHEMAS",
            "ALGA_MIGRATIONS_DIR", "ALGA_MIGRATE_COMMAND", "ALGA_SEEDS_DIR", "ALGA_SEED_COMMAND",
            "ALGA_SEED_PROBE", "ALGA_BOOTSTRAP_VERSION", "ALGA_WAIT_TIMEOUT_SECONDS",
        ] {
            #expect(output.stdout.contains(name), "\(name)")
        }
    }
}
