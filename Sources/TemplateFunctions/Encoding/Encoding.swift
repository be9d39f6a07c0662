import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Base64, base32 and JSON functions: Sprig's `b64enc` `b64dec` `b32enc` `b32dec`
    /// `toPrettyJson` `toRawJson` `mustFromJson` (and `must` variants), Helm's `toJson`
    /// `mustToJson` `fromJson` `fromJsonArray` (reference §7, §7.3, §8.1).
    public static let encoding: [String: TemplateFunction] = [
        "b64enc": stringFunction { GoBaseEncoding.base64Encode(GoStringBytes.bytes(of: $0)) },
        "b64dec": stringFunction { text in
            switch GoBaseEncoding.base64Decode(Array(text.utf8)) {
            case .success(let bytes): return GoStringBytes.string(bytes)
            case .failure(let error): return error.description
            }
        },
        "b32enc": stringFunction { GoBaseEncoding.base32Encode(GoStringBytes.bytes(of: $0)) },
        "b32dec": stringFunction { text in
            switch GoBaseEncoding.base32Decode(Array(text.utf8)) {
            case .success(let bytes): return GoStringBytes.string(bytes)
            case .failure(let error): return error.description
            }
        },
        "toJson": jsonEncoder(escapeHTML: true, indent: nil, returnsError: false),
        "mustToJson": jsonEncoder(escapeHTML: true, indent: nil, returnsError: true),
        "toPrettyJson": jsonEncoder(escapeHTML: true, indent: "  ", returnsError: false),
        "mustToPrettyJson": jsonEncoder(escapeHTML: true, indent: "  ", returnsError: true),
        // Sprig's toRawJson panics on a marshal error where toJson and toPrettyJson return "".
        "toRawJson": jsonEncoder(escapeHTML: false, indent: nil, returnsError: false, failing: true),
        "mustToRawJson": jsonEncoder(escapeHTML: false, indent: nil, returnsError: true),
        "fromJson": coreFunction([.string], result: .stringMap) { args in
            // JSON `null` leaves Go's map nil, which prints and types as an empty map.
            let value = JSON.helmFromJson(args.string(0))
            if case .null = value { return .map([:]) }
            return value
        },
        "fromJsonArray": coreFunction([.string], result: .list) { JSON.helmFromJsonArray($0.string(0)) },
        "mustFromJson": coreFunction([.string], result: .interface, returnsError: true) { args in
            do {
                return try JSON.decode(args.string(0))
            } catch {
                throw GoCallError(String(describing: error))
            }
        },
    ]

    private static func stringFunction(_ body: @escaping @Sendable (String) -> String) -> TemplateFunction {
        coreFunction([.string], result: .string) { .string(body($0.string(0))) }
    }

    /// `json.Marshal` (compact or indented, HTML-escaping or not); a marshal error gives `""`
    /// or, for the `must` variants, the error.
    private static func jsonEncoder(escapeHTML: Bool, indent: String?, returnsError: Bool, failing: Bool = false) -> TemplateFunction {
        coreFunction([.interface], result: .string, returnsError: returnsError) { args in
            do {
                return .string(try JSON.encode(args[0], escapeHTML: escapeHTML, indent: indent))
            } catch {
                if returnsError || failing { throw GoCallError(String(describing: error)) }
                return .string("")
            }
        }
    }
}
