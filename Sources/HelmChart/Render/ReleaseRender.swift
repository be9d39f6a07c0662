import ChartValues

/// A chart rendered for one release, as `helm install --dry-run` builds it: the library entry
/// point for lint, simulate and Flux (load a `Chart` once, call `render` as often as needed).
public struct ReleaseRender: Sendable {
    /// The chart after dependency processing (disabled subcharts removed, aliases applied).
    public var chart: Chart
    /// The coalesced values the templates saw as `.Values`.
    public var values: [String: Value]
    /// Every rendered template (NOTES and empty outputs included, partials never).
    public var templates: [String: String]
    /// Ordinary manifests, sorted in install order.
    public var manifests: [ManifestDocument]
    /// Hooks (documents with an unknown hook event are dropped, as Helm does), sorted by kind.
    public var hooks: [ManifestDocument]

    /// `templates/NOTES.txt` of the root chart, rendered.
    public var notes: String? { templates[chart.name + "/templates/NOTES.txt"] }

    /// The CRD files of the processed chart tree (`crds/`), for `--include-crds` and installs.
    public var crds: [(path: String, text: String)] { chart.crdFiles().map { ($0.path, $0.file.text) } }
}

/// A chart's templates rendered for one release, before splitting and sorting: Helm's
/// `engine.Render` stage, which is what lint rules and per-template fixtures look at.
public struct TemplateRender: Sendable {
    /// The chart after dependency processing (disabled subcharts removed, aliases applied).
    public var chart: Chart
    /// The coalesced values the templates saw as `.Values`.
    public var values: [String: Value]
    /// Every rendered template (NOTES and empty outputs included, partials never).
    public var templates: [String: String]
}

extension Chart {
    /// Renders the chart for a release: dependencies (conditions, tags, aliases,
    /// import-values), the chart's `kubeVersion` constraint, coalescing, schema validation,
    /// templates, splitting and sorting — Helm's steps after loading, with Helm's errors.
    ///
    /// - Parameter userValues: the merged user values (`-f`, `--set*`), see `UserValues`.
    /// - Throws: `TemplateFailure` with Helm's text (and whether Helm adds its `--debug` hint).
    public func render(values userValues: [String: Value], context: RenderContext, skipSchemaValidation: Bool = false) throws(TemplateFailure) -> ReleaseRender {
        let rendered = try renderTemplates(values: userValues, context: context, skipSchemaValidation: skipSchemaValidation)
        do {
            let sorted = try ManifestSorter.sort(rendered.templates)
            return ReleaseRender(
                chart: rendered.chart, values: rendered.values, templates: rendered.templates,
                manifests: sorted.manifests, hooks: sorted.hooks)
        } catch {
            throw TemplateFailure(error.description, hint: true)
        }
    }

    /// Renders every template for a release without splitting the output into manifests:
    /// dependencies, the `kubeVersion` constraint, coalescing, schema validation, templates.
    ///
    /// - Throws: `TemplateFailure` with Helm's text.
    public func renderTemplates(values userValues: [String: Value], context: RenderContext, skipSchemaValidation: Bool = false) throws(TemplateFailure) -> TemplateRender {
        let processed: Chart
        do {
            processed = try DependencyProcessor.process(self, userValues: userValues)
        } catch {
            throw TemplateFailure("chart dependencies processing failed: \(error)")
        }
        if !processed.metadata.kubeVersion.isEmpty {
            let normalized = context.capabilities.kubeVersion.normalized
            let satisfied = DependencyProcessor.versionMatches(processed.metadata.kubeVersion, normalized)
            if !satisfied {
                throw TemplateFailure("chart requires kubeVersion: \(processed.metadata.kubeVersion) which is incompatible with Kubernetes \(normalized)", hint: true)
            }
        }
        let values: [String: Value]
        do {
            values = try ChartCoalescing.coalesce(processed, userValues, merge: false)
        } catch {
            throw TemplateFailure(error.description)
        }
        if !skipSchemaValidation, let report = SchemaCheck.report(processed, values: values) {
            throw TemplateFailure("values don't meet the specifications of the schema(s) in the following chart(s):\n" + report)
        }
        let templates: [String: String]
        do {
            templates = try ChartRenderer.render(processed, values: values, context: context)
        } catch {
            throw TemplateFailure(error.description, hint: true)
        }
        return TemplateRender(chart: processed, values: values, templates: templates)
    }
}
