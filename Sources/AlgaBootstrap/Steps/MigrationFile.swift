import Foundation

/// One `*.sql` file of the migrations (or seeds) directory.
struct MigrationFile: Sendable {
    /// The first-line marker of a migration that must run outside a transaction (e.g.
    /// `CREATE INDEX CONCURRENTLY`). Such a file holds one statement: PostgreSQL runs a
    /// multi-statement string as one implicit transaction.
    static let noTransactionMarker = "-- alga-bootstrap: no-transaction"

    /// The file name, which is also the history key.
    let name: String
    /// The SQL text.
    let text: String
    /// SHA-256 of the bytes, lower-case hex.
    let checksum: String
    /// False when the first line carries `noTransactionMarker`.
    let transactional: Bool

    /// The `*.sql` files of `directory`, sorted by name (byte order, so `0010_` < `0020_`).
    static func all(in directory: String) throws(BootstrapError) -> [MigrationFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .failed("cannot list \(directory): \(ConfigurationSource.reason(error))")
        }
        var files: [MigrationFile] = []
        for name in names.filter({ $0.hasSuffix(".sql") }).sorted(by: { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }) {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .failed("cannot read \(path)")
            }
            guard let text = String(data: data, encoding: .utf8), !text.utf8.contains(0) else {
                throw .failed("\(path) is not UTF-8 text without NUL characters")
            }
            let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }.trimmingCharacters(in: .whitespaces)
            files.append(MigrationFile(
                name: name, text: text, checksum: PasswordVerifier.sha256Hex(Array(data)),
                transactional: firstLine.lowercased() != noTransactionMarker))
        }
        return files
    }
}
