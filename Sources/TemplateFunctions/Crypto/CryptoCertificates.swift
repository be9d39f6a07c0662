import ChartValues
import Foundation
import GoTemplate

/// Sprig's `certificate` struct: what `genCA`, `genSelfSignedCert`, `genSignedCert` and
/// `buildCustomCert` return, with the PEM texts in `.Cert` and `.Key`.
struct SprigCertificate: GoObject {
    /// `sprig.certificate` (its `%T` and `typeOf`).
    static let type = GoType.structure("sprig.certificate")

    var cert: String
    var key: String

    var goType: GoType { Self.type }

    func field(named name: String) -> Value? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }

    var orderedFields: [(name: String, value: Value)] { [("Cert", .string(cert)), ("Key", .string(key))] }

    var jsonRepresentation: Value { .map(["Cert": .string(cert), "Key": .string(key)]) }

    func isEqual(to other: any GoObject) -> Bool {
        guard let other = other as? SprigCertificate else { return false }
        return cert == other.cert && key == other.key
    }
}

/// Sprig's key and certificate generators: `genPrivateKey`, `genCA`, `genCAWithKey`,
/// `genSelfSignedCert`, `genSelfSignedCertWithKey`, `genSignedCert`, `genSignedCertWithKey`
/// and `buildCustomCert`.
///
/// Serial numbers (random 128-bit) come from the render's random source, and so do RSA and
/// Ed25519 keys when it is seeded (`OpenSSLKey.generate(_:random:)`); otherwise keys come
/// from OpenSSL's generator. Validity starts at the clock's now and lasts `days` × 24 h.
enum CertificateFunctions {
    /// The functions, by name.
    static func table(_ random: RandomSource, clock: @escaping @Sendable () -> Date) -> [String: TemplateFunction] {
        let certificate = SprigCertificate.type
        let list = GoType.list
        func result(_ body: @escaping @Sendable (CallArguments) throws -> SprigCertificate) -> @Sendable (CallArguments) throws -> Value {
            { args in .object(try body(args)) }
        }
        func generator(_ parameters: [GoType], _ body: @escaping @Sendable (CallArguments) throws -> SprigCertificate) -> TemplateFunction {
            .plain(parameters, result: certificate, returnsError: true, result(body))
        }
        let context = Context(random: random, clock: clock)
        return [
            "genPrivateKey": .plain([.string], result: .string) { args in
                .string(context.privateKeyText(try args.string(0)))
            },
            "genCA": generator([.string, .int]) { args in
                try context.authority(cn: try args.string(0), days: try args.int(1), key: nil)
            },
            "genCAWithKey": generator([.string, .int, .string]) { args in
                try context.authority(cn: try args.string(0), days: try args.int(1), key: try parseKey(try args.string(2)))
            },
            "genSelfSignedCert": generator([.string, list, list, .int]) { args in
                try context.leaf(args, days: try args.int(3), key: nil, issuer: nil)
            },
            "genSelfSignedCertWithKey": generator([.string, list, list, .int, .string]) { args in
                try context.leaf(args, days: try args.int(3), key: try parseKey(try args.string(4)), issuer: nil)
            },
            "genSignedCert": generator([.string, list, list, .int, certificate]) { args in
                try context.leaf(args, days: try args.int(3), key: nil, issuer: try args.object(4, as: SprigCertificate.self))
            },
            "genSignedCertWithKey": generator([.string, list, list, .int, certificate, .string]) { args in
                try context.leaf(args, days: try args.int(3), key: try parseKey(try args.string(5)),
                                 issuer: try args.object(4, as: SprigCertificate.self))
            },
            "buildCustomCert": generator([.string, .string]) { args in
                try buildCustom(certificate: try args.string(0), key: try args.string(1))
            },
        ]
    }

    /// The generators' shared inputs.
    private struct Context: Sendable {
        let random: RandomSource
        let clock: @Sendable () -> Date

        /// `genPrivateKey`: errors are reported in the result text, as Sprig does.
        func privateKeyText(_ type: String) -> String {
            let kind: OpenSSLKey.Kind
            switch type {
            case "", "rsa": kind = .rsa(bits: 4096)
            case "dsa": kind = .dsa
            case "ecdsa": kind = .ecdsaP256
            case "ed25519": kind = .ed25519
            default: return "Unknown type \(type)"
            }
            do {
                return try OpenSSLKey.generate(kind, random: random).pem()
            } catch {
                return "failed to generate private key: \(error)"
            }
        }

