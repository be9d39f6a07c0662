import Foundation
import HelmChart
import Testing
import TestSupport

/// One recorded `helm template` run: `fixtures/charts/<case>/runs/<run>/`.
struct ChartRun: Sendable, CustomTestStringConvertible {
    let caseDirectory: URL
    let runDirectory: URL

    var testDescription: String {
        "fixtures/charts/\(caseDirectory.lastPathComponent)/runs/\(runDirectory.lastPathComponent)"
    }

    func text(_ name: String) -> String {
        (try? String(contentsOf: runDirectory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Every run of every chart case.
    static var all: [ChartRun] {
        Fixture.all(in: "charts").flatMap { fixture -> [ChartRun] in
            let runs = fixture.url.appendingPathComponent("runs")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: runs.path)) ?? []
            return names.sorted().map { ChartRun(caseDirectory: fixture.url, runDirectory: runs.appendingPathComponent($0)) }
        }
    }
}

@Test(arguments: ChartRun.all)
func templateMatchesHelm(_ run: ChartRun) throws {
    let arguments = try ShellWords.split(run.text("args").trimmingCharacters(in: .whitespacesAndNewlines))
    let result = HelmTemplate.run(arguments: arguments, in: run.caseDirectory.path)
    let masks = run.text("mask").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    let stdout = ShellWords.mask(result.stdout, patterns: masks)
    let expectedExit = Int32(run.text("expected/exit").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    #expect(result.exitCode == expectedExit, "\(run.testDescription): exit \(result.exitCode), stderr: \(result.stderr)")
    let expectedStdout = run.text("expected/stdout")
    #expect(stdout == expectedStdout, Comment(rawValue: fixtureMismatch(run.testDescription + "/expected/stdout", expected: expectedStdout, actual: stdout)))
    let expectedStderr = run.text("expected/stderr")
    #expect(result.stderr == expectedStderr, Comment(rawValue: fixtureMismatch(run.testDescription + "/expected/stderr", expected: expectedStderr, actual: result.stderr)))
}

/// POSIX shell word splitting for the one-line `args` files, and regex masking.
enum ShellWords {
    struct Unterminated: Error {}

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { throw Unterminated() }
        if inWord { words.append(current) }
        return words
    }

    static func mask(_ text: String, patterns: [String]) -> String {
        var result = text
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            result = regex.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "<masked>")
        }
        return result
    }
}
