import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's path functions (Go's `path`, and `path/filepath`, which is the same on Linux)
    /// and URL functions `urlParse`, `urlJoin` (reference §8.10).
    public static let paths: [String: TemplateFunction] = {
        var table: [String: TemplateFunction] = [:]
        let functions: [(String, @Sendable (String) -> String)] = [
            ("base", GoPath.base), ("dir", GoPath.dir), ("ext", GoPath.ext), ("clean", GoPath.clean),
        ]
        for (name, body) in functions {
            let function = coreFunction([.string], result: .string) { .string(body($0.string(0))) }
            table[name] = function
            table["os" + name.prefix(1).uppercased() + name.dropFirst()] = function
        }
        let isAbs = coreFunction([.string], result: .bool) { .bool($0.string(0).hasPrefix("/")) }
        table["isAbs"] = isAbs
        table["osIsAbs"] = isAbs
        table["urlParse"] = coreFunction([.string], result: .stringMap) { args in
            .map(try GoURL.parse(args.string(0)).sprigDictionary)
        }
        table["urlJoin"] = coreFunction([.stringMap], result: .string) { args in
            .string(try GoURL.join(args.map(0)))
        }
        return table
    }()
}

/// Go's `path` package: slash-separated paths, handled lexically.
enum GoPath {
    /// `path.Clean`: the shortest equivalent path (`a//b/../c/.` → `a/c`, `""` → `.`).
    static func clean(_ path: String) -> String {
        let bytes = Array(path.utf8)
        if bytes.isEmpty { return "." }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let rooted = bytes[0] == slash
        var out: [UInt8] = rooted ? [slash] : []
        var r = rooted ? 1 : 0
        var dotdot = rooted ? 1 : 0
        let n = bytes.count
        while r < n {
            if bytes[r] == slash {
                r += 1
            } else if bytes[r] == dot && (r + 1 == n || bytes[r + 1] == slash) {
                r += 1
            } else if bytes[r] == dot && bytes[r + 1] == dot && (r + 2 == n || bytes[r + 2] == slash) {
                r += 2
                if out.count > dotdot {
                    // Back up to the previous slash, dropping it too.
                    var w = out.count - 1
                    while w > dotdot && out[w] != slash { w -= 1 }
                    out.removeSubrange(w...)
                } else if !rooted {
                    if !out.isEmpty { out.append(slash) }
                    out += [dot, dot]
                    dotdot = out.count
                }
            } else {
                if (rooted && out.count != 1) || (!rooted && !out.isEmpty) { out.append(slash) }
                while r < n && bytes[r] != slash {
                    out.append(bytes[r])
                    r += 1
                }
            }
        }
        return out.isEmpty ? "." : String(decoding: out, as: UTF8.self)
    }

    /// `path.Base`: the last element, trailing slashes ignored (`""` → `.`, `/` → `/`).
    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var bytes = Array(path.utf8)
        while bytes.count > 0 && bytes[bytes.count - 1] == UInt8(ascii: "/") { bytes.removeLast() }
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { bytes = Array(bytes[(slash + 1)...]) }
        return bytes.isEmpty ? "/" : String(decoding: bytes, as: UTF8.self)
    }

    /// `path.Dir`: everything before the last element, cleaned.
    static func dir(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let cut = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        return clean(String(decoding: bytes[..<cut], as: UTF8.self))
    }

    /// `path.Ext`: the suffix from the last `.` of the last element, or `""`.
    static func ext(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var i = bytes.count - 1
        while i >= 0 && bytes[i] != UInt8(ascii: "/") {
            if bytes[i] == UInt8(ascii: ".") { return String(decoding: bytes[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }
}
