import ChartValues
import GoTemplate

/// Sprig's `semver` and `semverCompare` (Masterminds/semver v3).
enum SemverFunctions {
    /// The functions, by name.
    static func table() -> [String: TemplateFunction] {
        [
            "semver": .plain([.string], result: SemverObject.pointerType, returnsError: true) { args in
                .object(SemverObject(version: try parse(try args.string(0)), isPointer: true))
            },
            "semverCompare": .plain([.string, .string], result: .bool, returnsError: true) { args in
                let constraint: SemverConstraint
                do {
                    constraint = try SemverConstraint(parsing: try args.string(0))
                } catch let improper as SemverConstraint.Improper {
                    throw GoCallError(improper.message)
                }
                return .bool(constraint.isSatisfied(by: try parse(try args.string(1))))
            },
        ]
    }

    static func parse(_ text: String) throws -> SemverVersion {
        do {
            return try SemverVersion(parsing: text)
        } catch {
            throw GoCallError(error.message)
        }
    }
}

/// `*semver.Version` (from `semver`) or `semver.Version` (from `.IncMajor`...): printed
/// and serialised as the normalised version, with the library's methods.
struct SemverObject: GoObject {
    static let valueType = GoType.structure("semver.Version")
    static let pointerType = GoType.pointer(valueType)

    let version: SemverVersion
    let isPointer: Bool

    var goType: GoType { isPointer ? Self.pointerType : Self.valueType }
    func field(named name: String) -> Value? { nil }
    var orderedFields: [(name: String, value: Value)] { [] }
    var stringMethodResult: String? { version.description }
    var jsonRepresentation: Value { .string(version.description) }

    func isEqual(to other: any GoObject) -> Bool {
        guard let other = other as? SemverObject else { return false }
        return version == other.version && isPointer == other.isPointer
    }

    /// Methods Masterminds declares on `*Version`; a `Version` value (what `IncMajor`
    /// returns) is not addressable in a template, so it lacks them.
    private static let pointerMethods: Set<String> = [
        "Original", "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal",
    ]

    func method(named name: String) -> GoMethod? {
        if !isPointer && Self.pointerMethods.contains(name) { return nil }
        let version = self.version
        func accessor(_ result: GoType, _ read: @escaping @Sendable () -> Value) -> GoMethod {
            GoMethod(GoSignature([], result: result)) { _ in read() }
        }
        func comparison(_ test: @escaping @Sendable (Int) -> Bool) -> GoMethod {
            GoMethod(GoSignature([Self.pointerType], result: .bool)) { args in
                .bool(test(version.compare(try CallArguments(args).object(0, as: SemverObject.self).version)))
            }
        }
        func increment(_ part: String) -> GoMethod {
            GoMethod(GoSignature([], result: Self.valueType)) { _ in
                .object(SemverObject(version: version.incremented(part), isPointer: false))
            }
        }
        switch name {
        case "Major": return accessor(.uint64) { .otherInteger(.uint64, Int64(bitPattern: version.major)) }
        case "Minor": return accessor(.uint64) { .otherInteger(.uint64, Int64(bitPattern: version.minor)) }
        case "Patch": return accessor(.uint64) { .otherInteger(.uint64, Int64(bitPattern: version.patch)) }
        case "Prerelease": return accessor(.string) { .string(version.prerelease) }
        case "Metadata": return accessor(.string) { .string(version.metadata) }
        case "Original": return accessor(.string) { .string(version.original) }
        case "String": return accessor(.string) { .string(version.description) }
        case "Compare":
            return GoMethod(GoSignature([Self.pointerType], result: .int)) { args in
                .int(version.compare(try CallArguments(args).object(0, as: SemverObject.self).version))
            }
        case "LessThan": return comparison { $0 < 0 }
        case "LessThanEqual": return comparison { $0 <= 0 }
        case "GreaterThan": return comparison { $0 > 0 }
        case "GreaterThanEqual": return comparison { $0 >= 0 }
        case "Equal": return comparison { $0 == 0 }
        case "IncMajor": return increment("major")
        case "IncMinor": return increment("minor")
        case "IncPatch": return increment("patch")
        default: return nil
        }
    }
}
