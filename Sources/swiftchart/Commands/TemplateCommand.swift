import Foundation
import ChartValues
import HelmChart

/// `swiftchart template [NAME] CHART [flags]`: prints exactly what `helm template` prints.
struct TemplateCommand: Subcommand {
    static let name = "template"
    static let summary = "locally render templates, byte for byte as helm template"

    static func run(_ arguments: [String]) -> Int32 {
        let directory = FileManager.default.currentDirectoryPath
        let result = HelmTemplate.run(arguments: arguments, in: directory) {
            String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        FileHandle.standardOutput.write(Data(GoStringBytes.bytes(of: result.stdout)))
        FileHandle.standardError.write(Data(result.stderr.utf8))
        return result.exitCode
    }
}
