import ChartValues
import Foundation

/// `swiftchart values CHART [-f FILE]... [--set...] [-o yaml|json]`: prints a chart's values
/// coalesced with the user's, as Helm computes them before rendering (chart defaults under
/// `-f` files under `--set` flags; nulls delete; maps merge; lists replace).
///
/// One chart directory only: subcharts and globals are HelmChart's layer.
struct ValuesCommand: Subcommand {
    static let name = "values"
    static let summary = "print a chart's values coalesced with -f/--set values"

    /// Parsed command line.
    struct Arguments: Equatable {
        var chart: String?
        var options = ValueOptions()
        var output = "yaml"
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            let parsed = try parse(arguments)
            guard let chart = parsed.chart else { return fail("\"swiftchart values\" requires 1 argument\n\nUsage:  swiftchart values CHART [flags]") }
            let defaults = try chartDefaults(chart)
            let user = try parsed.options.merge()
            let values = Coalescing.coalesce(defaults: defaults, overrides: user) { warning in
                FileHandle.standardError.write(Data((warning + "\n").utf8))
            }
            let text = parsed.output == "json"
                ? try JSON.encode(.map(values), indent: "  ") + "\n"
                : try YAML.encode(.map(values))
            FileHandle.standardOutput.write(Data(text.utf8))
            return 0
        } catch let error as ValuesCommandError {
            return fail(error.message)
        } catch let error as ValueOptionsError {
            return fail(error.message)
        } catch let error as YAMLError {
            return fail(error.description)
        } catch let error as JSONError {
            return fail(error.description)
        } catch {
            return fail(String(describing: error))
        }
    }

    /// Reads the flags; `-f` takes comma-separated lists, every flag accepts `--flag=value`.
    static func parse(_ arguments: [String]) throws(ValuesCommandError) -> Arguments {
        var result = Arguments()
        var index = 0
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            func value() throws(ValuesCommandError) -> String {
                if let inlineValue { return inlineValue }
                index += 1
                guard index < arguments.count else { throw ValuesCommandError(message: "flag needs an argument: \(argument)") }
                return arguments[index]
            }
            switch argument {
            case _ where ValueOptions.isValuesFlag(argument):
                _ = result.options.take(flag: argument, value: try value())
            case "-o", "--output":
                let output = try value()
                guard output == "yaml" || output == "json" else {
                    throw ValuesCommandError(message: "invalid argument \"\(output)\" for \"-o, --output\" flag: must be yaml or json")
                }
                result.output = output
            default:
                if argument.hasPrefix("-") && argument != "-" { throw ValuesCommandError(message: "unknown flag: \(argument)") }
                guard result.chart == nil else { throw ValuesCommandError(message: "accepts 1 arg(s), received \(arguments.count)") }
                result.chart = argument
            }
            index += 1
        }
        return result
    }

    /// The chart's `values.yaml` (all documents merged), or none if the chart has no such file.
    static func chartDefaults(_ chart: String) throws -> [String: Value] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chart, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValuesCommandError(message: "path \"\(chart)\" not found")
        }
        let path = (chart as NSString).appendingPathComponent("values.yaml")
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return try ValueOptions.chartValues(String(decoding: data, as: UTF8.self))
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
        return 1
    }
}

/// A usage or chart error of `swiftchart values`, with the text printed after `Error: `.
struct ValuesCommandError: Error, Equatable {
    var message: String
}
