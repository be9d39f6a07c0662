import ChartValues
import Testing

/// Errors point at the offending place: `1️⃣` marks it in each input.
struct ErrorPositionTests {
    /// The text without its `1️⃣` marker, and the marker's 1-based line and column (in scalars).
    static func marked(_ text: String) -> (text: String, line: Int, column: Int) {
        var line = 1, column = 1, found = (1, 1)
        var clean = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            if String(String.UnicodeScalarView(scalars.prefix(3))) == "1️⃣" {
                found = (line, column)
                scalars = scalars.dropFirst(3)
                continue
            }
            clean.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            scalars = scalars.dropFirst()
        }
        return (String(clean), found.0, found.1)
    }

    @Test(arguments: ["a: b1️⃣: c", "a: 1\nb:\n1️⃣\t- x", "a: [1, 2\nb1️⃣: c"])
    func yamlSyntaxErrorMark(_ input: String) throws {
        let (text, line, column) = Self.marked(input)
        do {
            _ = try YAML.decode(text, source: "values.yaml")
            Issue.record("expected a syntax error for \(text.debugDescription)")
        } catch {
            let mark = try #require(error.mark)
            #expect(mark.line == line && mark.column == column, "\(error) at \(mark)")
        }
    }

    @Test(arguments: ["a=1,b1️⃣", "a[x]1️⃣=1", "a={x,y1️⃣"])
    func setErrorPosition(_ input: String) throws {
        let (text, _, column) = Self.marked(input)
        do {
            _ = try SetParser.parse(text, as: .set, readFile: { _ in "" })
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.position == column - 1, "\(error) at \(error.position)")
        }
    }
}
