import Foundation

/// Brings the cluster to the configured state (`apply`), or reports how far it is from it
/// (`check`, on read-only sessions). Both modes walk the same steps so they cannot disagree.
final class Reconciler {
    enum Mode {
        /// Change what differs.
        case apply
        /// Only report, on read-only sessions.
        case check
    }

    let configuration: BootstrapConfiguration
    let mode: Mode
    /// Connected to the maintenance database; holds the advisory lock for the whole run.
    let admin: PostgresConnection
    private(set) var actions: [BootstrapSummary.Action] = []

    init(configuration: BootstrapConfiguration, mode: Mode, admin: PostgresConnection) {
        self.configuration = configuration
        self.mode = mode
        self.admin = admin
    }

    func record(
        _ kind: BootstrapSummary.Action.Kind, _ name: String, _ outcome: BootstrapSummary.Action.Outcome,
        _ detail: String? = nil
    ) {
        actions.append(BootstrapSummary.Action(kind, name, outcome, detail))
    }

    /// `outcome` when applying, `pending` when checking.
    func change(_ outcome: BootstrapSummary.Action.Outcome) -> BootstrapSummary.Action.Outcome {
        mode == .apply ? outcome : .pending
    }

    /// Opens an admin session on `database`, read-only in `check` mode.
    func connect(database: String) throws(BootstrapError) -> PostgresConnection {
        do {
            let connection = try PostgresConnection(configuration.adminConnection(database: database))
            try Self.prepare(connection, mode: mode)
            return connection
        } catch {
            throw .failed(error)
        }
    }

    /// Session settings every admin connection gets: a killed runner's backend notices the
    /// dropped socket within seconds (PostgreSQL 14+), so its locks and transaction go away.
    static func prepare(_ connection: PostgresConnection, mode: Mode) throws(PostgresError) {
        do {
            try connection.execute(
                "SELECT pg_catalog.set_config('client_connection_check_interval', '1000', false)",
                context: "configuring the session")
        } catch where error.sqlState == "42704" {
            // PostgreSQL 13 and older lack the setting; a dead client is then noticed at the
            // end of the statement it was running, which is later but still certain.
        }
        if mode == .check {
            try connection.execute(
                "SELECT pg_catalog.set_config('default_transaction_read_only', 'on', false)",
                context: "configuring the session")
        }
    }

    /// Runs `sql` on `connection`, wrapping failures with `context`.
    @discardableResult
    func query(
        _ connection: PostgresConnection, _ sql: String, _ parameters: [String?] = [], _ context: String
    ) throws(BootstrapError) -> QueryResult {
        do {
            return try connection.execute(sql, parameters, context: context)
        } catch {
            throw .failed(error)
        }
    }

    /// Runs a multi-statement script on `connection`, wrapping failures with `context`.
    func script(_ connection: PostgresConnection, _ sql: String, _ context: String) throws(BootstrapError) {
        do {
            try connection.executeScript(sql, context: context)
        } catch {
            throw .failed(error)
        }
    }

    /// Quotes a configured name; the configuration already validated it.
    func quoted(_ name: String) throws(BootstrapError) -> String {
        do {
            return try SQLText.identifier(name)
        } catch {
            throw .failed("the name \"\(name)\" \(error)")
        }
    }

    /// Steps in order. Everything after the databases runs inside them, as the admin.
    func reconcile() throws(BootstrapError) {
        try ensureRoles()
        let missing = try ensureDatabases()
        guard let serverDatabase = configuration.serverDatabase else { return }
        // In check mode a missing database was reported pending; there is nothing inside to read.
        if mode == .check, missing.contains(serverDatabase.name) { return }
        let server = try connect(database: serverDatabase.name)
        try ensureExtensions(server)
        try ensureSchemas(server, owner: serverDatabase.owner)
        let stateExists = try ensureStateTables(server)
        for database in configuration.databases where mode == .apply || !missing.contains(database.name) {
            let connection = database == serverDatabase ? server : try connect(database: database.name)
            try ensurePgBouncerLookup(connection, database: database.name)
        }
        try MigrationRunner(reconciler: self, connection: server, historyExists: stateExists).run()
        try ensureTableGrants(server)
        try SeedRunner(reconciler: self, connection: server, stateExists: stateExists).run()
        try markCompleted(server, stateExists: stateExists)
    }
}