        func authority(cn: String, days: Int, key: OpenSSLKey?) throws -> SprigCertificate {
            let template = OpenSSLCertificate.Template(
                commonName: cn, notBefore: clock(), days: days, isCA: true, serial: serial())
            return try make(template, key: key, issuer: nil)
        }

        func leaf(_ args: CallArguments, days: Int, key: OpenSSLKey?, issuer: SprigCertificate?) throws -> SprigCertificate {
            let signer = try issuer.map(parseIssuer)
            let template = OpenSSLCertificate.Template(
                commonName: try args.string(0), ipAddresses: try ipAddresses(try args.list(1)),
                dnsNames: try dnsNames(try args.list(2)), notBefore: clock(), days: days, isCA: false, serial: serial())
            return try make(template, key: key, issuer: signer)
        }

        private func make(
            _ template: OpenSSLCertificate.Template, key: OpenSSLKey?,
            issuer: (certificate: OpenSSLCertificate, key: OpenSSLKey)?
        ) throws -> SprigCertificate {
            let key = try key ?? OpenSSLKey.generate(.rsa(bits: 2048), random: random)
            let certificate = try OpenSSLCertificate.create(template, key: key, issuer: issuer)
            return SprigCertificate(cert: try certificate.pem(), key: try key.pem())
        }

        /// A random serial below 2^128, as Go's `rand.Int(rand.Reader, 1<<128)`.
        private func serial() -> [UInt8] { random.bytes(16) }
    }

    private static func parseKey(_ pem: String) throws -> OpenSSLKey {
        do {
            return try OpenSSLKey.parse(pem: pem)
        } catch let error as GoCallError {
            throw GoCallError("parsing private key: \(error.message)")
        }
    }

    private static func parseIssuer(_ ca: SprigCertificate) throws -> (certificate: OpenSSLCertificate, key: OpenSSLKey) {
        guard let block = PEMBlock.decode(ca.cert) else { throw GoCallError("unable to decode certificate") }
        guard let certificate = OpenSSLCertificate.parse(der: block.bytes) else {
            throw GoCallError("error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate")
        }
        do {
            return (certificate, try OpenSSLKey.parse(pem: ca.key))
        } catch let error as GoCallError {
            throw GoCallError("error parsing private key: \(error.message)")
        }
    }

    private static func buildCustom(certificate: String, key: String) throws -> SprigCertificate {
        guard let certBytes = try? CryptoText.decodeBase64(certificate) else {
            throw GoCallError("unable to decode base64 certificate")
        }
        guard let keyBytes = try? CryptoText.decodeBase64(key) else {
            throw GoCallError("unable to decode base64 private key")
        }
        let certText = String(decoding: certBytes, as: UTF8.self)
        let keyText = String(decoding: keyBytes, as: UTF8.self)
        guard let block = PEMBlock.decode(certText) else { throw GoCallError("unable to decode certificate") }
        guard OpenSSLCertificate.parse(der: block.bytes) != nil else {
            throw GoCallError("error parsing certificate: decodedCert.Bytes: x509: malformed certificate")
        }
        do {
            _ = try OpenSSLKey.parse(pem: keyText)
        } catch let error as GoCallError {
            throw GoCallError("error parsing private key: \(error.message)")
        }
        return SprigCertificate(cert: certText, key: keyText)
    }

    /// Sprig's `getNetIPs`: every element must be a string Go's `net.ParseIP` accepts.
    private static func ipAddresses(_ values: [Value]) throws -> [[UInt8]] {
        try values.map { value in
            guard case .string(let text) = value else {
                throw GoCallError("error parsing ip: \(CertificateFunctions.describe(value)) is not a string")
            }
            guard let bytes = IPAddress.parse(text) else { throw GoCallError("error parsing ip: \(text)") }
            return bytes
        }
    }

    /// Sprig's `getAlternateDNSStrs`: every element must be a string.
    private static func dnsNames(_ values: [Value]) throws -> [String] {
        try values.map { value in
            guard case .string(let text) = value else {
                throw GoCallError("error processing alternate dns name: \(CertificateFunctions.describe(value)) is not a string")
            }
            return text
        }
    }

    /// `%v` of a non-string list element (numbers, booleans, nil are what charts pass).
    static func describe(_ value: Value) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return String(flag)
        case .int(let number): return String(number)
        case .int64(let number): return String(number)
        case .otherInteger(_, let number): return String(number)
        case .float64(let number) where number == number.rounded() && abs(number) < 1e21: return String(Int64(number))
        default: return value.typeName
        }
    }
}
