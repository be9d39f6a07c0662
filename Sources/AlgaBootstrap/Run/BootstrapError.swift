/// Why a command failed, sorted by what the caller should do about it; each has its own exit
/// code so a Job's logs and a pod's restart policy can tell them apart.
public enum BootstrapError: Error, Sendable, CustomStringConvertible {
    /// The configuration is wrong: retrying will not help.
    case configuration(ConfigurationError)
    /// The server (or the bootstrap `wait` waits for) was not ready within the timeout.
    case notReady(String)
    /// Something went wrong while working: a statement, a migration, a command.
    case failed(String)

    /// The process exit code: 2 configuration, 3 not ready, 1 failed.
    public var exitCode: Int32 {
        switch self {
        case .configuration: 2
        case .notReady: 3
        case .failed: 1
        }
    }

    /// One line for stderr.
    public var description: String {
        switch self {
        case .configuration(let error): "configuration error: \(error)"
        case .notReady(let reason): "not ready: \(reason)"
        case .failed(let reason): "failed: \(reason)"
        }
    }

    static func failed(_ error: PostgresError) -> BootstrapError {
        .failed(error.description)
    }
}
