import Testing

@testable import AlgaBootstrap

struct SQLTextTests {
    @Test(arguments: [
        ("alga", "\"alga\""),
        ("Mixed Case", "\"Mixed Case\""),
        ("a\"b", "\"a\"\"b\""),
        ("x'; DROP ROLE postgres; --", "\"x'; DROP ROLE postgres; --\""),
        ("ünïcødé", "\"ünïcødé\""),
    ])
    func quotesIdentifiers(_ name: String, _ expected: String) throws {
        #expect(try SQLText.identifier(name) == expected)
    }

    @Test(arguments: [
        ("plain", "'plain'"),
        ("it's", "'it''s'"),
        ("back\\slash", "E'back\\\\slash'"),
        ("'; DROP TABLE users; --", "'''; DROP TABLE users; --'"),
        ("pässwörd", "'pässwörd'"),
    ])
    func quotesLiterals(_ value: String, _ expected: String) throws {
        #expect(try SQLText.literal(value) == expected)
    }

    @Test func rejectsNamesPostgresWouldChange() {
        #expect(throws: SQLText.QuotingError.emptyIdentifier) { try SQLText.identifier("") }
        #expect(throws: SQLText.QuotingError.containsNul) { try SQLText.identifier("a\u{0}b") }
        #expect(throws: SQLText.QuotingError.identifierTooLong(bytes: 64)) {
            try SQLText.identifier(String(repeating: "a", count: 64))
        }
        #expect(throws: SQLText.QuotingError.containsNul) { try SQLText.literal("a\u{0}") }
    }

    @Test func acceptsTheLongestName() throws {
        let name = String(repeating: "é", count: 31) + "a"
        #expect(try SQLText.identifier(name).utf8.count == 65)
    }
}
