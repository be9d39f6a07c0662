/// The parsed command line: `alga-bootstrap [--config FILE] [--format text|json] run|check|wait`.
struct Arguments {
    enum Command: String {
        case run, check, wait
    }

    enum Format: String {
        case text, json
    }

    /// What to do; nil with `help` set.
    var command: Command?
    var configFile: String?
    var format: Format = .text
    var help = false

    /// A usage problem, reported as one line and exit code 2.
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(_ arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "-h", "--help", "help":
                help = true
            case "--config", "--format":
                guard let value = remaining.popFirst() else { throw UsageError(description: "\(argument) needs a value") }
                try apply(argument, value)
            case _ where argument.hasPrefix("--config=") || argument.hasPrefix("--format="):
                let parts = argument.split(separator: "=", maxSplits: 1)
                try apply(String(parts[0]), String(parts[1]))
            case _ where Command(rawValue: argument) != nil:
                guard command == nil else { throw UsageError(description: "only one command may be given") }
                command = Command(rawValue: argument)
            default:
                throw UsageError(description: "unknown argument \"\(argument)\" (see --help)")
            }
        }
        if command == nil, !help {
            throw UsageError(description: "missing command: run, check or wait (see --help)")
        }
    }

    private mutating func apply(_ flag: String, _ value: String) throws(UsageError) {
        if flag == "--config" {
            configFile = value
        } else if let format = Format(rawValue: value) {
            self.format = format
        } else {
            throw UsageError(description: "--format must be text or json, not \"\(value)\"")
        }
    }
}
