import ChartValues
import Foundation
import GoTemplate
import Testing

@testable import TemplateFunctions

/// Random crypto results checked by their properties: hashes verify, keys and certificates
/// parse with OpenSSL, chains verify, CN/SANs/validity are what was asked; the oracle's own
/// hashes and certificates are accepted by swiftchart.
@Suite struct CryptoPropertyTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)
    static let environment = RenderEnvironment(random: .seeded(7), clock: { CryptoPropertyTests.start })
    static let table = HelmFunctions.table(environment: environment)

    static func call(_ name: String, _ args: Value...) throws -> Value {
        let function = try #require(table[name], "no function \(name)")
        return try function.body(NoTemplates(), args)
    }

    static func text(_ value: Value) -> String {
        if case .string(let text) = value { return text }
        return ""
    }

    static func certificate(_ value: Value) throws -> SprigCertificate {
        guard case .object(let object) = value, let certificate = object as? SprigCertificate else {
            throw GoCallError("not a certificate: \(value.typeName)")
        }
        return certificate
    }

    /// The oracle's bcrypt and htpasswd hashes (recorded in crypto.json) verify here.
    static let oracleHashes: [(password: String, hash: String)] = ExtCase.all.compactMap { fixture in
        guard let call = fixture.call, let output = fixture.output, output.contains("$2a$") else { return nil }
        let strings = call.operands.compactMap { operand -> String? in
            if case .value(.string(let text)) = operand { return text }
            return nil
        }
        switch call.function {
        case "bcrypt": return (strings[0], output)
        case "htpasswd": return (strings[1], String(output.drop { $0 != ":" }.dropFirst()))
        default: return nil
        }
    }

    @Test func oracleBcryptHashesVerify() {
        #expect(Self.oracleHashes.count >= 4)
        for (password, hash) in Self.oracleHashes {
            #expect(Bcrypt.verify(password: Array(password.utf8), hash: hash), "\(hash) should verify \(password)")
            #expect(!Bcrypt.verify(password: Array(("x" + password).utf8), hash: hash))
        }
    }

    @Test func swiftchartHashesVerify() throws {
        let hash = Self.text(try Self.call("bcrypt", .string("s3cret")))
        #expect(hash.hasPrefix("$2a$10$") && hash.count == 60)
        #expect(Bcrypt.verify(password: Array("s3cret".utf8), hash: hash))
        let line = Self.text(try Self.call("htpasswd", .string("admin"), .string("pw")))
        #expect(Bcrypt.verify(password: Array("pw".utf8), hash: String(line.dropFirst("admin:".count))))
    }

    @Test func caIsSelfSignedWithRequestedFields() throws {
        let ca = try Self.certificate(Self.call("genCA", .string("my-ca"), .int(365)))
        let cert = try #require(OpenSSLCertificate.parse(pem: ca.cert))
        let key = try OpenSSLKey.parse(pem: ca.key)
        #expect(cert.commonName == "my-ca")
        #expect(cert.issuerCommonName == "my-ca")
        #expect(cert.isCertificateAuthority)
        #expect(cert.isSigned(by: cert))
        #expect(cert.matches(key))
        #expect(key.typeName == "RSA" && key.bits == 2048)
        let validity = try #require(cert.validity)
        #expect(validity.notBefore == Self.start)
        #expect(validity.notAfter == Self.start.addingTimeInterval(365 * 86_400))
    }

    @Test func signedCertificateChainsToItsCA() throws {
        let caValue = try Self.call("genCA", .string("ca"), .int(1))
        let leaf = try Self.certificate(Self.call(
            "genSignedCert", .string("svc"), .list([.string("10.0.0.1"), .string("::1")]),
            .list([.string("svc.local"), .string("svc")]), .int(30), caValue))
        let ca = try #require(OpenSSLCertificate.parse(pem: try Self.certificate(caValue).cert))
        let cert = try #require(OpenSSLCertificate.parse(pem: leaf.cert))
        #expect(cert.commonName == "svc")
        #expect(cert.issuerCommonName == "ca")
        #expect(cert.isSigned(by: ca))
        #expect(!cert.isSigned(by: cert))
        #expect(!cert.isCertificateAuthority)
        #expect(cert.hasDNSName("svc.local") && cert.hasDNSName("svc") && !cert.hasDNSName("other"))
        #expect(cert.hasIPAddress("10.0.0.1") && cert.hasIPAddress("::1") && !cert.hasIPAddress("10.0.0.2"))
        #expect(cert.matches(try OpenSSLKey.parse(pem: leaf.key)))
        #expect(try #require(cert.validity).notAfter == Self.start.addingTimeInterval(30 * 86_400))
    }

    @Test(arguments: ["ecdsa", "ed25519", "rsa"])
    func certificatesWithAGivenKeyKeepIt(_ type: String) throws {
        let pem = Self.text(try Self.call("genPrivateKey", .string(type)))
        let selfSigned = try Self.certificate(Self.call(
            "genSelfSignedCertWithKey", .string("x"), .null, .list([.string("a.b")]), .int(2), .string(pem)))
        #expect(selfSigned.key == pem)
        let cert = try #require(OpenSSLCertificate.parse(pem: selfSigned.cert))
        #expect(cert.matches(try OpenSSLKey.parse(pem: pem)))
        #expect(cert.isSigned(by: cert) && cert.hasDNSName("a.b"))
        let ca = try Self.certificate(Self.call("genCAWithKey", .string("ca"), .int(3), .string(pem)))
        #expect(ca.key == pem)
        #expect(try #require(OpenSSLCertificate.parse(pem: ca.cert)).isCertificateAuthority)
    }

    @Test(arguments: [("rsa", "RSA", 4096), ("", "RSA", 4096), ("ecdsa", "EC", 256), ("ed25519", "ED25519", 256), ("dsa", "DSA", 1024)])
    func privateKeysParse(_ type: String, _ kind: String, _ bits: Int) throws {
        let key = try OpenSSLKey.parse(pem: Self.text(try Self.call("genPrivateKey", .string(type))))
        #expect(key.typeName == kind)
        #expect(key.bits == bits)
    }

    /// The oracle's CA (printed `{CERT KEY}` in crypto.json) parses, has the requested CN,
    /// validity and CA flag, and `buildCustomCert` takes it.
    @Test func oracleCertificateIsAccepted() throws {
        let fixture = try #require(ExtCase.all.first { $0.name == "genCA-print" })
        let printed = try #require(fixture.output)
        let body = printed.dropFirst().dropLast()
        let split = try #require(body.range(of: " -----BEGIN RSA PRIVATE KEY-----"))
        let certPEM = String(body[..<split.lowerBound])
        let keyPEM = String(body[body.index(after: split.lowerBound)...])
        let cert = try #require(OpenSSLCertificate.parse(pem: certPEM))
        #expect(cert.commonName == "my-ca" && cert.isCertificateAuthority && cert.isSigned(by: cert))
        let validity = try #require(cert.validity)
        #expect(validity.notAfter.timeIntervalSince(validity.notBefore) == 365 * 86_400)
        let built = try Self.certificate(Self.call(
            "buildCustomCert", .string(CryptoText.base64(Array(certPEM.utf8))), .string(CryptoText.base64(Array(keyPEM.utf8)))))
        #expect(built.cert == certPEM && built.key == keyPEM)
        let leaf = try Self.certificate(Self.call("genSignedCert", .string("svc"), .null, .null, .int(1), .object(built)))
        #expect(try #require(OpenSSLCertificate.parse(pem: leaf.cert)).isSigned(by: cert))
    }

    @Test func aesRoundTrips() throws {
        for (key, text) in [("k", "x"), ("", "0123456789abcdef"), (String(repeating: "p", count: 40), "héllo\nwörld")] {
            let cipher = Self.text(try Self.call("encryptAES", .string(key), .string(text)))
            #expect(Self.text(try Self.call("decryptAES", .string(key), .string(cipher))) == text)
        }
    }
}

