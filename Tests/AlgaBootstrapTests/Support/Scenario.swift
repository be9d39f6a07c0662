import AlgaBootstrap
import Foundation

/// One isolated bootstrap target in the shared cluster: its own role names, databases,
/// maintenance database (so its advisory lock is its own), secrets and SQL directories.
final class Scenario: @unchecked Sendable {
    let cluster: TestCluster
    let directory: URL
    let suffix: String
    var serverUser: String
    var serverPassword: String
    var database: String
    let maintenance: String
    var extra: [String: String] = [:]

    /// Users table, a second migration, an index outside a transaction; one seed row.
    static let defaultMigrations = [
        "0001_users.sql": "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n",
        "0002_tickets.sql": "CREATE TABLE tickets (id bigserial PRIMARY KEY, title text);\nINSERT INTO tickets (title) VALUES ('first');\n",
        "0003_index.sql": "-- alga-bootstrap: no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n",
    ]
    static let defaultSeed = "INSERT INTO users (email) VALUES ('admin@example.com');\n"
    static let probe = "SELECT NOT EXISTS (SELECT 1 FROM users)"

    init(_ cluster: TestCluster, server: String? = nil, password: String? = nil, database: String? = nil) throws {
        self.cluster = cluster
        suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        serverUser = server ?? "alga_server_\(suffix)"
        serverPassword = password ?? "pw-\(suffix)"
        self.database = database ?? "alga_\(suffix)"
        maintenance = "maint_\(suffix)"
        directory = URL(fileURLWithPath: cluster.scratch).appendingPathComponent("scenario-\(suffix)")
        try FileManager.default.createDirectory(at: migrations, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: secrets, withIntermediateDirectories: true)
        for (name, text) in Self.defaultMigrations { try write(migration: name, text) }
        try write(seed: "0001_admin.sql", Self.defaultSeed)
        try cluster.connect().execute("CREATE DATABASE \(try SQLText.identifier(maintenance))", context: "test setup")
    }

    var migrations: URL { directory.appendingPathComponent("migrations") }
    var seeds: URL { directory.appendingPathComponent("seeds") }
    var secrets: URL { directory.appendingPathComponent("secrets") }

    func write(migration name: String, _ text: String) throws {
        try text.write(to: migrations.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func write(seed name: String, _ text: String) throws {
        try text.write(to: seeds.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The Job's environment; passwords go through files, as from a mounted Secret.
    func environment() throws -> [String: String] {
        let adminFile = secrets.appendingPathComponent("admin")
        let serverFile = secrets.appendingPathComponent("server")
        try (cluster.password + "\n").write(to: adminFile, atomically: true, encoding: .utf8)
        try (serverPassword + "\n").write(to: serverFile, atomically: true, encoding: .utf8)
        var environment = [
            "ALGA_DB_HOST": cluster.host, "ALGA_DB_PORT": String(cluster.port),
            "ALGA_DB_ADMIN_USER": cluster.superuser, "ALGA_DB_ADMIN_PASSWORD_FILE": adminFile.path,
            "ALGA_DB_ADMIN_DATABASE": maintenance,
            "ALGA_DB_SERVER_USER": serverUser, "ALGA_DB_SERVER_PASSWORD_FILE": serverFile.path,
            "ALGA_DB_NAME": database, "ALGA_DB_EXTENSIONS": "pgcrypto, citext", "ALGA_DB_SCHEMAS": "pgboss",
            "ALGA_MIGRATIONS_DIR": migrations.path, "ALGA_SEEDS_DIR": seeds.path,
            "ALGA_SEED_PROBE": Self.probe, "ALGA_BOOTSTRAP_VERSION": "1.0.0-\(suffix)",
            "ALGA_WAIT_TIMEOUT_SECONDS": "60", "ALGA_SECRETS_DIR": secrets.appendingPathComponent("none").path,
        ]
        environment.merge(extra) { _, new in new }
        return environment.filter { !$0.value.isEmpty }
    }

    /// Starts `alga-bootstrap ARGS` without waiting.
    func start(_ arguments: [String]) throws -> RunningProcess {
        try RunningProcess(arguments: arguments, environment: try environment(), directory: directory)
    }

    /// Runs `alga-bootstrap ARGS` to completion.
    func run(_ arguments: [String] = ["run", "--format", "json"]) throws -> ProcessOutput {
        try start(arguments).finish()
    }

    /// A superuser connection to the scenario's server database.
    func connectServerDatabase() throws -> PostgresConnection {
        try cluster.connect(database: database)
    }

    /// Rows of `sql` in the server database, first column.
    func column(_ sql: String) throws -> [String?] {
        try connectServerDatabase().execute(sql, context: "test query").rows.map { $0[0] }
    }

    /// Waits (bounded) until a backend in the server database runs a statement containing
    /// `fragment`; used to kill a runner mid-statement.
    func waitForStatement(containing fragment: String) throws {
        let admin = try cluster.connect()
        for _ in 0..<600 {
            let found = try admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%' || $2 || '%' AND pid <> pg_backend_pid()",
                [database, fragment], context: "test poll")
            if found.scalar != "0" { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw ScenarioError.timeout("no statement containing \(fragment) started in \(database)")
    }
}

enum ScenarioError: Error, CustomStringConvertible {
    case timeout(String)
    var description: String {
        switch self {
        case .timeout(let message): message
        }
    }
}

/// A started `alga-bootstrap`, its output captured in files (no pipe can fill up).
final class RunningProcess: @unchecked Sendable {
    let process = Process()
    private let stdoutURL: URL
    private let stderrURL: URL

    init(arguments: [String], environment: [String: String], directory: URL) throws {
        let id = UUID().uuidString
        stdoutURL = directory.appendingPathComponent("\(id).out")
        stderrURL = directory.appendingPathComponent("\(id).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: TestCluster.executable)
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { old, _ in old }
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
    }

    func finish() throws -> ProcessOutput {
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }
}
