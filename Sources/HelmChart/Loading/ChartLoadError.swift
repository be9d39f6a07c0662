/// Why a chart could not be loaded, with Helm's exact text in `description`.
public indirect enum ChartLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The chart argument names nothing on disk.
    case pathNotFound(String)
    /// A regular file that is not gzip and is named `.yaml`/`.yml`.
    case yamlInsteadOfArchive(String)
    /// A regular file that is not gzip.
    case notGzip(path: String, contentType: String)
    /// The chart (or subchart) has no `Chart.yaml`.
    case chartYAMLMissing
    /// `Chart.yaml` (or `requirements.yaml`) does not decode into chart metadata.
    case unreadableFile(name: String, detail: String)
    /// `Chart.yaml` decoded but breaks a metadata rule (`validation: ...`).
    case validation(String)
    /// A `.helmignore` rule is malformed.
    case helmIgnore(String)
    /// A directory entry that is neither a regular file nor a directory (a FIFO, a device).
    case irregularFile(String)
    /// A file of a chart directory above Helm's 5 MiB limit (its base name).
    case fileTooLarge(String)
    /// An archive entry above Helm's 5 MiB limit (its full name in the archive).
    case archiveFileTooLarge(String)
    /// An archive whose files together exceed Helm's 100 MiB limit.
    case archiveTooLarge
    /// An archive path that escapes the chart or is otherwise refused; Helm's text as is.
    case unsafeArchive(String)
    /// The gzip or tar stream is corrupt (Go's reader message).
    case corruptArchive(String)
    /// A subchart under `charts/` failed to load.
    case subchart(name: String, parent: String, underlying: ChartLoadError)
    /// An I/O failure reading a chart file.
    case io(path: String, detail: String)

    /// Helm's 5 MiB cap on one chart file.
    public static let maxFileSize = 5 * 1024 * 1024
    /// Helm's 100 MiB cap on a decompressed archive.
    public static let maxArchiveSize = 100 * 1024 * 1024

    public var description: String {
        switch self {
        case .pathNotFound(let path): return "path \"\(path)\" not found"
        case .yamlInsteadOfArchive(let path):
            return "file '\(path)' seems to be a YAML file, but expected a gzipped archive"
        case .notGzip(let path, let type):
            return "file '\(path)' does not appear to be a gzipped archive; got '\(type)'"
        case .chartYAMLMissing: return "Chart.yaml file is missing"
        case .unreadableFile(let name, let detail): return "cannot load \(name): \(detail)"
        case .validation(let message): return "validation: " + message
        case .helmIgnore(let message): return message
        case .irregularFile(let path):
            return "cannot load irregular file \(path) as it has file mode type bits set"
        case .fileTooLarge(let name):
            return "chart file \"\(name)\" is larger than the maximum file size \(Self.maxFileSize)"
        case .archiveFileTooLarge(let name):
            return "decompressed chart file \"\(name)\" is larger than the maximum file size \(Self.maxFileSize)"
        case .archiveTooLarge:
            return "decompressed chart is larger than the maximum size \(Self.maxArchiveSize)"
        case .unsafeArchive(let message): return message
        case .corruptArchive(let message): return message
        case .subchart(let name, let parent, let underlying):
            return "error unpacking subchart \(name) in \(parent): \(underlying)"
        case .io(let path, let detail): return "\(path): \(detail)"
        }
    }
}
