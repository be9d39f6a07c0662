import ChartValues

/// Parses `swiftchart template` arguments with pflag's rules: long flags as `--x v` or
/// `--x=v`, short ones as `-n v`, `-nv` or `-n=v`, booleans optionally `=true|false`, flags
/// anywhere among the positionals, `--` ending the flags. `-f` and `-a` values are also
/// comma-split (pflag string slices).
public enum TemplateCommandLine {
    /// A flag pflag would reject.
    public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    private enum Kind: Sendable {
        case string(@Sendable (inout TemplateOptions, String) throws(UsageError) -> Void)
        case bool(@Sendable (inout TemplateOptions, Bool) -> Void)
    }

    private static let flags: [String: Kind] = [
        "values": .string { options, value throws(UsageError) in options.valueFiles += try csv(value) },
        "set": .string { options, value in options.setValues.append(value) },
        "set-string": .string { options, value in options.setStringValues.append(value) },
        "set-json": .string { options, value in options.setJSONValues.append(value) },
        "set-file": .string { options, value in options.setFileValues.append(value) },
        "set-literal": .string { options, value in options.setLiteralValues.append(value) },
        "namespace": .string { options, value in options.namespace = value },
        "show-only": .string { options, value in options.showOnly.append(value) },
        "output-dir": .string { options, value in options.outputDirectory = value },
        "kube-version": .string { options, value in options.kubeVersion = value },
        "api-versions": .string { options, value throws(UsageError) in options.apiVersions += try csv(value) },
        "name-template": .string { options, value in options.nameTemplate = value },
        "cluster-state": .string { options, value in options.clusterState = value },
        "random-seed": .string { options, value throws(UsageError) in
            guard let seed = UInt64(value) else {
                throw UsageError(description: "invalid argument \"\(value)\" for \"--random-seed\" flag: strconv.ParseUint: parsing \(GoQuote.quote(value)): invalid syntax")
            }
            options.randomSeed = seed
        },
        "release-name": .bool { options, value in options.useReleaseName = value },
        "generate-name": .bool { options, value in options.generateName = value },
        "include-crds": .bool { options, value in options.includeCRDs = value },
        "skip-crds": .bool { options, value in options.skipCRDs = value },
        "skip-tests": .bool { options, value in options.skipTests = value },
        "no-hooks": .bool { options, value in options.noHooks = value },
        "is-upgrade": .bool { options, value in options.isUpgrade = value },
        "skip-schema-validation": .bool { options, value in options.skipSchemaValidation = value },
        "debug": .bool { _, _ in },
        "dependency-update": .bool { _, _ in },
        "validate": .bool { _, _ in },
        "enable-dns": .bool { _, _ in },
        "create-namespace": .bool { _, _ in },
        "atomic": .bool { _, _ in },
        "wait": .bool { _, _ in },
        "devel": .bool { _, _ in },
        "disable-openapi-validation": .bool { _, _ in },
        "render-subchart-notes": .bool { _, _ in },
        "hide-notes": .bool { _, _ in },
    ]

    private static let shorthands: [Character: String] = [
        "f": "values", "n": "namespace", "s": "show-only", "a": "api-versions", "g": "generate-name",
    ]

    /// What `swiftchart template --help` prints.
    public static let usage = """
        Render chart templates locally and print the result, byte for byte as `helm template` does.

        Usage:
          swiftchart template [NAME] CHART [flags]

        Flags:
          -f, --values FILE            values file (repeatable, comma-separated, '-' for stdin)
              --set K=V                set values (also --set-string, --set-json, --set-file, --set-literal)
          -n, --namespace NS           release namespace (default "default")
          -s, --show-only PATH         only print documents from templates matching PATH (repeatable)
              --output-dir DIR         write documents to files instead of printing them
              --release-name           use the release name in the --output-dir path
              --include-crds           print the chart's crds/ files first
              --skip-crds              accepted for compatibility (installs only)
              --skip-tests             leave out test hooks
              --no-hooks               leave out every hook
              --is-upgrade             render as an upgrade (.Release.IsUpgrade)
              --kube-version V         Kubernetes version for .Capabilities and kubeVersion checks
          -a, --api-versions API       extra .Capabilities.APIVersions (repeatable, comma-separated)
              --name-template TPL      template that produces the release name
          -g, --generate-name          generate the release name
              --skip-schema-validation do not check values.schema.json
              --cluster-state PATH     YAML file or directory of objects that answer lookup
              --random-seed N          deterministic random functions
          -h, --help                   this help

        """

    /// The options the arguments ask for.
    public static func parse(_ arguments: [String]) throws(UsageError) -> TemplateOptions {
        var options = TemplateOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-h" || argument == "--help" {
                options.helpRequested = true
                return options
            }
            if argument == "--" {
                options.arguments += arguments[index...]
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let (name, inline) = split(body)
                guard let kind = flags[name] else { throw UsageError(description: "unknown flag: --\(name)") }
                try apply(kind, name: "--" + name, inline: inline, arguments: arguments, index: &index, options: &options)
            } else if argument.hasPrefix("-") && argument.count > 1 {
                var rest = argument.dropFirst()
                while let letter = rest.first {
                    rest = rest.dropFirst()
                    guard let name = shorthands[letter], let kind = flags[name] else {
                        throw UsageError(description: "unknown shorthand flag: '\(letter)' in \(argument)")
                    }
                    switch kind {
                    case .bool(let set):
                        if rest.hasPrefix("=") {
                            let text = String(rest.dropFirst())
                            guard let value = Bool(text) else { throw badBool(text, "-\(letter)") }
                            set(&options, value)
                            rest = ""
                        } else {
                            set(&options, true)
                        }
                    case .string:
                        let inline: String? = rest.isEmpty ? nil : String(rest.hasPrefix("=") ? rest.dropFirst() : rest)
                        try apply(kind, name: "-\(letter)", inline: inline, arguments: arguments, index: &index, options: &options)
                        rest = ""
                    }
                }
            } else {
                options.arguments.append(argument)
            }
        }
        return options
    }

    private static func split(_ body: Substring) -> (String, String?) {
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    private static func apply(_ kind: Kind, name: String, inline: String?, arguments: [String], index: inout Int, options: inout TemplateOptions) throws(UsageError) {
        switch kind {
        case .bool(let set):
            guard let inline else { return set(&options, true) }
            guard let value = Bool(inline) else { throw badBool(inline, name) }
            set(&options, value)
        case .string(let set):
            if let inline { return try set(&options, inline) }
            guard index < arguments.count else { throw UsageError(description: "flag needs an argument: \(name)") }
            let value = arguments[index]
            index += 1
            try set(&options, value)
        }
    }

    private static func badBool(_ text: String, _ name: String) -> UsageError {
        UsageError(description: "invalid argument \"\(text)\" for \"\(name)\" flag: strconv.ParseBool: parsing \(GoQuote.quote(text)): invalid syntax")
    }

    /// pflag's string-slice reading: one CSV record (quotes allowed).
    static func csv(_ text: String) throws(UsageError) -> [String] {
        if text.isEmpty { return [] }
        var fields: [String] = []
        var current = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if quoted {
                if character == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex && text[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.isEmpty {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        if quoted { throw UsageError(description: "invalid argument \(GoQuote.quote(text)): extraneous or missing \" in quoted-field") }
        fields.append(current)
        return fields
    }
}
