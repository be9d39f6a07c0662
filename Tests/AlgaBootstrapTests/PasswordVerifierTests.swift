import Testing

@testable import AlgaBootstrap

/// Stored verifiers made by PostgreSQL 15.20 itself (`CREATE ROLE name PASSWORD '...'`, then
/// `SELECT rolpassword FROM pg_authid`), checked without a server.
struct PasswordVerifierTests {
    static let pencil =
        "SCRAM-SHA-256$4096:DeYHC+YCdFlx5lqarL5irA==$lc1FOH5MhNgRxYt8RQOvni0CjjGD7Ei68ZYIk56vNQ8=:NuiR4mvu4AI8/g95EDbfFnuYRZA+865vD7uoZ291+Xc="
    /// Made from "ﬁle\u{00A0}x": SASLprep turns the ligature into "fi" and the no-break space into " ".
    static let ligature =
        "SCRAM-SHA-256$4096:DIbu5zcCQFO27moZalbZjA==$mo7bv1jVzvROypAB3Cz9TKFBlx1dvnsUW915T7jQEf8=:5Y0XI4ZAX/oGOyolYa7h5VsSQSqee028606ZNvzHInY="
    /// Made from "key 🔑": a code point unassigned in Unicode 3.2, so the raw bytes were hashed.
    static let emoji =
        "SCRAM-SHA-256$4096:D6aYkkHvX3dEXUiF2gT4zA==$w8V9YkXZ0sS9yZqb/I3nzypB4DNDxBktXeUWQct4DgY=:TaoZ4rlX98qpJz2y3Mbv9H/lUFePgUxZGqoqviDCoaI="
    /// `SELECT 'md5' || md5('pencil' || 'pencil_user')`.
    static let md5 = "md5d40130e21067b6148b0fd493fcbec99b"

    @Test(arguments: [
        (pencil, "pencil", true),
        (pencil, "Pencil", false),
        (pencil, "pencil ", false),
        (ligature, "ﬁle\u{00A0}x", true),
        (ligature, "file x", true),
        (ligature, "file  x", false),
        (emoji, "key 🔑", true),
        (emoji, "key", false),
        (md5, "pencil", true),
        (md5, "pencil2", false),
        ("SCRAM-SHA-256$4096:not-base64$x:y", "pencil", false),
        ("SCRAM-SHA-256$0:DeYHC+YCdFlx5lqarL5irA==$a:b", "pencil", false),
        ("pencil", "pencil", false),
    ])
    func matchesWhatPostgresStored(_ stored: String, _ password: String, _ expected: Bool) {
        #expect(PasswordVerifier.matches(stored: stored, password: password, user: "pencil_user") == expected)
    }

    @Test func checksumsAreSHA256() {
        #expect(PasswordVerifier.sha256Hex(Array("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
