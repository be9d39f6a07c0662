import Foundation

extension BootstrapConfiguration {
    /// Which subcommand the configuration is for; decides what is required.
    public enum Purpose: Sendable {
        /// `run` and `check`: admin credentials and the server role are required.
        case reconcile
        /// `wait`: only a way to log in and the server database name.
        case wait
    }

    /// Reads and validates the configuration; the first problem is thrown as a one-line error
    /// naming its variable.
    public static func load(from source: ConfigurationSource, for purpose: Purpose) throws(ConfigurationError)
        -> BootstrapConfiguration
    {
        let reader = EnvironmentReader(source: source)
        let host = try reader.required("ALGA_DB_HOST")
        let port = try reader.port("ALGA_DB_PORT") ?? 5432
        let clientEndpoint = Endpoint(host: host, port: port)
        let adminEndpoint = Endpoint(
            host: source["ALGA_DB_ADMIN_HOST"] ?? host, port: try reader.port("ALGA_DB_ADMIN_PORT") ?? port)
        let adminUser = try reader.identifier("ALGA_DB_ADMIN_USER") ?? "postgres"
        let adminPassword = try reader.secret("ALGA_DB_ADMIN", defaultFile: "postgres_password")
        let maintenanceDatabase = try reader.identifier("ALGA_DB_ADMIN_DATABASE") ?? "postgres"

        var roles: [Role] = []
        let serverUser = try reader.identifier("ALGA_DB_SERVER_USER")
        if let serverUser {
            let password = try reader.secret("ALGA_DB_SERVER", defaultFile: "db_password_server")
            if let password {
                roles.append(Role(purpose: .server, name: serverUser, password: password))
            } else if purpose == .reconcile {
                throw source.error("ALGA_DB_SERVER_PASSWORD_FILE", "required (or ALGA_DB_SERVER_PASSWORD)")
            }
        } else if purpose == .reconcile {
            throw source.error("ALGA_DB_SERVER_USER", "required")
        }
        for (purpose, prefix, file) in [
            (Role.Purpose.hocuspocus, "ALGA_DB_HOCUSPOCUS", "db_password_hocuspocus"),
            (Role.Purpose.pgbouncer, "ALGA_DB_PGBOUNCER", "db_password_pgbouncer"),
        ] {
            guard let name = try reader.identifier(prefix + "_USER") else { continue }
            guard let password = try reader.secret(prefix, defaultFile: file) else {
                throw source.error(prefix + "_PASSWORD_FILE", "required when \(prefix)_USER is set (or \(prefix)_PASSWORD)")
            }
            roles.append(Role(purpose: purpose, name: name, password: password))
        }
        if Set(roles.map(\.name)).count != roles.count || roles.contains(where: { $0.name == adminUser }) {
            throw source.error("ALGA_DB_SERVER_USER", "the admin, server, hocuspocus and pgbouncer roles must differ")
        }

        guard let serverDatabase = try reader.identifier("ALGA_DB_NAME") else {
            throw source.error("ALGA_DB_NAME", "required")
        }
        var databases: [Database] = []
        if let serverUser {
            databases.append(Database(name: serverDatabase, owner: serverUser))
            if let hocuspocusDatabase = try reader.identifier("ALGA_DB_HOCUSPOCUS_NAME"),
                hocuspocusDatabase != serverDatabase
            {
                let owner = roles.first { $0.purpose == .hocuspocus }?.name ?? serverUser
                databases.append(Database(name: hocuspocusDatabase, owner: owner))
            }
        } else {
            databases.append(Database(name: serverDatabase, owner: adminUser))
        }
        if purpose == .reconcile, adminPassword == nil, !adminEndpoint.host.hasPrefix("/") {
            throw source.error("ALGA_DB_ADMIN_PASSWORD_FILE", "required (or ALGA_DB_ADMIN_PASSWORD)")
        }

        return BootstrapConfiguration(
            adminEndpoint: adminEndpoint, clientEndpoint: clientEndpoint, adminUser: adminUser,
            adminPassword: adminPassword, maintenanceDatabase: maintenanceDatabase, roles: roles,
            databases: databases,
            extensions: try reader.identifierList("ALGA_DB_EXTENSIONS"),
            schemas: try reader.identifierList("ALGA_DB_SCHEMAS"),
            migrations: try reader.source(directory: "ALGA_MIGRATIONS_DIR", command: "ALGA_MIGRATE_COMMAND"),
            seeds: try reader.source(directory: "ALGA_SEEDS_DIR", command: "ALGA_SEED_COMMAND"),
            seedProbe: source["ALGA_SEED_PROBE"],
            version: source["ALGA_BOOTSTRAP_VERSION"],
            waitTimeoutSeconds: try reader.positiveNumber("ALGA_WAIT_TIMEOUT_SECONDS") ?? 300)
    }
}
