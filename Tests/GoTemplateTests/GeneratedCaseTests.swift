import ChartValues
import Foundation
import Testing

@testable import GoTemplate

/// A large or pathological source recorded as a recipe (`fixtures/gotemplate/generated.json`):
/// PREFIX repeated COUNT times, MIDDLE, SUFFIX repeated COUNT times. Deep nesting, unterminated
/// actions and megabyte templates must give Go's output or error, never a crash.
struct GeneratedCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        case outcome(ChartHarness.Outcome)
        /// A large output: its UTF-8 length, first and last 200 bytes and 64-bit FNV-1a hash.
        case summary(length: Int, head: String, tail: String, hash: String)
    }

    var name: String
    var source: String
    var expected: Expected

    var testDescription: String { "fixtures/gotemplate/generated.json \(name)" }

    static let all: [GeneratedCase] = {
        guard let text = ChartHarness.read("fixtures/gotemplate/generated.json"), case .list(let rows) = try? JSONValue.parse(text)
        else { return [] }
        return rows.compactMap { row in
            guard let entries = row.mapEntries, case .string(let name) = entries["name"],
                case .string(let prefix) = entries["prefix"], case .string(let middle) = entries["middle"],
                case .string(let suffix) = entries["suffix"], case .float64(let count) = entries["count"]
            else { return nil }
            let source = String(repeating: prefix, count: Int(count)) + middle + String(repeating: suffix, count: Int(count))
            let expected: Expected
            if case .string(let ok) = entries["ok"] {
                expected = .outcome(.output(ok))
            } else if case .string(let err) = entries["err"] {
                expected = .outcome(.error(err))
            } else if let summary = entries["ok_summary"]?.mapEntries, case .float64(let length) = summary["length"],
                case .string(let head) = summary["head"], case .string(let tail) = summary["tail"],
                case .string(let hash) = summary["fnv1a"]
            {
                expected = .summary(length: Int(length), head: head, tail: tail, hash: hash)
            } else {
                return nil
            }
            return GeneratedCase(name: name, source: source, expected: expected)
        }
    }()

    /// 64-bit FNV-1a of the bytes, as the recorder computes it.
    static func fnv1a(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A source that is not valid UTF-8 (`fixtures/gotemplate/bytes.json`).
struct ByteCase: Sendable, CustomTestStringConvertible {
    var name: String
    var source: [UInt8]
    var expected: ChartHarness.Outcome

    var testDescription: String { "fixtures/gotemplate/bytes.json \(name)" }

    static let all: [ByteCase] = {
        guard let text = ChartHarness.read("fixtures/gotemplate/bytes.json"), case .list(let rows) = try? JSONValue.parse(text)
        else { return [] }
        return rows.compactMap { row in
            guard let entries = row.mapEntries, case .string(let name) = entries["name"],
                case .string(let hex) = entries["source_hex"]
            else { return nil }
            var bytes: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex),
                let byte = UInt8(hex[index..<next], radix: 16)
            {
                bytes.append(byte)
                index = next
            }
            if case .string(let ok) = entries["ok"] { return ByteCase(name: name, source: bytes, expected: .output(ok)) }
            if case .string(let err) = entries["err"] { return ByteCase(name: name, source: bytes, expected: .error(err)) }
            return nil
        }
    }()
}

@Suite struct GeneratedCaseTests {
    @Test func casesArePresent() {
        #expect(GeneratedCase.all.count >= 10)
        #expect(ByteCase.all.count >= 5)
    }

    @Test(arguments: GeneratedCase.all)
    func matchesHelm(_ c: GeneratedCase) {
        let actual = ChartHarness.render(files: ["case.yaml": c.source], main: "case.yaml", values: RecordedCase.values, functionNames: [])
        switch c.expected {
        case .outcome(let expected):
            #expect(actual == expected, "\(c.testDescription)")
        case .summary(let length, let head, let tail, let hash):
            guard case .output(let text) = actual else {
                Issue.record("\(c.testDescription): expected output, got \(actual)")
                return
            }
            let bytes = Array(text.utf8)
            #expect(bytes.count == length, "\(c.testDescription): length")
            #expect(String(decoding: bytes.prefix(200), as: UTF8.self) == head, "\(c.testDescription): head")
            #expect(String(decoding: bytes.suffix(200), as: UTF8.self) == tail, "\(c.testDescription): tail")
            #expect(GeneratedCase.fnv1a(bytes) == hash, "\(c.testDescription): hash")
        }
    }

    @Test(arguments: ByteCase.all)
    func invalidUTF8MatchesHelm(_ c: ByteCase) {
        let actual = ChartHarness.render(sources: ["case.yaml": c.source], main: "case.yaml", values: RecordedCase.values, functionNames: [])
        #expect(actual == c.expected, "\(c.testDescription)")
    }

    @Test func invalidUTF8TextIsCopiedByteForByte() throws {
        var set = TemplateSet()
        try set.parse(name: "t", source: [0x61, 0xFF, 0x7B, 0x7B, 0x20, 0x31, 0x20, 0x7D, 0x7D, 0xFE])
        let output = try set.executeBytes(name: "t", data: .null, functions: FunctionTable())
        #expect(output == [0x61, 0xFF, 0x31, 0xFE])
    }

    @Test func printedStringBytesAreWrittenRaw() throws {
        var set = TemplateSet()
        try set.parse(name: "t", text: "{{ . }}|{{ printf \"%s\" . }}")
        let data = Value.string(GoStringBytes.string([0x80, 0x61, 0xC3]))
        let output = try set.executeBytes(name: "t", data: data, functions: FunctionTable())
        #expect(output == [0x80, 0x61, 0xC3, 0x7C, 0x80, 0x61, 0xC3])
    }
}
