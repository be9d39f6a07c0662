import Foundation

/// A failure talking to PostgreSQL, with the server's SQLSTATE when it sent one.
///
/// The text never contains the statement that failed: statements may carry password verifiers,
/// so callers name what they were doing (`context`) instead.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, by phase.
    public enum Kind: Sendable, Equatable {
        /// The connection could not be opened (server down, refused, bad credentials).
        case connectionFailed
        /// A statement failed on an open connection.
        case statementFailed
        /// A libpq call failed without a server error (out of memory, broken connection).
        case clientFailed
    }

    /// The phase that failed.
    public let kind: Kind
    /// What the runner was doing, e.g. `ensuring role "alga_server"`.
    public let context: String
    /// libpq's or the server's message, trimmed to one line.
    public let message: String
    /// The five-character SQLSTATE the server reported, if any.
    public let sqlState: String?

    /// Creates an error; `message` is flattened to a single line.
    public init(kind: Kind, context: String, message: String, sqlState: String? = nil) {
        self.kind = kind
        self.context = context
        self.message = message
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        self.sqlState = sqlState
    }

    /// One line: `CONTEXT: MESSAGE (SQLSTATE xxxxx)`.
    public var description: String {
        let state = sqlState.map { " (SQLSTATE \($0))" } ?? ""
        return "\(context): \(message)\(state)"
    }
}

