import ChartValues

/// A loaded chart: metadata, templates, default values, schema, ordinary files and subcharts,
/// classified exactly as Helm's v2 loader does (helm-pipeline.md §1.3).
///
/// Load once with `Chart.load(path:)`, then render as often as needed with `ChartRenderer`;
/// a `Chart` is an immutable value, so renders never see each other's dependency processing.
public struct Chart: Sendable {
    /// `Chart.yaml` (plus `requirements.yaml` dependencies), validated.
    public var metadata: ChartMetadata
    /// Every file under `templates/`, in load order.
    public var templates: [ChartFile]
    /// Ordinary files, visible through `.Files` (includes `crds/`).
    public var files: [ChartFile]
    /// `values.yaml`, its documents merged.
    public var values: [String: Value]
    /// `values.schema.json`, if present.
    public var schema: [UInt8]?
    /// Charts under `charts/`, directories and archives alike, by name.
    public var subcharts: [Chart]

    /// The chart's name (an alias once dependencies are processed).
    public var name: String { metadata.name }

    /// Whether `type: library`.
    public var isLibrary: Bool { metadata.type == "library" }

    /// Loads the chart at `path`: a chart directory (honouring `.helmignore`) or a `.tgz`.
    public static func load(path: String) throws(ChartLoadError) -> Chart {
        try Chart(files: ChartSource.files(at: path))
    }

    /// Loads a chart from archive bytes (a `.tgz`).
    public static func load(archive: [UInt8]) throws(ChartLoadError) -> Chart {
        try Chart(files: ChartSource.archiveFiles(archive))
    }

    /// Classifies `files` (paths relative to the chart root) into a chart, recursively loading
    /// `charts/` entries.
    public init(files: [ChartFile]) throws(ChartLoadError) {
        var metadata: ChartMetadata?
        for file in files where file.name == "Chart.yaml" {
            var decoded = metadata ?? ChartMetadata()
            do {
                try decoded.merge(decoded: YAML.decodeFirst(file.text, source: "Chart.yaml"))
            } catch let error as YAMLError {
                throw .unreadableFile(name: "Chart.yaml", detail: error.description)
            } catch let error as MetadataDecodingError {
                throw .unreadableFile(name: "Chart.yaml", detail: error.description)
            } catch {
                throw .unreadableFile(name: "Chart.yaml", detail: "\(error)")
            }
            if decoded.apiVersion.isEmpty { decoded.apiVersion = "v1" }
            metadata = decoded
        }
        var templates: [ChartFile] = []
        var ordinary: [ChartFile] = []
        var values: [String: Value] = [:]
        var schema: [UInt8]?
        var subchartFiles: [String: [ChartFile]] = [:]
        for file in files {
            switch file.name {
            case "Chart.yaml", "Chart.lock":
                continue
            case "requirements.lock":
                // A Helm 2 (apiVersion v1) chart also sees its lock file through `.Files`.
                if (metadata?.apiVersion ?? "v1") == "v1" { ordinary.append(file) }
            case "values.yaml":
                values = try Self.decodeValues(file)
            case "values.schema.json":
                schema = file.data
            case "requirements.yaml":
                var decoded = metadata ?? ChartMetadata()
                do {
                    try decoded.merge(decoded: YAML.decodeFirst(file.text, source: "requirements.yaml"))
                } catch let error as YAMLError {
                    throw .unreadableFile(name: "requirements.yaml", detail: error.description)
                } catch {
                    throw .unreadableFile(name: "requirements.yaml", detail: "\(error)")
                }
                metadata = decoded
                if decoded.apiVersion == "v1" { ordinary.append(file) }
            default:
                if file.name.hasPrefix("templates/") {
                    templates.append(file)
                } else if file.name.hasPrefix("charts/") {
                    if file.name.hasSuffix(".prov") {
                        ordinary.append(file)
                        continue
                    }
                    let rest = String(file.name.dropFirst("charts/".count))
                    let group = String(rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0])
                    subchartFiles[group, default: []].append(ChartFile(name: rest, data: file.data))
                } else {
                    ordinary.append(file)
                }
            }
        }
        guard var metadata else { throw .chartYAMLMissing }
        try metadata.validate()
        var subcharts: [Chart] = []
        for group in subchartFiles.keys.sorted(by: goStringLessThan) {
            if group.hasPrefix("_") || group.hasPrefix(".") { continue }
            let members = subchartFiles[group] ?? []
            do throws(ChartLoadError) {
                if group.hasSuffix(".tgz") {
                    let archive = members[0]
                    guard archive.name == group else {
                        throw ChartLoadError.unsafeArchive("error unpacking subchart tar in \(metadata.name): expected \(group), got \(archive.name)")
                    }
                    subcharts.append(try Chart.load(archive: archive.data))
                } else {
                    let inner = members.compactMap { member -> ChartFile? in
                        let parts = member.name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                        guard parts.count == 2 else { return nil }
                        return ChartFile(name: String(parts[1]), data: member.data)
                    }
                    subcharts.append(try Chart(files: inner))
                }
            } catch {
                throw .subchart(name: group, parent: metadata.name, underlying: error)
            }
        }
        self.metadata = metadata
        self.templates = templates
        self.files = ordinary
        self.values = values
        self.schema = schema
        self.subcharts = subcharts
    }

    /// `values.yaml`: every document decoded and merged, later documents winning.
    private static func decodeValues(_ file: ChartFile) throws(ChartLoadError) -> [String: Value] {
        do {
            var merged: [String: Value] = [:]
            for document in try YAML.decodeDocuments(file.text, source: "values.yaml") {
                merged = Coalescing.mergeMaps(merged, document.mapEntries ?? [:])
            }
            return merged
        } catch {
            throw .unreadableFile(name: "values.yaml", detail: error.loaderDescription)
        }
    }

    /// The CRD files of this chart (`crds/*.{yaml,yml,json}`, any case) and then, recursively,
    /// of its subcharts, with their full paths (`parent/charts/sub/crds/x.yaml`).
    public func crdFiles(fullPath: String? = nil) -> [(path: String, file: ChartFile)] {
        let base = fullPath ?? name
        var result: [(path: String, file: ChartFile)] = []
        for file in files where file.name.hasPrefix("crds/") {
            let lower = file.name.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") {
                result.append((base + "/" + file.name, file))
            }
        }
        for subchart in subcharts {
            result += subchart.crdFiles(fullPath: base + "/charts/" + subchart.name)
        }
        return result
    }
}
