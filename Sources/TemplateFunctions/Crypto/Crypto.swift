import ChartValues
import GoTemplate

/// Sprig's hashing and secret functions: `sha1sum`, `sha256sum`, `sha512sum`, `adler32sum`,
/// `bcrypt`, `htpasswd`, `derivePassword`, `encryptAES`, `decryptAES`; the key and
/// certificate generators are in `CryptoCertificates`.
enum CryptoFunctions {
    /// The functions, by name.
    static func table(_ environment: RenderEnvironment) -> [String: TemplateFunction] {
        let random = environment.random
        func checksum(_ algorithm: CryptoDigest.Algorithm) -> TemplateFunction {
            .plain([.string], result: .string) { args in
                .string(CryptoText.hex(CryptoDigest.digest(algorithm, GoStringBytes.bytes(of: try args.string(0)))))
            }
        }
        var table: [String: TemplateFunction] = [
            "sha1sum": checksum(.sha1),
            "sha256sum": checksum(.sha256),
            "sha512sum": checksum(.sha512),
            "adler32sum": .plain([.string], result: .string) { args in
                .string(String(CryptoDigest.adler32(GoStringBytes.bytes(of: try args.string(0)))))
            },
            "bcrypt": .plain([.string], result: .string) { args in
                .string(bcrypt(try args.string(0), random))
            },
            "htpasswd": .plain([.string, .string], result: .string) { args in
                let user = try args.string(0)
                if user.contains(":") { return .string("invalid username: \(user)") }
                return .string(user + ":" + bcrypt(try args.string(1), random))
            },
            "derivePassword": .plain([.uint32, .string, .string, .string, .string], result: .string) { args in
                .string(try DerivePassword.derive(
                    counter: UInt32(truncatingIfNeeded: try args.int(0)), type: try args.string(1),
                    password: try args.string(2), user: try args.string(3), site: try args.string(4)))
            },
            "encryptAES": .plain([.string, .string], result: .string, returnsError: true) { args in
                .string(try CryptoAES.encrypt(password: try args.string(0), plaintext: try args.string(1), random: random))
            },
            "decryptAES": .plain([.string, .string], result: .string, returnsError: true) { args in
                .string(try CryptoAES.decrypt(password: try args.string(0), base64: try args.string(1)))
            },
        ]
        table.merge(CertificateFunctions.table(random, clock: environment.clock)) { $1 }
        return table
    }

    /// Sprig's `bcrypt`: cost 10, and failures reported in the result text.
    static func bcrypt(_ password: String, _ random: RandomSource) -> String {
        do {
            return try Bcrypt.hash(password: Array(password.utf8), salt: random.bytes(16))
        } catch {
            return "failed to encrypt string with bcrypt: \(error.message)"
        }
    }
}
