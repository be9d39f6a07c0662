import Foundation
import ChartValues

/// One file of a chart, by its slash-separated path relative to the chart root.
public struct ChartFile: Sendable, Equatable {
    /// `templates/deployment.yaml`, `values.yaml`, `charts/sub/Chart.yaml`.
    public var name: String
    /// The bytes, with a leading UTF-8 byte-order mark removed as Helm does.
    public var data: [UInt8]

    /// Creates a file.
    public init(name: String, data: [UInt8]) {
        self.name = name
        self.data = data
    }

    /// The content as text (invalid UTF-8 replaced, as Go's string conversion keeps bytes).
    public var text: String { GoStringBytes.string(data) }
}

/// Reads the files of a chart from a directory or a `.tgz` archive, applying `.helmignore`,
/// Helm's size limits and its archive path checks. The result feeds `Chart(files:)`.
enum ChartSource {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The files of the chart at `path` (a directory or an archive).
    static func files(at path: String) throws(ChartLoadError) -> [ChartFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .pathNotFound(path)
        }
        if isDirectory.boolValue { return try directoryFiles(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, detail: "cannot read file")
        }
        let bytes = [UInt8](data)
        guard Gzip.isGzip(bytes) else {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { throw .yamlInsteadOfArchive(absolute) }
            throw .notGzip(path: absolute, contentType: "application/octet-stream")
        }
        return try archiveFiles(bytes)
    }

    /// Strips the byte-order mark Helm removes from every file.
    static func withoutBOM(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
    }

    // MARK: Directories

    private static func directoryFiles(_ root: String) throws(ChartLoadError) -> [ChartFile] {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        var ignore = HelmIgnore()
        let ignorePath = rootURL.appendingPathComponent(".helmignore").path
        if FileManager.default.fileExists(atPath: ignorePath) {
            guard let data = FileManager.default.contents(atPath: ignorePath) else {
                throw .io(path: ignorePath, detail: "cannot read file")
            }
            ignore = try HelmIgnore(text: String(decoding: data, as: UTF8.self))
        }
        var files: [ChartFile] = []
        try walk(directory: rootURL.path, relative: "", ignore: ignore, into: &files)
        return files
    }

    /// Go's lexical `filepath.Walk` (following symlinks, as Helm's `sympath.Walk` does).
    private static func walk(directory: String, relative: String, ignore: HelmIgnore, into files: inout [ChartFile]) throws(ChartLoadError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .io(path: directory, detail: "cannot list directory")
        }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let full = directory + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(full, &info) == 0 else { throw .io(path: full, detail: "no such file or directory") }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                if ignore.ignores(path, isDirectory: true) { continue }
                try walk(directory: full, relative: path, ignore: ignore, into: &files)
                continue
            }
            if ignore.ignores(path, isDirectory: false) { continue }
            guard type == S_IFREG else { throw .irregularFile(full) }
            if Int(info.st_size) > ChartLoadError.maxFileSize { throw .fileTooLarge(name) }
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .io(path: full, detail: "cannot read file")
            }
            files.append(ChartFile(name: path, data: withoutBOM([UInt8](data))))
        }
    }

    // MARK: Archives

    /// The files of a gzipped tar chart. The first path component (the chart's directory in the
    /// archive) is dropped; `.helmignore` is not applied to archives.
    static func archiveFiles(_ bytes: [UInt8]) throws(ChartLoadError) -> [ChartFile] {
        let tar: [UInt8]
        do {
            // Headers and padding come on top of the 100 MiB of file data Helm allows.
            tar = try Gzip.inflate(bytes, limit: ChartLoadError.maxArchiveSize * 2)
        } catch {
            switch error {
            case .tooLarge: throw .archiveTooLarge
            case .corrupt(let message): throw .corruptArchive(message)
            }
        }
        let entries: [TarEntry]
        do {
            entries = try TarArchive.entries(tar)
        } catch {
            throw .corruptArchive(error.description)
        }
        var remaining = ChartLoadError.maxArchiveSize
        var files: [ChartFile] = []
        for entry in entries where entry.kind != .directory {
            if entry.size > remaining { throw .archiveTooLarge }
            remaining -= entry.size
            if entry.size > ChartLoadError.maxFileSize { throw .archiveFileTooLarge(entry.name) }
            let separator: Character = entry.name.contains("\\") ? "\\" : "/"
            let parts = entry.name.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count > 1 else {
                throw .unsafeArchive("chart illegally contains content outside the base directory: \"\(entry.name)\"")
            }
            let joined = parts.dropFirst().joined(separator: "/")
            if joined.hasPrefix("/") { throw .unsafeArchive("chart illegally contains absolute paths") }
            let name = cleanPath(joined)
            if name == ".." || name.hasPrefix("../") { throw .unsafeArchive("chart illegally references parent directory") }
            if isDrivePath(name) { throw .unsafeArchive("chart contains illegally named files") }
            files.append(ChartFile(name: name, data: withoutBOM(entry.data)))
        }
        return files
    }

    /// Go's `path.Clean` for relative slash paths.
    static func cleanPath(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Helm's `^[a-zA-Z]:/` check against Windows drive letters smuggled into archives.
    private static func isDrivePath(_ path: String) -> Bool {
        let bytes = Array(path.utf8.prefix(3))
        guard bytes.count == 3 else { return false }
        let letter = bytes[0] | 0x20
        return letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") && bytes[1] == UInt8(ascii: ":") && bytes[2] == UInt8(ascii: "/")
    }
}
