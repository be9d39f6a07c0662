import Foundation

/// Applies migrations to the server database, once each.
///
/// A directory's files are recorded in `alga_bootstrap.migrations` with their checksum. A
/// transactional migration and its history row commit together, so a killed run leaves no
/// trace and is simply retried. A non-transactional one is recorded as `started` first and
/// `applied` after; a `started` row found later means it may be half-applied, which stops
/// the run until someone looks. A changed checksum also stops the run. Neither is skipped.
struct MigrationRunner {
    let reconciler: Reconciler
    let connection: PostgresConnection
    /// False only in check mode on a database the runner never touched.
    let historyExists: Bool

    func run() throws(BootstrapError) {
        switch reconciler.configuration.migrations {
        case nil:
            return
        case .command(let command):
            try runCommand(command)
        case .directory(let directory):
            try runDirectory(directory)
        }
    }

    private func runCommand(_ command: String) throws(BootstrapError) {
        guard reconciler.mode == .apply else {
            reconciler.record(.migration, "command", .skipped, "an external command cannot be checked")
            return
        }
        guard let database = reconciler.configuration.serverDatabase?.name else { return }
        let environment = ExternalCommand.environment(for: reconciler.configuration, database: database)
        try ExternalCommand(command: command, environment: environment).run(label: "the migrate command")
        reconciler.record(.migration, "command", .ran, "exited 0")
    }

    private func runDirectory(_ directory: String) throws(BootstrapError) {
        let files = try MigrationFile.all(in: directory)
        var history: [String: (checksum: String, state: String)] = [:]
        if historyExists || reconciler.mode == .apply {
            let rows = try reconciler.query(
                connection, "SELECT name, checksum, state FROM alga_bootstrap.migrations ORDER BY name", [],
                "reading the migration history")
            for row in rows.rows {
                if let name = row[0], let checksum = row[1], let state = row[2] {
                    history[name] = (checksum, state)
                }
            }
        }
        for file in files {
            if let applied = history[file.name] {
                if applied.state == "started" {
                    throw .failed(
                        "migration \(file.name) was interrupted while running outside a transaction and may be "
                            + "half-applied; inspect the database, then delete its row from "
                            + "alga_bootstrap.migrations to run it again")
                }
                if applied.checksum != file.checksum {
                    throw .failed(
                        "migration \(file.name) changed after it was applied (checksum \(applied.checksum.prefix(12)) "
                            + "recorded, \(file.checksum.prefix(12)) on disk); add a new migration instead")
                }
                reconciler.record(.migration, file.name, .unchanged)
                continue
            }
            if reconciler.mode == .apply {
                if file.transactional {
                    try applyInTransaction(file)
                } else {
                    try applyOutsideTransaction(file)
                }
            }
            reconciler.record(.migration, file.name, reconciler.change(.applied),
                              file.transactional ? nil : "outside a transaction")
        }
        for name in history.keys.sorted() where !files.contains(where: { $0.name == name }) {
            reconciler.record(.migration, name, .skipped, "applied earlier but not in \(directory)")
        }
    }

    private func applyInTransaction(_ file: MigrationFile) throws(BootstrapError) {
        let context = "migration \(file.name)"
        try reconciler.transaction(connection, context) { () throws(BootstrapError) in
            try reconciler.script(connection, file.text, context)
            guard connection.isInTransaction else {
                throw .failed("\(context) ended the runner's transaction itself (COMMIT or ROLLBACK in the file)")
            }
            try reconciler.query(
                connection,
                "INSERT INTO alga_bootstrap.migrations (name, checksum, transactional, state) VALUES ($1, $2, true, 'applied')",
                [file.name, file.checksum], context)
        }
    }

    private func applyOutsideTransaction(_ file: MigrationFile) throws(BootstrapError) {
        let context = "migration \(file.name)"
        try reconciler.query(
            connection,
            "INSERT INTO alga_bootstrap.migrations (name, checksum, transactional, state) VALUES ($1, $2, false, 'started')",
            [file.name, file.checksum], context)
        try reconciler.script(connection, file.text, context)
        try reconciler.query(
            connection, "UPDATE alga_bootstrap.migrations SET state = 'applied', applied_at = now() WHERE name = $1",
            [file.name], context)
    }
}
