import Foundation

/// The three commands of `alga-bootstrap`, as a library: nothing here prints or exits.
public struct Bootstrapper: Sendable {
    /// Advisory lock key (two int4 halves): "alga" and 1, taken on the maintenance database.
    static let lockKey: (Int32, Int32) = (0x616C_6761, 1)

    /// The validated configuration.
    public let configuration: BootstrapConfiguration

    /// Creates a runner.
    public init(configuration: BootstrapConfiguration) {
        self.configuration = configuration
    }

    /// `run`: wait for the server, take the lock, reconcile everything, return what changed.
    public func run() throws(BootstrapError) -> BootstrapSummary {
        let admin = try waitForServer()
        try lock(admin)
        let reconciler = Reconciler(configuration: configuration, mode: .apply, admin: admin)
        try reconciler.reconcile()
        // The session-level lock ends with the connection when `admin` is released.
        return BootstrapSummary(command: "run", actions: reconciler.actions, version: configuration.version)
    }

    /// `check`: the same walk on read-only sessions; every needed change is `pending`.
    public func check() throws(BootstrapError) -> BootstrapSummary {
        let admin = try waitForServer(mode: .check)
        let reconciler = Reconciler(configuration: configuration, mode: .check, admin: admin)
        try reconciler.reconcile()
        return BootstrapSummary(command: "check", actions: reconciler.actions, version: configuration.version)
    }

    /// `wait`: polls the server database (through `ALGA_DB_HOST`, possibly a pooler) until it
    /// records a completed bootstrap at the configured version. Returns the version found.
    public func wait() throws(BootstrapError) -> String {
        guard let database = configuration.serverDatabase?.name else {
            throw .configuration(ConfigurationError(variable: "ALGA_DB_NAME", problem: "required"))
        }
        let credentials = configuration.serverRole.map { ($0.name, Optional($0.password)) }
            ?? (configuration.adminUser, configuration.adminPassword)
        let parameters = ConnectionParameters(
            host: configuration.clientEndpoint.host, port: configuration.clientEndpoint.port,
            user: credentials.0, password: credentials.1, database: database)
        let expected = configuration.version
        var backoff = Backoff(timeoutSeconds: configuration.waitTimeoutSeconds)
        var lastReason = "no attempt"
        repeat {
            do {
                let connection = try PostgresConnection(parameters)
                let row = try connection.execute(
                    "SELECT value FROM alga_bootstrap.state WHERE key = 'completed_version'",
                    context: "reading the bootstrap state"
                ).rows.first
                switch row?[0] {
                case nil:
                    lastReason = "no bootstrap has completed yet"
                case let found? where expected == nil || found == expected:
                    return found
                case let found?:
                    lastReason = "the completed bootstrap is version \"\(found)\", expected \"\(expected ?? "")\""
                }
            } catch {
                lastReason = error.kind == .statementFailed && ["42P01", "3F000"].contains(error.sqlState ?? "")
                    ? "no bootstrap has run yet" : error.description
            }
        } while backoff.pause()
        throw .notReady(
            "bootstrap \(expected.map { "version \"\($0)\" " } ?? "")not completed after "
                + "\(Self.seconds(configuration.waitTimeoutSeconds)) (ALGA_WAIT_TIMEOUT_SECONDS): \(lastReason)")
    }

    /// Connects as the admin, retrying until the timeout; a refused password fails at once.
    private func waitForServer(mode: Reconciler.Mode = .apply) throws(BootstrapError) -> PostgresConnection {
        var backoff = Backoff(timeoutSeconds: configuration.waitTimeoutSeconds)
        var lastError: PostgresError?
        repeat {
            do {
                let connection = try PostgresConnection(configuration.adminConnection())
                try Reconciler.prepare(connection, mode: mode)
                return connection
            } catch {
                if error.kind != .connectionFailed || Self.isPermanent(error) {
                    throw .failed(error)
                }
                lastError = error
            }
        } while backoff.pause()
        throw .notReady(
            "PostgreSQL did not accept connections after \(Self.seconds(configuration.waitTimeoutSeconds)) "
                + "(ALGA_WAIT_TIMEOUT_SECONDS): \(lastError?.description ?? "no attempt")")
    }

    /// Takes the session-level advisory lock, waiting (bounded) for another runner to finish.
    /// A killed runner's session ends, and the lock with it: it is never stale.
    private func lock(_ admin: PostgresConnection) throws(BootstrapError) {
        var backoff = Backoff(timeoutSeconds: configuration.waitTimeoutSeconds)
        repeat {
            do {
                let acquired = try admin.execute(
                    "SELECT pg_catalog.pg_try_advisory_lock($1::int4, $2::int4)",
                    [String(Self.lockKey.0), String(Self.lockKey.1)], context: "taking the bootstrap lock")
                if acquired.boolean == true { return }
            } catch {
                throw .failed(error)
            }
        } while backoff.pause()
        throw .notReady(
            "another alga-bootstrap held the lock for \(Self.seconds(configuration.waitTimeoutSeconds)) "
                + "(ALGA_WAIT_TIMEOUT_SECONDS)")
    }

    /// Authentication and missing-object failures will not heal by waiting for the server.
    private static func isPermanent(_ error: PostgresError) -> Bool {
        ["password authentication failed", "no password supplied", "does not exist", "no pg_hba.conf entry"]
            .contains { error.message.contains($0) }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))s" : "\(value)s"
    }
}
