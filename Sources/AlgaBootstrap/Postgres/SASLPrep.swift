import Foundation

/// The part of SASLprep (RFC 4013) that PostgreSQL applies to a password before hashing it
/// for SCRAM: non-ASCII spaces become U+0020, "commonly mapped to nothing" characters are
/// dropped, then NFKC. Like PostgreSQL, a password that is not valid after preparation
/// (prohibited or unassigned characters) is used as given; this subset only has to agree
/// with the server on what it accepts, and a disagreement only costs a redundant ALTER ROLE.
enum SASLPrep {
    static func prepare(_ password: String) -> String {
        guard !password.unicodeScalars.allSatisfy(\.isASCII) else { return password }
        var mapped = String.UnicodeScalarView()
        for scalar in password.unicodeScalars {
            if mappedToNothing.contains(scalar.value) { continue }
            if nonASCIISpaces.contains(scalar.value) {
                mapped.append(" ")
            } else {
                mapped.append(scalar)
            }
        }
        return String(mapped).precomposedStringWithCompatibilityMapping
    }

    /// RFC 3454 table B.1.
    private static let mappedToNothing: Set<UInt32> = [
        0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060,
        0xFE00, 0xFE01, 0xFE02, 0xFE03, 0xFE04, 0xFE05, 0xFE06, 0xFE07, 0xFE08, 0xFE09,
        0xFE0A, 0xFE0B, 0xFE0C, 0xFE0D, 0xFE0E, 0xFE0F, 0xFEFF,
    ]

    /// RFC 3454 table C.1.2.
    private static let nonASCIISpaces: Set<UInt32> = [
        0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
        0x2008, 0x2009, 0x200A, 0x200B, 0x202F, 0x205F, 0x3000,
    ]
}
