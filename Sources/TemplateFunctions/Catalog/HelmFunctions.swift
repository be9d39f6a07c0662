import GoTemplate

/// The complete function table of a Helm render: Sprig's functions as Helm keeps them, with
/// Helm's own (`include`, `tpl`, `toYaml`, `lookup`, ...) added or overriding Sprig's.
public enum HelmFunctions {
    /// Every function a chart template can call, bound to `environment` (randomness, clock,
    /// time zone, cluster lookups).
    public static func table(environment: RenderEnvironment = RenderEnvironment()) -> FunctionTable {
        var functions: [String: TemplateFunction] = [:]
        // Sprig's categories first: Helm's own functions replace Sprig's of the same name.
        for category in [
            FunctionCatalog.strings,
            FunctionCatalog.lists,
            FunctionCatalog.dicts,
            FunctionCatalog.math,
            FunctionCatalog.conversion,
            FunctionCatalog.defaults,
            FunctionCatalog.reflection,
            FunctionCatalog.encoding,
            FunctionCatalog.regex,
            FunctionCatalog.paths,
            RandomFunctions.table(environment.random),
            CryptoFunctions.table(environment),
            DateFunctions.table(environment),
            SemverFunctions.table(),
            NetworkFunctions.table(),
            HelmTemplateFunctions.table(environment),
            HelmSerialization.table(),
        ] {
            functions.merge(category) { $1 }
        }
        return FunctionTable(functions)
    }
}
