import Foundation

/// One `swiftchart` subcommand.
protocol Subcommand: Sendable {
    /// The word that selects it (`template`, `values`).
    static var name: String { get }
    /// One line for `swiftchart --help`.
    static var summary: String { get }
    /// Runs it with the arguments after its name; returns the exit status.
    static func run(_ arguments: [String]) -> Int32
}

/// Picks the subcommand named by the first argument and handles `--help` and `--version`.
struct CommandDispatcher: Sendable {
    static let version = "0.1.0"

    static let standard = CommandDispatcher(commands: [
        TemplateCommand.self,
        ValuesCommand.self,
    ])

    let commands: [any Subcommand.Type]

    func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            FileHandle.standardError.write(Data(usage.utf8))
            return 1
        }
        switch first {
        case "-h", "--help", "help":
            print(usage, terminator: "")
            return 0
        case "--version", "version":
            print("swiftchart \(Self.version)")
            return 0
        default:
            guard let command = commands.first(where: { $0.name == first }) else {
                FileHandle.standardError.write(Data("Error: unknown command \"\(first)\" for \"swiftchart\"\nRun 'swiftchart --help' for usage.\n".utf8))
                return 1
            }
            return command.run(Array(arguments.dropFirst()))
        }
    }

    var usage: String {
        var text = "swiftchart renders, lints and simulates Helm charts offline.\n\nUsage:\n  swiftchart [command]\n\nAvailable Commands:\n"
        for command in commands {
            text += "  " + command.name.padding(toLength: 12, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nFlags:\n  -h, --help      help for swiftchart\n      --version   print the version\n"
        return text
    }
}
