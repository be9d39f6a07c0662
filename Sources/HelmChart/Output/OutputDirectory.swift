import ChartValues
import Foundation

/// `helm template --output-dir DIR`: each document appended to `DIR/[RELEASE/]SOURCE`, the
/// file truncated on its first write of the run; CRDs go under `DIR/` without the release
/// level. Returns the `wrote PATH` lines Helm prints (helm-pipeline.md §4.6).
enum OutputDirectory {
    static func write(_ stream: TemplateStream, to directory: String, display: String, release: String?,
                      noHooks: Bool, skipTests: Bool) throws(OutputDirectoryError) -> String {
        var written: Set<String> = []
        var log = ""
        func append(_ source: String, _ content: String, underRelease: Bool, isHook: Bool = false) throws(OutputDirectoryError) {
            let relative = (underRelease ? release.map { $0 + "/" } ?? "" : "") + source
            let path = directory + "/" + relative
            let text = "---\n# Source: \(source)\n\(content)\n"
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                // Manifests truncate a file on its first write of this run; hooks append to any
                // existing file, even one left over from an earlier run (Helm's own quirk).
                let exists = FileManager.default.fileExists(atPath: path)
                let fresh = isHook ? !exists : (written.insert(path).inserted || !exists)
                if fresh {
                    try Data(GoStringBytes.bytes(of: text)).write(to: URL(fileURLWithPath: path))
                } else {
                    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                    defer { try? handle.close() }
                    try handle.seekToEnd()
                    try handle.write(contentsOf: Data(GoStringBytes.bytes(of: text)))
                }
            } catch {
                throw OutputDirectoryError(path: path, detail: error.localizedDescription)
            }
            log += "wrote \(display)/\(relative)\n"
        }
        for crd in stream.crds { try append(crd.path, crd.text, underRelease: false) }
        for manifest in stream.manifests { try append(manifest.path, manifest.content, underRelease: true) }
        if !noHooks {
            for hook in stream.hooks {
                if skipTests, hook.events?.contains(.test) == true { continue }
                try append(hook.path, hook.content, underRelease: true, isHook: true)
            }
        }
        return log
    }
}

/// A file `--output-dir` could not write.
struct OutputDirectoryError: Error, CustomStringConvertible {
    var path: String
    var detail: String
    var description: String { "\(path): \(detail)" }
}
