/// bcrypt password hashing (`$2a$`), as `golang.org/x/crypto/bcrypt` produces for Sprig's
/// `bcrypt` and `htpasswd`.
enum Bcrypt {
    /// Go's `bcrypt.DefaultCost`.
    static let defaultCost = 10
    private static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// Why a password cannot be hashed (Go's `bcrypt.ErrPasswordTooLong`).
    struct PasswordTooLong: Error {
        let message = "bcrypt: password length exceeds 72 bytes"
    }

    /// `$2a$COST$` + 22 salt characters + 31 hash characters.
    static func hash(password: [UInt8], cost: Int = defaultCost, salt: [UInt8]) throws(PasswordTooLong) -> String {
        guard password.count <= 72 else { throw PasswordTooLong() }
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2a$\(costText)$" + encode(salt) + encode(Array(rawHash(password: password, cost: cost, salt: salt).prefix(23)))
    }

    /// Whether `password` matches a `$2a$`/`$2b$`/`$2y$` hash.
    static func verify(password: [UInt8], hash: String) -> Bool {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, ["2a", "2b", "2y"].contains(parts[1]),
              let cost = Int(parts[2]), (4...31).contains(cost), parts[3].utf8.count == 53,
              let salt = decode(Array(parts[3].utf8.prefix(22)), count: 16)
        else { return false }
        let expected = encode(Array(rawHash(password: password, cost: cost, salt: salt).prefix(23)))
        return expected == String(decoding: parts[3].utf8.dropFirst(22), as: UTF8.self)
    }

    /// eksblowfish setup, then "OrpheanBeholderScryDoubt" encrypted 64 times.
    private static func rawHash(password: [UInt8], cost: Int, salt: [UInt8]) -> [UInt8] {
        let key = password + [0]
        var state = Blowfish()
        state.expand(key: key, salt: salt)
        for _ in 0..<(1 << cost) {
            state.expand(key: key, salt: [])
            state.expand(key: salt, salt: [])
        }
        var words: [UInt32] = []
        let magic = Array("OrpheanBeholderScryDoubt".utf8)
        for index in stride(from: 0, to: magic.count, by: 4) {
            words.append(magic[index..<index + 4].reduce(0) { $0 << 8 | UInt32($1) })
        }
        for block in stride(from: 0, to: words.count, by: 2) {
            var left = words[block]
            var right = words[block + 1]
            for _ in 0..<64 { (left, right) = state.encrypt(left, right) }
            words[block] = left
            words[block + 1] = right
        }
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    /// bcrypt's base64: its own alphabet, no padding.
    private static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            out.append(alphabet[Int(b0 >> 2)])
            var carry = (b0 & 0x03) << 4
            guard index + 1 < bytes.count else { out.append(alphabet[Int(carry)]); break }
            let b1 = bytes[index + 1]
            out.append(alphabet[Int(carry | b1 >> 4)])
            carry = (b1 & 0x0F) << 2
            guard index + 2 < bytes.count else { out.append(alphabet[Int(carry)]); break }
            let b2 = bytes[index + 2]
            out.append(alphabet[Int(carry | b2 >> 6)])
            out.append(alphabet[Int(b2 & 0x3F)])
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func decode(_ text: [UInt8], count: Int) -> [UInt8]? {
        var values: [UInt8] = []
        for char in text {
            guard let value = alphabet.firstIndex(of: char) else { return nil }
            values.append(UInt8(value))
        }
        var bits: UInt32 = 0
        var held = 0
        var out: [UInt8] = []
        for value in values {
            bits = bits << 6 | UInt32(value)
            held += 6
            if held >= 8 {
                held -= 8
                out.append(UInt8(truncatingIfNeeded: bits >> UInt32(held)))
            }
        }
        return out.count >= count ? Array(out.prefix(count)) : nil
    }
}