/// `--random-seed`: the same seed gives the same random results, another seed others, and the
/// default source differs from call to call.
@Suite struct SeededRandomTests {
    static func outputs(_ random: RandomSource) throws -> [String] {
        let table = HelmFunctions.table(environment: RenderEnvironment(random: random))
        return try [
            ("randAlphaNum", [Value.int(16)]), ("uuidv4", []), ("shuffle", [.string("abcdefghij")]),
            ("randBytes", [.int(12)]), ("randInt", [.int(0), .int(1_000_000)]), ("encryptAES", [.string("k"), .string("t")]),
        ].map { name, args in
            let function = try #require(table[name])
            return GoFormat.sprint([try function.body(NoTemplates(), args)])
        }
    }

    @Test func seedIsReproducible() throws {
        #expect(try Self.outputs(.seeded(42)) == Self.outputs(.seeded(42)))
        #expect(try Self.outputs(.seeded(42)) != Self.outputs(.seeded(43)))
        #expect(try Self.outputs(.system()) != Self.outputs(.system()))
    }

    /// With a seed and a fixed clock, RSA and Ed25519 keys and the certificates signed with
    /// them are reproducible (and still valid: see CryptoPropertyTests, which runs seeded).
    @Test func seededKeysAndCertificatesAreReproducible() throws {
        func render(_ seed: UInt64) throws -> [String] {
            let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_700_000_000) }
            let table = HelmFunctions.table(environment: RenderEnvironment(random: .seeded(seed), clock: clock))
            let ca = try #require(table["genCA"]).body(NoTemplates(), [.string("ca"), .int(10)])
            let leaf = try #require(table["genSignedCert"]).body(NoTemplates(), [.string("svc"), .null, .null, .int(1), ca])
            let ed = try #require(table["genPrivateKey"]).body(NoTemplates(), [.string("ed25519")])
            return [GoFormat.sprint([ca]), GoFormat.sprint([leaf]), GoFormat.sprint([ed])]
        }
        let first = try render(9)
        #expect(try render(9) == first)
        #expect(try render(10) != first)
        let key = try OpenSSLKey.parse(pem: first[2])
        #expect(key.typeName == "ED25519")
    }

    @Test func uniformStaysInRange() {
        let random = RandomSource.seeded(1)
        for bound in [1, 2, 3, 10, 62, 1000] as [UInt64] {
            for _ in 0..<200 { #expect(random.uniform(below: bound) < bound) }
        }
    }
}
