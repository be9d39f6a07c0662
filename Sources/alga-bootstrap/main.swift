import AlgaBootstrap
import Foundation

/// Prints one line to standard error and exits with `code`.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("alga-bootstrap: \(message)\n".utf8))
    exit(code)
}

let arguments: Arguments
do {
    arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
} catch {
    fail(error.description, code: 2)
}
guard let command = arguments.command, !arguments.help else {
    print(helpText, terminator: "")
    exit(0)
}

let configuration: BootstrapConfiguration
do {
    let source = try ConfigurationSource(
        environment: ProcessInfo.processInfo.environment, configFile: arguments.configFile)
    configuration = try BootstrapConfiguration.load(from: source, for: command == .wait ? .wait : .reconcile)
} catch {
    fail(BootstrapError.configuration(error).description, code: 2)
}

let bootstrapper = Bootstrapper(configuration: configuration)
do {
    switch command {
    case .wait:
        let version = try bootstrapper.wait()
        let label = version.isEmpty ? "(no version)" : version
        if arguments.format == .json {
            let object = ["status": "ready", "version": version]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("bootstrap completed: \(label)")
        }
    case .run, .check:
        let summary = command == .run ? try bootstrapper.run() : try bootstrapper.check()
        print(arguments.format == .json ? summary.json : summary.text, terminator: "")
        if summary.status == .pending { exit(4) }
    }
} catch {
    fail(error.description, code: error.exitCode)
}
