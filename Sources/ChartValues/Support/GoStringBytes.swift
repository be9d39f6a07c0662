/// Go strings are byte sequences, Swift strings are Unicode text. A Go string that is not valid
/// UTF-8 (a binary file read by `.Files.Get`, `b64dec` of a key, `toString` of `[]byte`) must keep
/// its bytes: charts pipe such strings into `b64enc` or `sha256sum`, and a lossy decoding (every
/// bad byte turned into U+FFFD) silently changes the result.
///
/// The bytes travel inside a Swift `String`: each byte that is not part of a valid UTF-8 sequence
/// (Go's `utf8.DecodeRune` rules) becomes one scalar of a private-use block of plane 16,
/// U+10FE00 + byte (not the block ending at U+10FFFF, which edge-case tests like to use), and
/// `bytes(of:)` turns those scalars back into the raw byte. Valid text is left as it is (an
/// escape that went through `utf8` decodes back to itself), so ordinary strings cost one scan.
/// A string that really holds one of those 256 private-use code points is read back as a raw
/// byte; no chart text is expected to use them.
public enum GoStringBytes {
    /// First scalar of the escape block: escape of byte `b` is `base + b`.
    static let base: UInt32 = 0x10FE00

    /// The Go string `string(bytes)` as a Swift string, bytes that are not UTF-8 kept as escapes.
    public static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let array = Array(bytes)
        // Valid UTF-8 is taken as is, escapes included: bytes that went through `utf8` of an
        // escaped string come back as the same escapes.
        if let text = String(validating: array, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < array.count {
            if let (scalar, length) = decode(array, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(escape(array[index]))
                index += 1
            }
        }
        return String(scalars)
    }

    /// The bytes of the Go string a Swift string stands for: UTF-8, escapes back to raw bytes.
    public static func bytes(of text: String) -> [UInt8] {
        guard text.unicodeScalars.contains(where: isRawByte) else { return Array(text.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isRawByte(scalar) {
                out.append(UInt8(truncatingIfNeeded: scalar.value - base))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Whether a scalar stands for a raw byte (a Go string byte that is not UTF-8).
    public static func isRawByte(_ scalar: Unicode.Scalar) -> Bool { scalar.value & 0xFFFF00 == base }

    private static func escape(_ byte: UInt8) -> Unicode.Scalar {
        // base + 0xFF = U+10FEFF is a valid scalar, so this never fails.
        Unicode.Scalar(base + UInt32(byte)) ?? "\u{FFFD}"
    }

    /// One UTF-8 sequence at `index` under Go's rules (shortest form, no surrogates,
    /// at most U+10FFFF), or nil.
    private static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return Unicode.Scalar(UInt32(lead)).map { ($0, 1) }
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D; upper = 0x9F
        case 0xF0: length = 4; value = 0; lower = 0x90
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; upper = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let range = offset == 1 ? lower...upper : 0x80...0xBF
            guard range.contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}
