internal import CLibPQ

import Foundation

/// One libpq connection. Not shareable between threads; the runner is sequential.
///
/// Statements with values always use `execute(_:_:)`, which sends them out of band
/// (PQexecParams). Utility statements that cannot take parameters (CREATE ROLE, ALTER ROLE
/// ... PASSWORD) are assembled with `SQLText` quoting instead.
public final class PostgresConnection {
    private let handle: OpaquePointer

    /// Opens a connection, or throws `connectionFailed` with libpq's message.
    public init(_ parameters: ConnectionParameters) throws(PostgresError) {
        let pairs = parameters.keywordValues
        let keywords = pairs.map { strdup($0.0) }
        let values = pairs.map { strdup($0.1) }
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let keywordArray: [UnsafePointer<CChar>?] = keywords.map { UnsafePointer($0) } + [nil]
        let valueArray: [UnsafePointer<CChar>?] = values.map { UnsafePointer($0) } + [nil]
        guard let connection = PQconnectdbParams(keywordArray, valueArray, 0) else {
            throw PostgresError(
                kind: .clientFailed, context: "connecting to \(parameters.host):\(parameters.port)",
                message: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection))
            PQfinish(connection)
            throw PostgresError(
                kind: .connectionFailed,
                context: "connecting to \(parameters.host):\(parameters.port) as \"\(parameters.user)\" "
                    + "(database \"\(parameters.database)\")",
                message: message)
        }
        // libpq prints NOTICEs to stderr by default; nothing below the CLI prints.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        handle = connection
    }

    deinit {
        PQfinish(handle)
    }

    /// Runs one statement with `$1...` parameters sent separately from the text.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = [], context: String) throws(PostgresError)
        -> QueryResult
    {
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let values: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        let result = PQexecParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
        return try consume(result, context: context)
    }

    /// Runs a script of one or more statements through the simple query protocol.
    ///
    /// PostgreSQL runs a multi-statement string as one implicit transaction when no explicit
    /// BEGIN is active, which is why non-transactional migrations hold a single statement.
    public func executeScript(_ sql: String, context: String) throws(PostgresError) {
        _ = try consume(PQexec(handle, sql), context: context)
    }

    /// The SCRAM-SHA-256 verifier libpq computes for `password`, so the clear text never
    /// reaches the server (or its statement log).
    public func scramVerifier(password: String, user: String) throws(PostgresError) -> String {
        guard let encrypted = PQencryptPasswordConn(handle, password, user, "scram-sha-256") else {
            throw PostgresError(
                kind: .clientFailed, context: "hashing the password of \"\(user)\"",
                message: String(cString: PQerrorMessage(handle)))
        }
        defer { PQfreemem(encrypted) }
        return String(cString: encrypted)
    }

    /// True while a transaction block is open (after BEGIN, before COMMIT/ROLLBACK); used to
    /// notice a migration script that ended the runner's transaction on its own.
    public var isInTransaction: Bool {
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    private func consume(_ result: OpaquePointer?, context: String) throws(PostgresError) -> QueryResult {
        guard let result else {
            throw PostgresError(
                kind: .clientFailed, context: context, message: String(cString: PQerrorMessage(handle)))
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let sqlState = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
            throw PostgresError(
                kind: .statementFailed, context: context,
                message: primary ?? String(cString: PQresultErrorMessage(result)), sqlState: sqlState)
        }
        let columnCount = PQnfields(result)
        let rowCount = PQntuples(result)
        let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
        let rows = (0..<rowCount).map { row in
            (0..<columnCount).map { column -> String? in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
        return QueryResult(columns: columns, rows: rows)
    }
}
