internal import COpenSSL

import Foundation

/// Decides whether a stored `pg_authid.rolpassword` accepts a password, without logging in:
/// the runner must know if the Secret changed before it issues any ALTER ROLE.
///
/// SCRAM-SHA-256 verifiers (`SCRAM-SHA-256$iter:salt$StoredKey:ServerKey`, RFC 5802/7677) and
/// legacy MD5 (`md5` + md5(password ‖ user)) are understood. Anything else is reported as not
/// matching, which makes the runner re-set the password: safe, just not idempotent.
public enum PasswordVerifier {
    /// True when `stored` was made from `password` for `user`.
    public static func matches(stored: String, password: String, user: String) -> Bool {
        if stored.hasPrefix("SCRAM-SHA-256$") {
            return scramMatches(stored: stored, password: password)
        }
        if stored.hasPrefix("md5"), stored.count == 35 {
            let digest = self.digest(EVP_md5(), Array((password + user).utf8))
            return "md5" + hex(digest) == stored
        }
        return false
    }

    /// Lower-case hexadecimal SHA-256 of `bytes` (migration checksums).
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(digest(EVP_sha256(), bytes))
    }

    private static func scramMatches(stored: String, password: String) -> Bool {
        // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
        let parts = stored.dropFirst("SCRAM-SHA-256$".count).split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let head = parts[0].split(separator: ":", omittingEmptySubsequences: false)
        let keys = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard head.count == 2, keys.count == 2, let iterations = Int32(head[0]), iterations > 0,
            let salt = Data(base64Encoded: String(head[1])),
            let storedKey = Data(base64Encoded: String(keys[0])),
            let serverKey = Data(base64Encoded: String(keys[1]))
        else { return false }
        // libpq hashes the SASLprep'd password, or the raw one when preparation fails (e.g. on
        // code points unassigned in Unicode 3.2); this SASLprep is partial, so accept either.
        let prepared = SASLPrep.prepare(password)
        return [prepared, password].contains { candidate in
            scramKeysMatch(
                password: Array(candidate.utf8), salt: Array(salt), iterations: iterations,
                storedKey: Array(storedKey), serverKey: Array(serverKey))
        }
    }

    private static func scramKeysMatch(
        password prepared: [UInt8], salt: [UInt8], iterations: Int32, storedKey: [UInt8], serverKey: [UInt8]
    ) -> Bool {
        var salted = [UInt8](repeating: 0, count: 32)
        let derived = prepared.withUnsafeBufferPointer { passwordBytes in
            salt.withUnsafeBufferPointer { saltBytes in
                passwordBytes.withMemoryRebound(to: CChar.self) { passwordChars in
                    PKCS5_PBKDF2_HMAC(
                        passwordChars.baseAddress, Int32(passwordChars.count), saltBytes.baseAddress,
                        Int32(saltBytes.count), iterations, EVP_sha256(), 32, &salted)
                }
            }
        }
        guard derived == 1 else { return false }
        let clientKey = hmac(key: salted, message: Array("Client Key".utf8))
        let computedStoredKey = digest(EVP_sha256(), clientKey)
        let computedServerKey = hmac(key: salted, message: Array("Server Key".utf8))
        return computedStoredKey == storedKey && computedServerKey == serverKey
    }

    private static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = HMAC(EVP_sha256(), key, Int32(key.count), message, message.count, &output, &length)
        return Array(output.prefix(Int(length)))
    }

    private static func digest(_ type: OpaquePointer?, _ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = EVP_Digest(bytes, bytes.count, &output, &length, type, nil)
        return Array(output.prefix(Int(length)))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
