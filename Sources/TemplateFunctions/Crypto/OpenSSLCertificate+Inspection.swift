internal import COpenSSL
import Foundation

/// Reading a certificate back: what tests (and linting) check about the certificates the
/// `gen*` functions make.
extension OpenSSLCertificate {
    /// The subject's common name.
    var commonName: String? {
        guard let name = X509_get_subject_name(handle) else { return nil }
        var buffer = [CChar](repeating: 0, count: 1024)
        let length = X509_NAME_get_text_by_NID(name, NID_commonName, &buffer, Int32(buffer.count))
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The issuer's common name.
    var issuerCommonName: String? {
        guard let name = X509_get_issuer_name(handle) else { return nil }
        var buffer = [CChar](repeating: 0, count: 1024)
        let length = X509_NAME_get_text_by_NID(name, NID_commonName, &buffer, Int32(buffer.count))
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether a DNS subject alternative name matches `host` exactly.
    func hasDNSName(_ host: String) -> Bool {
        X509_check_host(handle, host, host.utf8.count, UInt32(X509_CHECK_FLAG_NO_WILDCARDS), nil) == 1
    }

    /// Whether an IP subject alternative name equals `address`.
    func hasIPAddress(_ address: String) -> Bool { X509_check_ip_asc(handle, address, 0) == 1 }

    /// Whether the basic constraints say CA.
    var isCertificateAuthority: Bool { X509_check_ca(handle) != 0 }

    /// Start and end of validity.
    var validity: (notBefore: Date, notAfter: Date)? {
        guard let start = Self.date(X509_get0_notBefore(handle)), let end = Self.date(X509_get0_notAfter(handle)) else {
            return nil
        }
        return (start, end)
    }

    private static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date? {
        guard let time else { return nil }
        var parts = tm()
        guard ASN1_TIME_to_tm(time, &parts) == 1 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }

    /// Whether `issuer`'s public key verifies this certificate's signature.
    func isSigned(by issuer: OpenSSLCertificate) -> Bool {
        guard let key = X509_get0_pubkey(issuer.handle) else { return false }
        defer { ERR_clear_error() }
        return X509_verify(handle, key) == 1
    }

    /// Whether `key` is the private key of this certificate's public key.
    func matches(_ key: OpenSSLKey) -> Bool {
        defer { ERR_clear_error() }
        return X509_check_private_key(handle, key.handle) == 1
    }

    /// The certificate of a PEM text.
    static func parse(pem: String) -> OpenSSLCertificate? {
        guard let block = PEMBlock.decode(pem), block.type == "CERTIFICATE" else { return nil }
        return parse(der: block.bytes)
    }
}

extension OpenSSLKey {
    /// The key's size in bits (2048 for `genCA`'s RSA keys, 256 for P-256).
    var bits: Int { Int(EVP_PKEY_get_bits(handle)) }

    /// OpenSSL's name of the key type (`RSA`, `EC`, `ED25519`, `DSA`).
    var typeName: String {
        switch typeID {
        case EVP_PKEY_RSA: return "RSA"
        case EVP_PKEY_EC: return "EC"
        case EVP_PKEY_ED25519: return "ED25519"
        case EVP_PKEY_DSA: return "DSA"
        default: return "other"
        }
    }
}
