import Foundation

/// Seeds the server database once in its life.
///
/// The seed runs only when `alga_bootstrap.state` has no `seed` row and the probe (if any)
/// says the database is empty; data restored from a backup therefore never gets a second seed.
/// SQL seeds commit in the same transaction as the `seed` row, so a killed run leaves neither.
/// A seed command marks the state only after it exits 0.
struct SeedRunner {
    let reconciler: Reconciler
    let connection: PostgresConnection
    /// False only in check mode on a database the runner never touched.
    let stateExists: Bool

    func run() throws(BootstrapError) {
        guard let source = reconciler.configuration.seeds else { return }
        if stateExists || reconciler.mode == .apply {
            let seeded = try reconciler.query(
                connection, "SELECT value, updated_at::text FROM alga_bootstrap.state WHERE key = 'seed'", [],
                "reading the seed state")
            if let row = seeded.rows.first {
                reconciler.record(.seed, "seed", .unchanged, "seeded \(row[1] ?? "earlier") by \(row[0] ?? "?")")
                return
            }
        }
        switch (reconciler.mode, source) {
        case (.check, _):
            // Before migrations the probe's tables may not exist yet: never seeded means pending.
            if !stateExists || (try? probeSaysEmpty()) != false {
                reconciler.record(.seed, "seed", .pending)
            } else {
                reconciler.record(.seed, "seed", .skipped, "the probe found data")
            }
        case (.apply, .directory(let directory)):
            try seed(files: try MigrationFile.all(in: directory))
        case (.apply, .command(let command)):
            guard try probeSaysEmpty() else {
                reconciler.record(.seed, "seed", .skipped, "the probe found data; not seeding")
                return
            }
            guard let database = reconciler.configuration.serverDatabase?.name else { return }
            let environment = ExternalCommand.environment(for: reconciler.configuration, database: database)
            try ExternalCommand(command: command, environment: environment).run(label: "the seed command")
            try markSeeded(by: "command")
            reconciler.record(.seed, "seed", .seeded, "seed command exited 0")
        }
    }

    private func seed(files: [MigrationFile]) throws(BootstrapError) {
        var probeFoundData = false
        try reconciler.transaction(connection, "seeding") { () throws(BootstrapError) in
            // Probed inside the transaction: the seed and its premise are one unit.
            guard try probeSaysEmpty() else {
                probeFoundData = true
                return
            }
            for file in files {
                try reconciler.script(connection, file.text, "seed \(file.name)")
                guard connection.isInTransaction else {
                    throw .failed("seed \(file.name) ended the runner's transaction itself (COMMIT or ROLLBACK in the file)")
                }
            }
            try markSeeded(by: files.map(\.name).joined(separator: ","))
        }
        if probeFoundData {
            reconciler.record(.seed, "seed", .skipped, "the probe found data; not seeding")
        } else {
            reconciler.record(.seed, "seed", .seeded, "\(files.count) file(s)")
        }
    }

    private func markSeeded(by source: String) throws(BootstrapError) {
        try reconciler.query(
            connection, "INSERT INTO alga_bootstrap.state (key, value) VALUES ('seed', $1)", [source],
            "recording the seed")
    }

    /// Runs the configured probe; no probe means "empty" (the state row alone decides).
    private func probeSaysEmpty() throws(BootstrapError) -> Bool {
        guard let probe = reconciler.configuration.seedProbe else { return true }
        let result = try reconciler.query(connection, probe, [], "running ALGA_SEED_PROBE")
        guard result.columns.count == 1, result.rows.count == 1, let value = result.rows[0][0],
            value == "t" || value == "f"
        else {
            throw .failed("ALGA_SEED_PROBE must return exactly one boolean value (true when the database is empty)")
        }
        return value == "t"
    }
}
