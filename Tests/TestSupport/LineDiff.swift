/// A line diff for test failures: `-` expected, `+` actual, with shared lines as context.
///
/// Lines are compared with a longest-common-subsequence table, which is plenty for fixture
/// outputs of a few hundred lines. Invisible differences are shown: each line is Swift-escaped
/// (`\t`, trailing spaces stay visible inside the quotes).
public func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
        for j in stride(from: new.count - 1, through: 0, by: -1) {
            table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
    }
    var lines: [String] = []
    var i = 0, j = 0
    while i < old.count || j < new.count {
        if i < old.count, j < new.count, old[i] == new[j] {
            lines.append("  " + old[i].debugDescription); i += 1; j += 1
        } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
            lines.append("+ " + new[j].debugDescription); j += 1
        } else {
            lines.append("- " + old[i].debugDescription); i += 1
        }
    }
    return "--- expected\n+++ actual\n" + lines.joined(separator: "\n")
}

/// The failure message for a fixture mismatch: where the case lives, then the line diff.
public func fixtureMismatch(_ location: String, expected: String, actual: String) -> String {
    "\(location): output differs from the recorded Helm output\n" + lineDiff(expected: expected, actual: actual)
}
