import Foundation

/// Objects inside a database: extensions, schemas, the runner's own state tables, PgBouncer's
/// lookup function and the server role's table grants.
extension Reconciler {
    /// The schema holding the runner's bookkeeping, in every managed database.
    static let stateSchema = "alga_bootstrap"

    func ensureExtensions(_ connection: PostgresConnection) throws(BootstrapError) {
        for extensionName in configuration.extensions {
            let exists = try query(
                connection, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = $1)",
                [extensionName], "reading extension \"\(extensionName)\"")
            if exists.boolean == true {
                record(.extension, extensionName, .unchanged)
                continue
            }
            if mode == .apply {
                try query(connection, "CREATE EXTENSION IF NOT EXISTS \(try quoted(extensionName))", [],
                          "creating extension \"\(extensionName)\"")
            }
            record(.extension, extensionName, change(.created))
        }
    }

    func ensureSchemas(_ connection: PostgresConnection, owner: String) throws(BootstrapError) {
        for schema in configuration.schemas {
            let existing = try query(
                connection,
                "SELECT pg_catalog.pg_get_userbyid(nspowner) FROM pg_catalog.pg_namespace WHERE nspname = $1",
                [schema], "reading schema \"\(schema)\"")
            guard let row = existing.rows.first else {
                if mode == .apply {
                    try query(connection, "CREATE SCHEMA \(try quoted(schema)) AUTHORIZATION \(try quoted(owner))",
                              [], "creating schema \"\(schema)\"")
                }
                record(.schema, schema, change(.created), "owner \(owner)")
                continue
            }
            if row[0] == owner {
                record(.schema, schema, .unchanged)
            } else {
                if mode == .apply {
                    try query(connection, "ALTER SCHEMA \(try quoted(schema)) OWNER TO \(try quoted(owner))", [],
                              "changing the owner of schema \"\(schema)\"")
                }
                record(.schema, schema, change(.updated), "owner \(row[0] ?? "?") → \(owner)")
            }
        }
    }

    /// Creates `alga_bootstrap.migrations` and `alga_bootstrap.state`, readable by the server
    /// role (for `wait`). Returns whether they existed before (check mode reads them only then).
    func ensureStateTables(_ connection: PostgresConnection) throws(BootstrapError) -> Bool {
        let exists = try query(
            connection,
            "SELECT to_regclass('alga_bootstrap.migrations') IS NOT NULL AND to_regclass('alga_bootstrap.state') IS NOT NULL",
            [], "reading the bootstrap state tables")
        let existed = exists.boolean == true
        if !existed {
            if mode == .apply {
                try transaction(connection, "creating the bootstrap state tables") { () throws(BootstrapError) in
                    try script(connection, """
                        CREATE SCHEMA IF NOT EXISTS alga_bootstrap;
                        CREATE TABLE IF NOT EXISTS alga_bootstrap.migrations (
                            name text PRIMARY KEY,
                            checksum text NOT NULL,
                            transactional boolean NOT NULL,
                            state text NOT NULL CHECK (state IN ('started', 'applied')),
                            applied_at timestamptz NOT NULL DEFAULT now());
                        CREATE TABLE IF NOT EXISTS alga_bootstrap.state (
                            key text PRIMARY KEY,
                            value text NOT NULL,
                            updated_at timestamptz NOT NULL DEFAULT now());
                        """, "creating the bootstrap state tables")
                }
            }
        }
        record(.state, "alga_bootstrap", existed ? .unchanged : change(.created), "migration history and seed state tables")
        guard let server = configuration.serverRole else { return existed }
        let granted = existed ? try query(
            connection,
            """
            SELECT pg_catalog.has_schema_privilege($1, 'alga_bootstrap', 'USAGE')
               AND pg_catalog.has_table_privilege($1, 'alga_bootstrap.state', 'SELECT')
            """, [server.name], "reading grants on the bootstrap state").boolean == true : false
        if granted {
            if existed { record(.grant, "alga_bootstrap → \(server.name)", .unchanged) }
            return existed
        }
        if mode == .apply {
            let role = try quoted(server.name)
            try query(connection, "GRANT USAGE ON SCHEMA alga_bootstrap TO \(role)", [], "granting the bootstrap state")
            try query(connection, "GRANT SELECT ON alga_bootstrap.state TO \(role)", [], "granting the bootstrap state")
        }
        record(.grant, "alga_bootstrap → \(server.name)", change(.created), "SELECT on the state, for wait")
        return existed
    }

    /// Runs `body` in BEGIN/COMMIT, rolling back when it throws.
    func transaction(
        _ connection: PostgresConnection, _ context: String, _ body: () throws(BootstrapError) -> Void
    ) throws(BootstrapError) {
        try query(connection, "BEGIN", [], context)
        do {
            try body()
            try query(connection, "COMMIT", [], context)
        } catch {
            _ = try? connection.execute("ROLLBACK", context: context)
            throw error
        }
    }

    /// Marks the run complete at the configured version; `wait` polls this row.
    func markCompleted(_ connection: PostgresConnection, stateExists: Bool) throws(BootstrapError) {
        let version = configuration.version ?? ""
        let label = configuration.version.map { "version \($0)" } ?? "no version"
        let current = stateExists || mode == .apply ? try query(
            connection, "SELECT value FROM alga_bootstrap.state WHERE key = 'completed_version'", [],
            "reading the bootstrap state").rows.first : nil
        if let current, current[0] == version {
            record(.state, "completed", .unchanged, label)
            return
        }
        if mode == .apply {
            try query(
                connection,
                """
                INSERT INTO alga_bootstrap.state (key, value) VALUES ('completed_version', $1)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
                """, [version], "recording the completed bootstrap")
        }
        record(.state, "completed", change(current == nil ? .created : .updated), label)
    }
}
