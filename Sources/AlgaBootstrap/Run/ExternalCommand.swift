import Foundation

/// A user-supplied migrate or seed command, run with `/bin/sh -c` and the connection in its
/// environment. Its standard output goes to our standard error so `--format json` stays clean.
struct ExternalCommand {
    let command: String
    let environment: [String: String]

    /// Runs to completion; throws `failed` unless it exits 0.
    func run(label: String) throws(BootstrapError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.standardError
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw .failed("\(label) could not start: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        switch process.terminationReason {
        case .exit where process.terminationStatus == 0:
            return
        case .exit:
            throw .failed("\(label) exited with status \(process.terminationStatus)")
        case .uncaughtSignal:
            throw .failed("\(label) was killed by signal \(process.terminationStatus)")
        @unknown default:
            throw .failed("\(label) ended abnormally")
        }
    }

    /// The variables a migrate/seed command gets: libpq's `PG*` for the admin on the server
    /// database, plus the `DB_*` names Alga's knex configuration reads.
    static func environment(for configuration: BootstrapConfiguration, database: String) -> [String: String] {
        var variables = [
            "PGHOST": configuration.adminEndpoint.host, "PGPORT": String(configuration.adminEndpoint.port),
            "PGUSER": configuration.adminUser, "PGDATABASE": database,
            "DB_HOST": configuration.adminEndpoint.host, "DB_PORT": String(configuration.adminEndpoint.port),
            "DB_NAME_SERVER": database, "DB_USER_ADMIN": configuration.adminUser,
        ]
        if let password = configuration.adminPassword {
            variables["PGPASSWORD"] = password
            variables["DB_PASSWORD_ADMIN"] = password
        }
        if let server = configuration.serverRole {
            variables["DB_USER_SERVER"] = server.name
            variables["DB_PASSWORD_SERVER"] = server.password
        }
        if let hocuspocus = configuration.roles.first(where: { $0.purpose == .hocuspocus }) {
            variables["DB_USER_HOCUSPOCUS"] = hocuspocus.name
            variables["DB_PASSWORD_HOCUSPOCUS"] = hocuspocus.password
        }
        return variables
    }
}
