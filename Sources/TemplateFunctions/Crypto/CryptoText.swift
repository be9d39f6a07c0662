import ChartValues

/// Byte-to-text codings the crypto functions share, with Go's exact error texts
/// (`encoding/base64`'s `illegal base64 data at input byte N`).
enum CryptoText {
    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Lower-case hexadecimal.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Standard base64 with padding (Go's `base64.StdEncoding`).
    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2: UInt8 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(base64Alphabet[Int(b0 >> 2)])
            out.append(base64Alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? base64Alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? base64Alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes standard base64 as Go's `StdEncoding.DecodeString` does: `\r` and `\n` are
    /// skipped, padding is required, and the offending byte's offset is reported.
    static func decodeBase64(_ text: String) throws(GoCallError) -> [UInt8] {
        var lookup = [Int8](repeating: -1, count: 256)
        for (value, char) in base64Alphabet.enumerated() { lookup[Int(char)] = Int8(value) }
        let input = Array(text.utf8)
        func isNewline(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }
        func illegal(_ at: Int) -> GoCallError { GoCallError("illegal base64 data at input byte \(at)") }
        var out: [UInt8] = []
        var quantum: [UInt8] = []
        var index = 0
        while index < input.count {
            let char = input[index]
            index += 1
            if isNewline(char) { continue }
            if char == UInt8(ascii: "=") {
                guard quantum.count >= 2 else { throw illegal(index - 1) }
                if quantum.count == 2 {
                    while index < input.count, isNewline(input[index]) { index += 1 }
                    guard index < input.count else { throw illegal(input.count) }
                    guard input[index] == UInt8(ascii: "=") else { throw illegal(index - 1) }
                    index += 1
                }
                while index < input.count, isNewline(input[index]) { index += 1 }
                guard index == input.count else { throw illegal(index) }
                out.append(quantum[0] << 2 | quantum[1] >> 4)
                if quantum.count == 3 { out.append(quantum[1] << 4 | quantum[2] >> 2) }
                return out
            }
            let value = lookup[Int(char)]
            guard value >= 0 else { throw illegal(index - 1) }
            quantum.append(UInt8(value))
            if quantum.count == 4 {
                out.append(quantum[0] << 2 | quantum[1] >> 4)
                out.append(quantum[1] << 4 | quantum[2] >> 2)
                out.append(quantum[2] << 6 | quantum[3])
                quantum.removeAll(keepingCapacity: true)
            }
        }
        guard quantum.isEmpty else { throw illegal(input.count - quantum.count) }
        return out
    }

}
