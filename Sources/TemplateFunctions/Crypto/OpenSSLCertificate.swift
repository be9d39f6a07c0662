internal import COpenSSL
import ChartValues
import Foundation

/// An OpenSSL X.509 certificate (`X509`), freed with its owner.
final class OpenSSLCertificate {
    let handle: OpaquePointer

    init(taking handle: OpaquePointer) { self.handle = handle }

    deinit { X509_free(handle) }

    /// What Sprig's templates ask for: subject CN, SANs, validity, CA or leaf.
    struct Template {
        var commonName: String
        var ipAddresses: [[UInt8]] = []
        var dnsNames: [String] = []
        var notBefore: Date
        var days: Int
        var isCA: Bool
        var serial: [UInt8]
    }

    /// Parses DER; nil when OpenSSL rejects it.
    static func parse(der: [UInt8]) -> OpenSSLCertificate? {
        der.withUnsafeBufferPointer { buffer in
            var cursor = buffer.baseAddress
            let certificate = d2i_X509(nil, &cursor, buffer.count)
            ERR_clear_error()
            return certificate.map(OpenSSLCertificate.init(taking:))
        }
    }

    /// Builds and signs a certificate for `key`: self-signed without an issuer, else signed
    /// by `issuer` with `issuerKey`. Extensions follow Go's `x509.CreateCertificate` for
    /// Sprig's templates.
    static func create(
        _ template: Template, key: OpenSSLKey, issuer: (certificate: OpenSSLCertificate, key: OpenSSLKey)?
    ) throws -> OpenSSLCertificate {
        guard let x509 = X509_new() else { throw OpenSSLError.last("X509_new") }
        let certificate = OpenSSLCertificate(taking: x509)
        guard X509_set_version(x509, 2) == 1 else { throw OpenSSLError.last("certificate version") }
        let serial = template.serial.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress, Int32($0.count), nil) }
        defer { BN_free(serial) }
        guard let serial, BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(x509)) != nil else {
            throw OpenSSLError.last("certificate serial")
        }
        guard let name = X509_NAME_new() else { throw OpenSSLError.last("X509_NAME_new") }
        defer { X509_NAME_free(name) }
        let cn = Array(template.commonName.utf8)
        guard X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_UTF8, cn, Int32(cn.count), -1, 0) == 1,
              X509_set_subject_name(x509, name) == 1,
              X509_set_issuer_name(x509, issuer.map { X509_get_subject_name($0.certificate.handle) } ?? name) == 1
        else { throw OpenSSLError.last("certificate names") }
        let start = time_t(template.notBefore.timeIntervalSince1970.rounded(.down))
        // Go's Duration arithmetic wraps on absurd day counts; so does this, rather than trapping.
        let end = start &+ time_t(truncatingIfNeeded: template.days) &* 86_400
        guard let notBefore = ASN1_TIME_set(nil, start), let notAfter = ASN1_TIME_set(nil, end) else {
            throw OpenSSLError.last("certificate validity")
        }
        defer {
            ASN1_TIME_free(notBefore)
            ASN1_TIME_free(notAfter)
        }
        guard X509_set1_notBefore(x509, notBefore) == 1, X509_set1_notAfter(x509, notAfter) == 1,
              X509_set_pubkey(x509, key.handle) == 1
        else { throw OpenSSLError.last("certificate validity") }

        let signer = issuer?.certificate.handle ?? x509
        var usage = "critical,digitalSignature,keyEncipherment"
        if template.isCA { usage += ",keyCertSign" }
        try certificate.addExtension(NID_key_usage, usage, issuer: signer)
        try certificate.addExtension(NID_ext_key_usage, "serverAuth,clientAuth", issuer: signer)
        try certificate.addExtension(NID_basic_constraints, template.isCA ? "critical,CA:TRUE" : "critical,CA:FALSE", issuer: signer)
        if template.isCA { try certificate.addExtension(NID_subject_key_identifier, "hash", issuer: signer) }
        if issuer != nil { try certificate.addExtension(NID_authority_key_identifier, "keyid", issuer: signer) }
        let alternatives = template.dnsNames.map { "DNS:" + $0 } + template.ipAddresses.map { "IP:" + ipText($0) }
        if !alternatives.isEmpty {
            try certificate.addExtension(NID_subject_alt_name, alternatives.joined(separator: ","), issuer: signer)
        }

        let signingKey = issuer?.key ?? key
        // Ed25519 signs without a separate digest, as Go's PureEd25519.
        let digest = signingKey.typeID == EVP_PKEY_ED25519 ? nil : EVP_sha256()
        guard X509_sign(x509, signingKey.handle, digest) > 0 else { throw OpenSSLError.last("certificate signing") }
        return certificate
    }

    private func addExtension(_ nid: Int32, _ value: String, issuer: OpaquePointer) throws {
        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer, handle, nil, nil, 0)
        guard let ext = X509V3_EXT_conf_nid(nil, &context, nid, value) else {
            throw OpenSSLError.last("certificate extension")
        }
        defer { X509_EXTENSION_free(ext) }
        guard X509_add_ext(handle, ext, -1) == 1 else { throw OpenSSLError.last("certificate extension") }
    }

    /// The DER encoding.
    func der() throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        let length = i2d_X509(handle, &buffer)
        guard length > 0, let buffer else { throw OpenSSLError.last("certificate encoding") }
        defer { CRYPTO_free(buffer, #file, #line) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(length)))
    }

    /// `CERTIFICATE` PEM.
    func pem() throws -> String { PEMBlock(type: "CERTIFICATE", bytes: try der()).encoded }

    private static func ipText(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var groups: [String] = []
        for index in stride(from: 0, to: bytes.count, by: 2) {
            groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]), radix: 16))
        }
        return groups.joined(separator: ":")
    }
}
