/// Bad configuration: always one line naming the variable (and the config file line when the
/// value came from `--config`). Never contains a secret value.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The variable at fault, e.g. `ALGA_DB_PORT`.
    public let variable: String
    /// What is wrong with it, lower-case, no final period.
    public let problem: String
    /// `FILE:LINE` when the value came from a config file.
    public let location: String?

    /// Creates an error.
    public init(variable: String, problem: String, location: String? = nil) {
        self.variable = variable
        self.problem = problem
        self.location = location
    }

    /// `[FILE:LINE: ]VARIABLE: problem`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(variable): \(problem)"
    }
}
