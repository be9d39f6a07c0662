/// Everything one bootstrap needs, validated: names are safe identifiers, ports are ports,
/// secrets are read. Built from the environment the alga-core hook Job sets
/// (`BootstrapConfiguration.load`).
public struct BootstrapConfiguration: Sendable {
    /// A role the runner keeps in step with its Secret.
    public struct Role: Sendable, Equatable {
        /// Why the role exists; decides grants.
        public enum Purpose: String, Sendable, Equatable {
            /// The application server's role; owns the server database.
            case server
            /// The Hocuspocus collaboration service's role.
            case hocuspocus
            /// PgBouncer's `auth_user`, allowed to look up other roles' verifiers.
            case pgbouncer
        }

        /// The role's purpose.
        public let purpose: Purpose
        /// The role name (any characters but NUL, at most 63 bytes).
        public let name: String
        /// The password from the Secret: the source of truth.
        public let password: String
    }

    /// A database the runner creates and whose owner it keeps.
    public struct Database: Sendable, Equatable {
        /// The database name.
        public let name: String
        /// The owning role's name.
        public let owner: String
    }

    /// Where migrations come from.
    public enum Source: Sendable, Equatable {
        /// `*.sql` files, applied in file-name order.
        case directory(String)
        /// A shell command run with `/bin/sh -c` and the connection in its environment.
        case command(String)
    }

    /// A host and port.
    public struct Endpoint: Sendable, Equatable {
        /// Host name, address, or Unix socket directory.
        public let host: String
        /// TCP port.
        public let port: Int
    }

    /// Direct PostgreSQL, for admin work (never a pooler: advisory locks and CREATE DATABASE
    /// need a session).
    public let adminEndpoint: Endpoint
    /// What applications use (possibly PgBouncer); `wait` connects here.
    public let clientEndpoint: Endpoint
    /// The superuser (or CREATEROLE/CREATEDB role) that does the work.
    public let adminUser: String
    /// The admin password, if the server wants one.
    public let adminPassword: String?
    /// The database the admin connects to for cluster-wide work and the advisory lock.
    public let maintenanceDatabase: String
    /// Roles to ensure, server first.
    public let roles: [Role]
    /// Databases to ensure, server database first.
    public let databases: [Database]
    /// Extensions to create in the server database.
    public let extensions: [String]
    /// Schemas to create in the server database, owned by the server role.
    public let schemas: [String]
    /// Migration source, if any.
    public let migrations: Source?
    /// Seed source, if any.
    public let seeds: Source?
    /// SQL returning one boolean: true when the database holds no application data yet.
    public let seedProbe: String?
    /// The version `run` records and `wait` expects; nil means any completed bootstrap.
    public let version: String?
    /// Upper bound for waiting on the server, the lock, or (in `wait`) the bootstrap.
    public let waitTimeoutSeconds: Double

    /// The server role, when configured.
    public var serverRole: Role? { roles.first { $0.purpose == .server } }
    /// The server database, when configured.
    public var serverDatabase: Database? { databases.first }

    /// Admin connection parameters on `database`.
    public func adminConnection(database: String? = nil) -> ConnectionParameters {
        ConnectionParameters(
            host: adminEndpoint.host, port: adminEndpoint.port, user: adminUser, password: adminPassword,
            database: database ?? maintenanceDatabase)
    }
}
