import ChartValues
import GoTemplate

/// Sprig's random functions: `randAlphaNum`, `randAlpha`, `randNumeric`, `randAscii`,
/// `randBytes`, `randInt`, `shuffle` and `uuidv4`, drawing from the render's `RandomSource`.
///
/// Lengths of zero or less give `""` (Sprig drops goutils' error for negative lengths); only
/// `randBytes` and `randInt` can fail, with Go's runtime panic texts.
enum RandomFunctions {
    static let alphabetLetters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    static let alphabetDigits = Array("0123456789")
    /// Printable ASCII, space included (goutils' 32..<127).
    static let alphabetASCII = (32..<127).map { Character(Unicode.Scalar(UInt8($0))) }

    /// The functions, by name.
    static func table(_ random: RandomSource) -> [String: TemplateFunction] {
        func stringOf(_ alphabet: [Character]) -> TemplateFunction {
            .plain([.int], result: .string) { args in
                .string(try randomString(try args.int(0), from: alphabet, random))
            }
        }
        return [
            "randAlphaNum": stringOf(alphabetLetters + alphabetDigits),
            "randAlpha": stringOf(alphabetLetters),
            "randNumeric": stringOf(alphabetDigits),
            "randAscii": stringOf(alphabetASCII),
            "randBytes": .plain([.int], result: .string, returnsError: true) { args in
                let count = try args.int(0)
                guard count >= 0, count <= maximumLength else { throw GoCallError("runtime error: makeslice: len out of range") }
                return .string(CryptoText.base64(random.bytes(count)))
            },
            "randInt": .plain([.int, .int], result: .int) { args in
                let low = try args.int(0)
                let (span, overflow) = try args.int(1).subtractingReportingOverflow(low)
                guard !overflow, span > 0 else { throw GoCallError("invalid argument to Intn") }
                return .int(Int(random.uniform(below: UInt64(span))) + low)
            },
            "shuffle": .plain([.string], result: .string) { args in
                .string(shuffled(try args.string(0), random))
            },
            "uuidv4": .plain([], result: .string) { _ in .string(uuidV4(random)) },
        ]
    }

    /// The longest string or byte count served. Go's `make` panics (`len out of range`) far
    /// beyond this or dies out of memory before it; a chart never needs a gigabyte of noise.
    static let maximumLength = 1 << 30

    /// `count` characters drawn uniformly from `alphabet`; `""` when `count` <= 0.
    static func randomString(_ count: Int, from alphabet: [Character], _ random: RandomSource) throws -> String {
        guard count > 0 else { return "" }
        guard count <= maximumLength else { throw GoCallError("runtime error: makeslice: len out of range") }
        var result = ""
        for _ in 0..<count {
            result.append(alphabet[Int(random.uniform(below: UInt64(alphabet.count)))])
        }
        return result
    }

    /// xstrings' `Shuffle`: a Fisher-Yates shuffle of the string's code points.
    static func shuffled(_ text: String, _ random: RandomSource) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = scalars.count - 1
        while index > 0 {
            let other = Int(random.uniform(below: UInt64(index + 1)))
            scalars.swapAt(index, other)
            index -= 1
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// An RFC 4122 version 4 UUID in lower-case hex.
    static func uuidV4(_ random: RandomSource) -> String {
        var bytes = random.bytes(16)
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = CryptoText.hex(bytes)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }
}
