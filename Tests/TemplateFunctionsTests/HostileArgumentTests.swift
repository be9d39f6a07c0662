import ChartValues
import Foundation
import GoTemplate
import Testing

@testable import TemplateFunctions

/// No function of this part can crash the process: each is called with extreme and
/// malformed arguments of its declared types (huge and negative numbers, empty, binary and
/// deeply nested strings, nil, absurd times, broken certificates) and must return or throw.
@Suite struct HostileArgumentTests {
    static let environment = RenderEnvironment(random: .seeded(3))
    static let functions: [String: TemplateFunction] = {
        var all: [String: TemplateFunction] = [:]
        for table in [
            RandomFunctions.table(environment.random), CryptoFunctions.table(environment), DateFunctions.table(environment),
            SemverFunctions.table(), NetworkFunctions.table(), HelmTemplateFunctions.table(environment),
            HelmSerialization.table(),
        ] {
            all.merge(table) { $1 }
        }
        return all
    }()

    static let farTime = Value.object(GoTimeObject(GoTime(unix: Int64.max, nanosecond: 999_999_999, location: .utc), localZone: .utc))
    static let zeroTime = Value.object(GoTimeObject(.zero, localZone: .utc))
    static let deep = String(repeating: "[", count: 20_000)

    /// Candidate arguments per declared parameter type; the first is the "ordinary" one.
    static func pool(_ type: GoType) -> [Value] {
        switch type {
        case .string:
            return [.string("x"), .string(""), .string("\u{0}\u{FF}é"), .string(deep), .string("1.2.3 - "),
                    .string("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n"),
                    .string("../../etc/passwd"), .string("Z07:00 .999999999 __2 002 Jan"), .string("9999999999h")]
        case .int: return [.int(1), .int(0), .int(-1), .int(Int.max), .int(Int.min)]
        case .uint32: return [.otherInteger(.uint32, 1), .otherInteger(.uint32, Int64(UInt32.max))]
        case .list: return [.null, .list([.string("::ffff:1.2.3.4")]), .list([.null, .float64(.nan)])]
        case GoTime.type: return [zeroTime, farTime]
        case SprigCertificate.type: return [.object(SprigCertificate(cert: "", key: "")), .object(SprigCertificate(cert: deep, key: deep))]
        default:
            return [.string("x"), .null, .int(Int.max), .int64(Int64.min), .float64(.nan), .float64(-.infinity),
                    .list([.null]), .map(["a": .list([.map([:])])]), farTime, zeroTime, .string(deep)]
        }
    }

    static let names = functions.keys.sorted()
    /// Functions costing a second or more per call in a debug build (bcrypt cost 10, scrypt,
    /// 4096-bit RSA): fewer variants, the ones that reach their error paths.
    static let slow: Set<String> = ["bcrypt", "htpasswd", "derivePassword", "genPrivateKey"]

    @Test(arguments: names)
    func survivesHostileArguments(_ name: String) throws {
        let function = try #require(Self.functions[name])
        let parameters = function.signature.parameters
        let ordinary = parameters.map { Self.pool($0)[0] }
        var calls = [ordinary]
        for (index, type) in parameters.enumerated() {
            for candidate in Self.pool(type).dropFirst().prefix(Self.slow.contains(name) ? 2 : .max) {
                var args = ordinary
                args[index] = candidate
                calls.append(args)
            }
        }
        for args in calls {
            // Returning or throwing are both fine; only a trap would fail (by killing the run).
            _ = try? function.body(NoTemplates(), args)
        }
    }
}
