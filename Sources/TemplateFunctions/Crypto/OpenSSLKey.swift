internal import COpenSSL
import ChartValues

/// An OpenSSL private key (`EVP_PKEY`), freed with its owner.
final class OpenSSLKey {
    let handle: OpaquePointer

    init(taking handle: OpaquePointer) { self.handle = handle }

    deinit { EVP_PKEY_free(handle) }

    /// The key kinds `genPrivateKey` knows.
    enum Kind { case rsa(bits: Int32), ecdsaP256, ed25519, dsa }

    /// A new key from OpenSSL's generator.
    static func generate(_ kind: Kind) throws -> OpenSSLKey {
        switch kind {
        case .rsa(let bits):
            return try keygen(EVP_PKEY_RSA) { EVP_PKEY_CTX_set_rsa_keygen_bits($0, bits) }
        case .ecdsaP256:
            return try keygen(EVP_PKEY_EC) { EVP_PKEY_CTX_set_ec_paramgen_curve_nid($0, NID_X9_62_prime256v1) }
        case .ed25519:
            return try keygen(EVP_PKEY_ED25519) { _ in 1 }
        case .dsa:
            return try dsaKey()
        }
    }

    private static func keygen(_ type: Int32, configure: (OpaquePointer) -> Int32) throws -> OpenSSLKey {
        guard let context = EVP_PKEY_CTX_new_id(type, nil) else { throw OpenSSLError.last("key context") }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, configure(context) == 1,
              EVP_PKEY_keygen(context, &key) == 1, let key
        else { throw OpenSSLError.last("key generation") }
        return OpenSSLKey(taking: key)
    }

    /// DSA with Go's `L1024N160` parameters.
    private static func dsaKey() throws -> OpenSSLKey {
        guard let paramContext = EVP_PKEY_CTX_new_id(EVP_PKEY_DSA, nil) else { throw OpenSSLError.last("DSA context") }
        defer { EVP_PKEY_CTX_free(paramContext) }
        var parameters: OpaquePointer?
        guard EVP_PKEY_paramgen_init(paramContext) == 1,
              EVP_PKEY_CTX_set_dsa_paramgen_bits(paramContext, 1024) == 1,
              EVP_PKEY_CTX_set_dsa_paramgen_q_bits(paramContext, 160) == 1,
              EVP_PKEY_paramgen(paramContext, &parameters) == 1, let parameters
        else { throw OpenSSLError.last("DSA parameters") }
        defer { EVP_PKEY_free(parameters) }
        guard let keyContext = EVP_PKEY_CTX_new(parameters, nil) else { throw OpenSSLError.last("DSA key context") }
        defer { EVP_PKEY_CTX_free(keyContext) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(keyContext) == 1, EVP_PKEY_keygen(keyContext, &key) == 1, let key else {
            throw OpenSSLError.last("DSA key generation")
        }
        return OpenSSLKey(taking: key)
    }

    /// OpenSSL's `EVP_PKEY_*` type id.
    var typeID: Int32 { EVP_PKEY_get_base_id(handle) }

    /// Sprig's `pemBlockForKey`: PKCS#1 `RSA PRIVATE KEY`, SEC 1 `EC PRIVATE KEY`,
    /// `DSA PRIVATE KEY`, PKCS#8 `PRIVATE KEY` for the rest.
    func pem() throws -> String {
        switch typeID {
        case EVP_PKEY_RSA: return PEMBlock(type: "RSA PRIVATE KEY", bytes: try der(traditional: true)).encoded
        case EVP_PKEY_EC: return PEMBlock(type: "EC PRIVATE KEY", bytes: try der(traditional: true)).encoded
        case EVP_PKEY_DSA: return PEMBlock(type: "DSA PRIVATE KEY", bytes: try der(traditional: true)).encoded
        default: return PEMBlock(type: "PRIVATE KEY", bytes: try der(traditional: false)).encoded
        }
    }

    private func der(traditional: Bool) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        let length: Int32
        if traditional {
            length = i2d_PrivateKey(handle, &buffer)
        } else {
            guard let info = EVP_PKEY2PKCS8(handle) else { throw OpenSSLError.last("PKCS#8 encoding") }
            defer { PKCS8_PRIV_KEY_INFO_free(info) }
            length = i2d_PKCS8_PRIV_KEY_INFO(info, &buffer)
        }
        guard length > 0, let buffer else { throw OpenSSLError.last("key encoding") }
        defer { CRYPTO_free(buffer, #file, #line) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(length)))
    }

    /// Sprig's `parsePrivateKeyPEM`, with its error texts.
    static func parse(pem text: String) throws -> OpenSSLKey {
        guard let block = PEMBlock.decode(text) else { throw GoCallError("no PEM data in input") }
        if block.type == "PRIVATE KEY" {
            guard let key = decode(block.bytes, type: nil) else {
                throw GoCallError("decoding PEM as PKCS#8: x509: failed to parse private key")
            }
            return key
        }
        guard block.type.hasSuffix(" PRIVATE KEY") else {
            throw GoCallError("no private key data in PEM block of type \(block.type)")
        }
        switch block.type.dropLast(12) {
        case "RSA":
            guard let key = decode(block.bytes, type: EVP_PKEY_RSA) else {
                throw GoCallError("parsing RSA private key from PEM: x509: failed to parse private key")
            }
            return key
        case "EC":
            guard let key = decode(block.bytes, type: EVP_PKEY_EC) else {
                throw GoCallError("parsing EC private key from PEM: x509: failed to parse EC private key")
            }
            return key
        case "DSA":
            guard let key = decode(block.bytes, type: EVP_PKEY_DSA) else {
                throw GoCallError("parsing DSA private key from PEM: asn1: structure error")
            }
            return key
        default:
            throw GoCallError("invalid private key type \(block.type)")
        }
    }

    /// DER of a traditional key of `type`, or PKCS#8 when `type` is nil.
    private static func decode(_ der: [UInt8], type: Int32?) -> OpenSSLKey? {
        der.withUnsafeBufferPointer { buffer -> OpenSSLKey? in
            var cursor = buffer.baseAddress
            let key: OpaquePointer?
            if let type {
                key = d2i_PrivateKey(type, nil, &cursor, buffer.count)
            } else {
                key = d2i_AutoPrivateKey(nil, &cursor, buffer.count)
            }
            ERR_clear_error()
            return key.map(OpenSSLKey.init(taking:))
        }
    }
}
