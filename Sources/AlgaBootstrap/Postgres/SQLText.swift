import Foundation

/// Quoting for the statements that cannot take `$n` parameters (CREATE ROLE, CREATE DATABASE,
/// GRANT, ...). Every name and literal the runner puts into SQL text goes through here.
public enum SQLText {
    /// Why a value cannot be quoted safely.
    public enum QuotingError: Error, Sendable, Equatable, CustomStringConvertible {
        /// PostgreSQL text cannot hold NUL, and libpq would cut the statement at it.
        case containsNul
        /// An identifier longer than NAMEDATALEN-1 bytes would be truncated silently.
        case identifierTooLong(bytes: Int)
        /// The empty identifier `""` is rejected by PostgreSQL.
        case emptyIdentifier

        /// A short reason, to follow the variable name that carried the value.
        public var description: String {
            switch self {
            case .containsNul: "contains a NUL character"
            case .identifierTooLong(let bytes):
                "is \(bytes) bytes long; PostgreSQL names hold at most \(maximumIdentifierBytes)"
            case .emptyIdentifier: "is empty"
            }
        }
    }

    /// PostgreSQL's NAMEDATALEN (64) minus the terminator.
    public static let maximumIdentifierBytes = 63

    /// Checks that `name` survives as an identifier unchanged.
    public static func validateIdentifier(_ name: String) throws(QuotingError) {
        if name.isEmpty { throw .emptyIdentifier }
        if name.utf8.contains(0) { throw .containsNul }
        if name.utf8.count > maximumIdentifierBytes { throw .identifierTooLong(bytes: name.utf8.count) }
    }

    /// `name` as a double-quoted identifier: `a"b` → `"a""b"`. Case and unicode are kept.
    public static func identifier(_ name: String) throws(QuotingError) -> String {
        try validateIdentifier(name)
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `value` as a string literal: quotes doubled, and the `E''` form with doubled backslashes
    /// when a backslash is present, so the result means the same whatever
    /// `standard_conforming_strings` says (the same rule as libpq's PQescapeLiteral).
    public static func literal(_ value: String) throws(QuotingError) -> String {
        if value.utf8.contains(0) { throw .containsNul }
        let quoted = value.replacingOccurrences(of: "'", with: "''")
        if value.contains("\\") {
            return "E'" + quoted.replacingOccurrences(of: "\\", with: "\\\\") + "'"
        }
        return "'" + quoted + "'"
    }
}

