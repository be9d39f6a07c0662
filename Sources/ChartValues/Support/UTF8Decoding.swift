/// Decoding of one rune from UTF-8 bytes, the way Go's `utf8.DecodeRune` does it.
public enum UTF8Decoding {
    /// The rune at `i` and its length, or `nil` and 1 for an invalid byte sequence.
    public static func decode<Bytes: RandomAccessCollection<UInt8>>(_ s: Bytes, at i: Int) -> (Unicode.Scalar?, Int)
    where Bytes.Index == Int {
        let first = s[i]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: length = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(first & 0x07)
        default: return (nil, 1)
        }
        guard i + length <= s.endIndex else { return (nil, 1) }
        for k in 1..<length {
            let byte = s[i + k]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms and surrogates are invalid, as in Go.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }
}
