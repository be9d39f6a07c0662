import GoTemplate

/// Helm's `getHostByName`: DNS lookups are off unless `--enable-dns` is given, which
/// `helm template` (and swiftchart, which renders offline) never does, so every name
/// resolves to `""`.
enum NetworkFunctions {
    /// The functions, by name.
    static func table() -> [String: TemplateFunction] {
        ["getHostByName": .plain([.string], result: .string) { args in
            _ = try args.string(0)
            return .string("")
        }]
    }
}
