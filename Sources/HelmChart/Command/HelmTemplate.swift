import ChartValues
import Foundation
import TemplateFunctions

/// The outcome of a command: what to print and the exit status.
public struct CommandResult: Sendable, Equatable {
    /// Standard output.
    public var stdout: String
    /// Standard error (`Error: ...` lines).
    public var stderr: String
    /// 0 on success, 1 when Helm would fail.
    public var exitCode: Int32

    /// Creates a result.
    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }
}

/// A failure of `helm template`, with Helm's text; `hint` adds Helm's
/// `Use --debug flag to render out invalid YAML` (errors after a release was built).
public struct TemplateFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Helm's error text.
    public var message: String
    /// Whether Helm appends its `--debug` hint (the release was already built).
    public var hint: Bool

    /// Creates a failure.
    public init(_ message: String, hint: Bool = false) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint ? message + "\n\nUse --debug flag to render out invalid YAML" : message }
}

/// `helm template` end to end: load, values, dependencies, capabilities, schema, render,
/// split, sort, print (helm-pipeline.md §4.1).
public enum HelmTemplate {
    /// Runs `swiftchart template ARGS` with relative paths resolved against `directory`.
    public static func run(arguments: [String], in directory: String, standardInput: () -> String = { "" }) -> CommandResult {
        do {
            let options = try TemplateCommandLine.parse(arguments)
            if options.helpRequested { return CommandResult(stdout: TemplateCommandLine.usage) }
            let output = try render(options, in: directory, standardInput: standardInput)
            return CommandResult(stdout: output)
        } catch let error as TemplateFailure {
            return CommandResult(stderr: "Error: \(error)\n", exitCode: 1)
        } catch {
            return CommandResult(stderr: "Error: \(error)\n", exitCode: 1)
        }
    }

    /// The text `helm template` prints for `options` (or writes, with `--output-dir`).
    public static func render(_ options: TemplateOptions, in directory: String, standardInput: () -> String = { "" }) throws -> String {
        var capabilities = Capabilities(extraAPIVersions: options.apiVersions)
        if let kubeVersion = options.kubeVersion {
            capabilities.kubeVersion = try KubeVersion(parsing: kubeVersion)
        }
        let (releaseName, chartArgument) = try nameAndChart(options)
        let chartPath = resolve(chartArgument, in: directory)
        guard FileManager.default.fileExists(atPath: chartPath) else { throw ChartLoadError.pathNotFound(chartArgument) }
        let userValues = try UserValues.merge(options, in: directory, standardInput: standardInput)
        let chart = try Chart.load(path: chartPath)
        if chart.metadata.type != "" && chart.metadata.type != "application" {
            throw TemplateFailure("\(chart.metadata.type) charts are not installable")
        }
        try checkDependencies(chart)
        try ReleaseInfo.validateName(releaseName)
        var environment = RenderEnvironment()
        if let seed = options.randomSeed { environment.random = .seeded(seed) }
        if let state = options.clusterState { environment.lookup = try ClusterState.load(resolve(state, in: directory)) }
        let context = RenderContext(
            release: ReleaseInfo(name: releaseName, namespace: options.namespace, isUpgrade: options.isUpgrade),
            capabilities: capabilities, environment: environment)
        let release = try chart.render(values: userValues, context: context, skipSchemaValidation: options.skipSchemaValidation)
        let stream = TemplateStream(crds: options.includeCRDs ? release.crds : [], manifests: release.manifests, hooks: release.hooks)
        if let outputDirectory = options.outputDirectory {
            return try OutputDirectory.write(stream, to: resolve(outputDirectory, in: directory), display: outputDirectory,
                                             release: options.useReleaseName ? releaseName : nil, noHooks: options.noHooks, skipTests: options.skipTests)
        }
        var text = stream.text(noHooks: options.noHooks, skipTests: options.skipTests)
        if !options.showOnly.isEmpty {
            text = try TemplateStream.showOnly(text, patterns: options.showOnly)
        }
        return text
    }

    /// Helm's `NameAndChart` for `helm template` (the name defaults to `release-name`).
    static func nameAndChart(_ options: TemplateOptions) throws -> (String, String) {
        let arguments = options.arguments
        if arguments.count > 2 {
            throw TemplateFailure("expected at most two arguments, unexpected arguments: " + arguments[2...].joined(separator: ", "))
        }
        guard let chart = arguments.last else {
            throw TemplateFailure("\"helm template\" requires at least 1 argument")
        }
        if arguments.count == 2 {
            if options.generateName { throw TemplateFailure("cannot set --generate-name and also specify a name") }
            if options.nameTemplate != nil { throw TemplateFailure("cannot set --name-template and also specify a name") }
            return (arguments[0], chart)
        }
        if let template = options.nameTemplate {
            return (try NameTemplate.render(template, seed: options.randomSeed), chart)
        }
        if options.generateName {
            var base = (chart as NSString).lastPathComponent
            if base == "." || base.isEmpty { base = "chart" }
            if let dot = base.firstIndex(of: ".") { base = String(base[..<dot]) }
            return ("\(base)-\(Int(Date().timeIntervalSince1970))", chart)
        }
        return ("release-name", chart)
    }

    /// `CheckDependencies`: every declared dependency must be loaded (by name).
    static func checkDependencies(_ chart: Chart) throws {
        let loaded = Set(chart.subcharts.map(\.name))
        let missing = chart.metadata.dependencies.compactMap { $0?.name }.filter { !loaded.contains($0) }
        if !missing.isEmpty {
            throw TemplateFailure("an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: " + missing.joined(separator: ", "))
        }
    }

    static func resolve(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }
}
