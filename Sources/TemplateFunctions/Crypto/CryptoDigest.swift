internal import COpenSSL
import ChartValues

/// Message digests and MACs through OpenSSL's EVP interface.
enum CryptoDigest {
    /// The digest algorithms Sprig's checksum functions use.
    enum Algorithm {
        case sha1, sha256, sha512

        fileprivate var evp: OpaquePointer? {
            switch self {
            case .sha1: return EVP_sha1()
            case .sha256: return EVP_sha256()
            case .sha512: return EVP_sha512()
            }
        }
    }

    /// The digest of `bytes`; empty only if OpenSSL fails, which it does not for these
    /// built-in algorithms.
    static func digest(_ algorithm: Algorithm, _ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            EVP_Digest(input.baseAddress, input.count, &output, &length, algorithm.evp, nil)
        }
        return ok == 1 ? Array(output.prefix(Int(length))) : []
    }

    /// HMAC-SHA256 of `message` under `key`.
    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { keyBuffer in
            message.withUnsafeBufferPointer { messageBuffer in
                HMAC(EVP_sha256(), keyBuffer.baseAddress, Int32(keyBuffer.count),
                     messageBuffer.baseAddress, messageBuffer.count, &output, &length)
            }
        }
        return result == nil ? [] : Array(output.prefix(Int(length)))
    }

    /// scrypt (RFC 7914) as `golang.org/x/crypto/scrypt.Key` computes it.
    static func scrypt(password: [UInt8], salt: [UInt8], n: UInt64, r: UInt64, p: UInt64, length: Int) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: length)
        // OpenSSL's default memory cap (32 MiB) is below what N=32768, r=8 needs.
        let maxMemory: UInt64 = 256 * 1024 * 1024
        let ok = password.withUnsafeBufferPointer { pass in
            salt.withUnsafeBufferPointer { saltBuffer in
                pass.withMemoryRebound(to: CChar.self) { passChars in
                    EVP_PBE_scrypt(passChars.baseAddress, passChars.count, saltBuffer.baseAddress, saltBuffer.count,
                                   n, r, p, maxMemory, &output, length)
                }
            }
        }
        guard ok == 1 else { throw OpenSSLError.last("scrypt") }
        return output
    }

    /// Adler-32 (RFC 1950), as `hash/adler32` computes it.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }
}

/// Failures inside OpenSSL. Template input cannot normally cause one (Sprig reports the Go
/// library's own texts where it can); the library's reason is kept for diagnostics.
enum OpenSSLError {
    /// The error at the top of OpenSSL's queue (which is then cleared), as a call error.
    static func last(_ operation: String) -> GoCallError {
        let code = ERR_get_error()
        ERR_clear_error()
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        let reason = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return GoCallError("\(operation) failed: \(reason)")
    }
}
