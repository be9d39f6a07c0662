/// The Blowfish cipher state with the "expensive key schedule" of bcrypt (eksblowfish),
/// written out because OpenSSL exposes neither the schedule's parts nor bcrypt.
///
/// The initial state is the fractional hex digits of pi (18 P-array words, then the four
/// S-boxes), computed once rather than typed in.
struct Blowfish {
    private var p: [UInt32]
    private var s: [UInt32]

    /// The pi-derived initial state.
    init() {
        let digits = PiHexWords.words
        p = Array(digits[0..<18])
        s = Array(digits[18..<(18 + 1024)])
    }

    /// Encrypts one 64-bit block given as two big-endian halves.
    func encrypt(_ left: UInt32, _ right: UInt32) -> (UInt32, UInt32) {
        var xl = left
        var xr = right
        s.withUnsafeBufferPointer { s in
            p.withUnsafeBufferPointer { p in
                for round in 0..<16 {
                    xl ^= p[round]
                    let f = ((s[Int(xl >> 24)] &+ s[256 + Int((xl >> 16) & 0xFF)]) ^ s[512 + Int((xl >> 8) & 0xFF)])
                        &+ s[768 + Int(xl & 0xFF)]
                    xr ^= f
                    swap(&xl, &xr)
                }
                swap(&xl, &xr)
                xr ^= p[16]
                xl ^= p[17]
            }
        }
        return (xl, xr)
    }

    /// bcrypt's `ExpandKey(state, salt, key)`; an empty salt is the unsalted variant.
    mutating func expand(key: [UInt8], salt: [UInt8]) {
        var keyCursor = 0
        for index in 0..<18 { p[index] ^= Blowfish.nextWord(key, &keyCursor) }
        var saltCursor = 0
        var left: UInt32 = 0
        var right: UInt32 = 0
        func step() {
            if !salt.isEmpty {
                left ^= Blowfish.nextWord(salt, &saltCursor)
                right ^= Blowfish.nextWord(salt, &saltCursor)
            }
            (left, right) = encrypt(left, right)
        }
        for index in stride(from: 0, to: 18, by: 2) {
            step()
            p[index] = left
            p[index + 1] = right
        }
        for index in stride(from: 0, to: 1024, by: 2) {
            step()
            s[index] = left
            s[index + 1] = right
        }
    }

    /// The next big-endian word of `bytes`, read cyclically.
    private static func nextWord(_ bytes: [UInt8], _ cursor: inout Int) -> UInt32 {
        var word: UInt32 = 0
        for _ in 0..<4 {
            word = word << 8 | UInt32(bytes[cursor])
            cursor = (cursor + 1) % bytes.count
        }
        return word
    }
}

/// The first 1042 32-bit words of pi's fractional part in binary, by Machin's formula
/// `pi = 16 atan(1/5) - 4 atan(1/239)` on fixed-point big integers.
enum PiHexWords {
    static let words: [UInt32] = compute(count: 18 + 1024)

    private static func compute(count: Int) -> [UInt32] {
        // One integer limb, the wanted fraction limbs, and guard limbs against rounding.
        let limbs = count + 4
        var pi = [UInt32](repeating: 0, count: limbs)
        add(&pi, arctangentInverse(5, limbs: limbs), times: 16)
        subtract(&pi, arctangentInverse(239, limbs: limbs), times: 4)
        return Array(pi[1...count])
    }

    /// atan(1/x) as a fixed-point number with one integer limb.
    private static func arctangentInverse(_ x: UInt32, limbs: Int) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: limbs)
        var power = [UInt32](repeating: 0, count: limbs)
        power[0] = 1
        divide(&power, by: x)
        let square = x * x
        var k: UInt32 = 0
        while power.contains(where: { $0 != 0 }) {
            var term = power
            divide(&term, by: 2 * k + 1)
            if k % 2 == 0 { add(&result, term, times: 1) } else { subtract(&result, term, times: 1) }
            divide(&power, by: square)
            k += 1
        }
        return result
    }

    private static func divide(_ number: inout [UInt32], by divisor: UInt32) {
        var remainder: UInt64 = 0
        for index in number.indices {
            let current = remainder << 32 | UInt64(number[index])
            number[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
    }

    private static func add(_ number: inout [UInt32], _ other: [UInt32], times factor: UInt64) {
        var carry: UInt64 = 0
        for index in number.indices.reversed() {
            let sum = UInt64(number[index]) + UInt64(other[index]) * factor + carry
            number[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
    }

    private static func subtract(_ number: inout [UInt32], _ other: [UInt32], times factor: UInt64) {
        var borrow: UInt64 = 0
        for index in number.indices.reversed() {
            let product = UInt64(other[index]) * factor + borrow
            let low = product & 0xFFFF_FFFF
            borrow = product >> 32
            if UInt64(number[index]) >= low {
                number[index] = UInt32(UInt64(number[index]) - low)
            } else {
                number[index] = UInt32(UInt64(number[index]) + (1 << 32) - low)
                borrow += 1
            }
        }
    }
}
