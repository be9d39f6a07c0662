import ChartValues
import GoTemplate

/// Helm's serialisation functions (`pkg/engine/funcs.go`), which replace or extend Sprig's:
/// `toYaml`, `mustToYaml`, `toYamlPretty`, `fromYaml`, `fromYamlArray`, `toJson`,
/// `mustToJson`, `fromJson`, `fromJsonArray`, `toToml`, `mustToToml`, `fromToml`.
///
/// The non-`must` encoders swallow errors as Helm does: `toYaml`/`toJson` give `""`, `toToml`
/// gives the error text; decoders report failures inside the result (`map[Error:...]`).
enum HelmSerialization {
    /// The functions, by name.
    static func table() -> [String: TemplateFunction] {
        let any = GoType.interface
        return [
            "toYaml": .plain([any], result: .string) { args in .string((try? yaml(args[0])) ?? "") },
            "mustToYaml": .plain([any], result: .string, returnsError: true) { args in .string(try yaml(args[0])) },
            "toYamlPretty": .plain([any], result: .string) { args in
                .string(((try? YAML.encodePretty(args[0])) ?? "").trimmingSuffix("\n"))
            },
            "fromYaml": .plain([.string], result: .stringMap) { args in YAML.helmFromYaml(try args.string(0)) },
            "fromYamlArray": .plain([.string], result: .list) { args in YAML.helmFromYamlArray(try args.string(0)) },
            "toJson": .plain([any], result: .string) { args in .string((try? JSON.encode(args[0])) ?? "") },
            "mustToJson": .plain([any], result: .string, returnsError: true) { args in
                do {
                    return .string(try JSON.encode(args[0]))
                } catch let error as JSONError {
                    throw GoCallError(error.description)
                }
            },
            "fromJson": .plain([.string], result: .stringMap) { args in
                // Helm unmarshals into a map it made first, so JSON `null` leaves it empty, not nil.
                let value = JSON.helmFromJson(try args.string(0))
                if case .null = value { return .map([:]) }
                return value
            },
            "fromJsonArray": .plain([.string], result: .list) { args in JSON.helmFromJsonArray(try args.string(0)) },
            "toToml": .plain([any], result: .string) { args in
                do {
                    return .string(try TOMLEncoder.encode(args[0]))
                } catch let error as GoCallError {
                    return .string(error.message)
                }
            },
            "mustToToml": .plain([any], result: .string, returnsError: true) { args in
                .string(try TOMLEncoder.encode(args[0]))
            },
            "fromToml": .plain([.string], result: .stringMap) { args in
                let text = try args.string(0)
                do {
                    return .map(try TOMLDecoder.decode(text))
                } catch let error as GoCallError {
                    return .map(["Error": .string(error.message)])
                }
            },
        ]
    }

    /// `toYaml`'s text: sigs.k8s.io/yaml's output without its final line break.
    private static func yaml(_ value: Value) throws -> String {
        do {
            return try YAML.encode(value).trimmingSuffix("\n")
        } catch {
            throw GoCallError(error.description)
        }
    }
}

extension String {
    /// The string without one trailing `suffix` (Go's `strings.TrimSuffix`).
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
