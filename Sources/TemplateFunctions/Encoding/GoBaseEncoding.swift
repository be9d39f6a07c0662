/// Go's `encoding/base64.StdEncoding` and `encoding/base32.StdEncoding`, with the error offsets
/// of their `CorruptInputError` (`illegal base64 data at input byte 0`).
enum GoBaseEncoding {
    /// A decoding failure at a byte offset of the input.
    struct CorruptInput: Error, CustomStringConvertible {
        var base: Int
        var offset: Int
        var description: String { "illegal base\(base) data at input byte \(offset)" }
    }

    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let base32Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    private static let pad = UInt8(ascii: "=")

    private static func decodeMap(_ alphabet: [UInt8]) -> [UInt8] {
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { map[Int(byte)] = UInt8(index) }
        return map
    }

    private static let base64Map = decodeMap(base64Alphabet)
    private static let base32Map = decodeMap(base32Alphabet)

    static func base64Encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 3, bytes.count)])
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for k in 0..<4 {
                out.append(k <= chunk.count ? base64Alphabet[Int((value >> (18 - 6 * UInt32(k))) & 0x3F)] : pad)
            }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `StdEncoding.DecodeString`: `\r` and `\n` are skipped anywhere; padding is required.
    static func base64Decode(_ src: [UInt8]) -> Result<[UInt8], CorruptInput> {
        var out: [UInt8] = []
        var si = 0
        func isNewline(_ b: UInt8) -> Bool { b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") }
        while true {
            var quantum = [UInt8](repeating: 0, count: 4)
            var length = 4
            var j = 0
            var trailingError: CorruptInput?
            while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return .failure(CorruptInput(base: 64, offset: si - j))
                }
                let byte = src[si]
                si += 1
                let value = base64Map[Int(byte)]
                if value != 0xFF {
                    quantum[j] = value
                    j += 1
                    continue
                }
                if isNewline(byte) { continue }
                guard byte == pad, j >= 2 else { return .failure(CorruptInput(base: 64, offset: si - 1)) }
                if j == 2 {
                    while si < src.count && isNewline(src[si]) { si += 1 }
                    if si == src.count { return .failure(CorruptInput(base: 64, offset: src.count)) }
                    if src[si] != pad { return .failure(CorruptInput(base: 64, offset: si - 1)) }
                    si += 1
                }
                while si < src.count && isNewline(src[si]) { si += 1 }
                if si < src.count { trailingError = CorruptInput(base: 64, offset: si) }
                length = j
                break
            }
            let value = UInt32(quantum[0]) << 18 | UInt32(quantum[1]) << 12 | UInt32(quantum[2]) << 6 | UInt32(quantum[3])
            let decoded = [UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
            out += decoded[..<(length - 1)]
            if let trailingError { return .failure(trailingError) }
            if length < 4 { return .success(out) }
        }
    }

    static func base32Encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 5, bytes.count)])
            let value = chunk.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (32 - 8 * UInt64($1.offset)) }
            let characters = [0, 2, 4, 5, 7, 8][chunk.count]
            for k in 0..<8 {
                out.append(k < characters ? base32Alphabet[Int((value >> (35 - 5 * UInt64(k))) & 0x1F)] : pad)
            }
            i += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `StdEncoding.DecodeString` for base32: newlines are removed first, padding required.
    static func base32Decode(_ input: [UInt8]) -> Result<[UInt8], CorruptInput> {
        let src = input.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let total = src.count
        var rest = src[...]
        var out: [UInt8] = []
        var end = false
        while !rest.isEmpty && !end {
            var quantum = [UInt8](repeating: 0, count: 8)
            var length = 8
            var j = 0
            while j < 8 {
                guard let byte = rest.first else {
                    return .failure(CorruptInput(base: 32, offset: total - rest.count - j))
                }
                rest = rest.dropFirst()
                if byte == pad && j >= 2 && rest.count < 8 {
                    if rest.count + j < 7 { return .failure(CorruptInput(base: 32, offset: total)) }
                    for k in 0..<(7 - j) where rest.count > k && rest[rest.startIndex + k] != pad {
                        return .failure(CorruptInput(base: 32, offset: total - rest.count + k - 1))
                    }
                    length = j
                    end = true
                    if length == 1 || length == 3 || length == 6 {
                        return .failure(CorruptInput(base: 32, offset: total - rest.count - 1))
                    }
                    break
                }
                quantum[j] = base32Map[Int(byte)]
                if quantum[j] == 0xFF { return .failure(CorruptInput(base: 32, offset: total - rest.count - 1)) }
                j += 1
            }
            let value = quantum.reduce(UInt64(0)) { $0 << 5 | UInt64($1) }
            let bytes = (0..<5).map { UInt8(truncatingIfNeeded: value >> (32 - 8 * UInt64($0))) }
            let produced = [0, 0, 1, 0, 2, 3, 0, 4, 5][length]
            out += bytes[..<produced]
        }
        return .success(out)
    }
}
