/// The rows of a statement in text format; NULL is `nil`.
public struct QueryResult: Sendable, Equatable {
    /// Column names in order.
    public let columns: [String]
    /// Rows, each with one entry per column.
    public let rows: [[String?]]

    /// Creates a result.
    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public var scalar: String? {
        rows.first?.first ?? nil
    }

    /// The first column of the first row read as a PostgreSQL boolean (`t`/`f`).
    public var boolean: Bool? {
        scalar.map { $0 == "t" || $0 == "true" }
    }
}
