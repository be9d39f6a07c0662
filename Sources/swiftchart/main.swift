import Foundation

/// `swiftchart`'s entry point: dispatches to one subcommand and exits with its status.
let arguments = Array(CommandLine.arguments.dropFirst())
exit(CommandDispatcher.standard.run(arguments))
