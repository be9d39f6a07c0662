import Foundation

/// Cluster-wide objects: roles and databases, worked on through the maintenance database.
extension Reconciler {
    /// Creates missing roles; re-enables login and re-sets the password when the stored
    /// verifier does not accept the Secret's password (the Secret wins, e.g. after a restore).
    func ensureRoles() throws(BootstrapError) {
        for role in configuration.roles {
            let context = "reading role \"\(role.name)\""
            let existing = try query(
                admin, "SELECT rolcanlogin, rolpassword FROM pg_catalog.pg_authid WHERE rolname = $1",
                [role.name], context)
            let name = try quoted(role.name)
            guard let row = existing.rows.first else {
                if mode == .apply {
                    try query(admin, "CREATE ROLE \(name) LOGIN PASSWORD \(try verifier(for: role))", [],
                              "creating role \"\(role.name)\"")
                }
                record(.role, role.name, change(.created))
                continue
            }
            let canLogin = row[0] == "t"
            let passwordMatches = row[1].map {
                PasswordVerifier.matches(stored: $0, password: role.password, user: role.name)
            } ?? false
            if canLogin, passwordMatches {
                record(.role, role.name, .unchanged)
                continue
            }
            if mode == .apply {
                try query(admin, "ALTER ROLE \(name) WITH LOGIN PASSWORD \(try verifier(for: role))", [],
                          "updating role \"\(role.name)\"")
            }
            let detail = [canLogin ? nil : "login enabled", passwordMatches ? nil : "password set from the Secret"]
                .compactMap { $0 }.joined(separator: ", ")
            record(.role, role.name, change(.updated), detail)
        }
    }

    /// The password as a quoted SCRAM verifier literal, computed client-side.
    private func verifier(for role: BootstrapConfiguration.Role) throws(BootstrapError) -> String {
        do {
            return try SQLText.literal(try admin.scramVerifier(password: role.password, user: role.name))
        } catch let error as PostgresError {
            throw .failed(error)
        } catch {
            throw .failed("hashing the password of \"\(role.name)\": \(error)")
        }
    }

    /// Creates missing databases with their owner and fixes a wrong owner. Returns the names
    /// that did not exist beforehand.
    func ensureDatabases() throws(BootstrapError) -> Set<String> {
        var missing: Set<String> = []
        for database in configuration.databases {
            let existing = try query(
                admin, "SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = $1",
                [database.name], "reading database \"\(database.name)\"")
            let name = try quoted(database.name)
            let owner = try quoted(database.owner)
            guard let row = existing.rows.first else {
                missing.insert(database.name)
                if mode == .apply {
                    try query(admin, "CREATE DATABASE \(name) OWNER \(owner)", [],
                              "creating database \"\(database.name)\"")
                }
                record(.database, database.name, change(.created), "owner \(database.owner)")
                continue
            }
            if row[0] == database.owner {
                record(.database, database.name, .unchanged)
            } else {
                if mode == .apply {
                    try query(admin, "ALTER DATABASE \(name) OWNER TO \(owner)", [],
                              "changing the owner of database \"\(database.name)\"")
                }
                record(.database, database.name, change(.updated), "owner \(row[0] ?? "?") → \(database.owner)")
            }
        }
        return missing
    }
}
