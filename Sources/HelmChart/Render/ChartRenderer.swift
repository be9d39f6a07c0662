import ChartValues
import GoTemplate
import TemplateFunctions

/// What a render assumes besides the chart and its values.
public struct RenderContext: Sendable {
    /// `.Release`.
    public var release: ReleaseInfo
    /// `.Capabilities`.
    public var capabilities: Capabilities
    /// Randomness, clock and `lookup` for the template functions.
    public var environment: RenderEnvironment

    /// Creates a context; the defaults are `helm template`'s.
    public init(release: ReleaseInfo = ReleaseInfo(), capabilities: Capabilities = Capabilities(), environment: RenderEnvironment = RenderEnvironment()) {
        self.release = release
        self.capabilities = capabilities
        self.environment = environment
    }
}

/// Why a render failed, with Helm's text.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A template does not parse (`parse error at (FILE:LINE): ...`).
    case parse(String)
    /// A template failed while executing (Helm's trace or Go's line).
    case execution(String)

    public var description: String {
        switch self {
        case .parse(let text), .execution(let text): return text
        }
    }
}

/// Helm's engine: every template of the chart tree parsed into one set (deepest paths first,
/// reverse-lexical within a depth, so the shallowest, lexically smallest `define` wins), then
/// each non-partial file executed with its chart's top-level object, `<no value>` removed
/// (helm-pipeline.md §3).
public enum ChartRenderer {
    struct Renderable {
        var text: String
        /// The full path of the chart the file belongs to (its scope).
        var scope: String
        var basePath: String
    }

    /// One chart's top-level object without `.Subcharts` and `.Template`, and its children.
    struct Scope {
        var data: [String: Value]
        var children: [(name: String, path: String)]
    }

    /// Helm hands every template of a chart the same Go map and sets its `Template` key before
    /// each execution, and a parent's `.Subcharts` holds its children's maps: so
    /// `.Subcharts.sub.Template` shows the subchart file executed last. `templates` mirrors
    /// that state per chart.
    struct Scopes {
        var scopes: [String: Scope] = [:]
        var templates: [String: Value] = [:]

        func data(for path: String) -> [String: Value] {
            guard let scope = scopes[path] else { return [:] }
            var data = scope.data
            var subcharts: [String: Value] = [:]
            for child in scope.children { subcharts[child.name] = .map(self.data(for: child.path)) }
            data["Subcharts"] = .map(subcharts)
            if let template = templates[path] { data["Template"] = template }
            return data
        }
    }

    /// Renders a dependency-processed chart with coalesced `values`: template path → output
    /// (NOTES and empty outputs included, partials never).
    public static func render(_ chart: Chart, values: [String: Value], context: RenderContext) throws(RenderError) -> [String: String] {
        var renderables: [String: Renderable] = [:]
        var scopes = Scopes()
        // One copy per render: `set .Values` is seen by the later templates of this render, as
        // in Helm, but never by the caller's values or the next render.
        let ownValues = Value.helmValues(values).deepCopy()
        collect(chart, fullPath: chart.name, isRoot: true, values: ownValues, context: context, renderables: &renderables, scopes: &scopes)
        let order = renderables.keys.sorted { lhs, rhs in
            let left = lhs.utf8.filter { $0 == UInt8(ascii: "/") }.count
            let right = rhs.utf8.filter { $0 == UInt8(ascii: "/") }.count
            if left != right { return left > right }
            return goStringLessThan(rhs, lhs)
        }
        let functions = HelmFunctions.table(environment: context.environment)
        var set = TemplateSet(functions: functions)
        for name in order {
            do {
                try set.parse(name: name, text: renderables[name]?.text ?? "")
            } catch let error as TemplateParseError {
                throw .parse(error.helmDescription)
            } catch {
                throw .parse("parse error in (\(name)): \(error)")
            }
        }
        var rendered: [String: String] = [:]
        for name in order {
            let baseName = name.split(separator: "/").last.map(String.init) ?? name
            if baseName.hasPrefix("_") { continue }
            guard let renderable = renderables[name] else { continue }
            scopes.templates[renderable.scope] = .helmValues(["Name": .string(name), "BasePath": .string(renderable.basePath)])
            do {
                let output = try set.execute(name: name, data: .helmValues(scopes.data(for: renderable.scope)), functions: functions)
                rendered[name] = output.replacingOccurrences(of: "<no value>", with: "")
            } catch let error as TemplateExecError {
                throw .execution(error.helmDescription)
            } catch {
                throw .execution("\(error)")
            }
        }
        return rendered
    }

    /// Helm's `recAllTpls`: each chart's top-level object (its own `.Values` section, `.Chart`,
    /// `.Files`) and its templates, subcharts included.
    private static func collect(_ chart: Chart, fullPath: String, isRoot: Bool, values: Value, context: RenderContext,
                                renderables: inout [String: Renderable], scopes: inout Scopes) {
        let data: [String: Value] = [
            "Chart": chart.metadata.templateValue(isRoot: isRoot),
            "Files": .object(ChartFiles(chart.files)),
            "Release": context.release.value,
            "Capabilities": .object(context.capabilities),
            "Values": values,
        ]
        var children: [(name: String, path: String)] = []
        for subchart in chart.subcharts {
            // The parent's map itself, as Helm's `Values.Table`: a subchart's `set .Values` is
            // seen through the parent's `.Values.<subchart>`.
            let section = values.mapEntries?[subchart.name]?.mapStorage ?? GoMap()
            let childPath = fullPath + "/charts/" + subchart.name
            collect(subchart, fullPath: childPath, isRoot: false, values: .typedMap(.helmValues, section), context: context,
                    renderables: &renderables, scopes: &scopes)
            children.append((subchart.name, childPath))
        }
        scopes.scopes[fullPath] = Scope(data: data, children: children)
        for template in chart.templates {
            if chart.isLibrary {
                let baseName = template.name.split(separator: "/").last.map(String.init) ?? template.name
                if !baseName.hasPrefix("_") { continue }
            }
            renderables[fullPath + "/" + template.name] = Renderable(text: template.text, scope: fullPath, basePath: fullPath + "/templates")
        }
    }
}
