import ChartValues
import GoTemplate

/// The parts of Go's `net/url` that Sprig's `urlParse` and `urlJoin` reach: `url.Parse`,
/// `URL.String`, `URL.Hostname`, and their escaping rules and error texts.
struct GoURL {
    var scheme = ""
    var opaque = ""
    /// `nil` when the URL has no `user@`; the password is `nil` when no `:` was given.
    var user: (name: String, password: String?)?
    var host = ""
    var path = ""
    var omitHost = false
    var forceQuery = false
    var rawQuery = ""
    var fragment = ""

    /// The dictionary `urlParse` returns.
    var sprigDictionary: [String: Value] {
        [
            "scheme": .string(scheme), "host": .string(host), "hostname": .string(hostname),
            "path": .string(path), "query": .string(rawQuery), "opaque": .string(opaque),
            "fragment": .string(fragment), "userinfo": .string(userinfo ?? ""),
        ]
    }

    /// `URL.Hostname`: the host without port and IPv6 brackets.
    var hostname: String {
        var name = host
        if let colon = name.lastIndex(of: ":"), GoURL.isValidOptionalPort(String(name[colon...])) {
            name = String(name[..<colon])
        }
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        return name
    }

    /// `Userinfo.String`.
    var userinfo: String? {
        guard let user else { return nil }
        var text = GoURL.escape(user.name, .userPassword)
        if let password = user.password { text += ":" + GoURL.escape(password, .userPassword) }
        return text
    }

    enum Mode { case path, host, userPassword, queryComponent, fragment }

    /// `url.Parse`, failing with Sprig's panic text `unable to parse url: parse "...": ...`.
    static func parse(_ raw: String) throws -> GoURL {
        let hash = raw.firstIndex(of: "#")
        let main = hash.map { String(raw[..<$0]) } ?? raw
        var url: GoURL
        do {
            url = try parseWithoutFragment(main)
        } catch let error as URLProblem {
            throw GoCallError("unable to parse url: parse \(GoFormat.quote(main)): \(error.message)")
        }
        if let hash {
            do {
                url.fragment = try unescape(String(raw[raw.index(after: hash)...]), .fragment)
            } catch let error as URLProblem {
                throw GoCallError("unable to parse url: parse \(GoFormat.quote(raw)): \(error.message)")
            }
        }
        return url
    }

    private struct URLProblem: Error { var message: String }

    private static func parseWithoutFragment(_ raw: String) throws -> GoURL {
        var url = GoURL()
        if raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw URLProblem(message: "net/url: invalid control character in URL")
        }
        if raw == "*" {
            url.path = "*"
            return url
        }
        var rest = raw
        let bytes = Array(raw.utf8)
        schemeScan: for (i, c) in bytes.enumerated() {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { break schemeScan }
            case UInt8(ascii: ":"):
                if i == 0 { throw URLProblem(message: "missing protocol scheme") }
                url.scheme = String(decoding: bytes[..<i], as: UTF8.self).lowercased()
                rest = String(decoding: bytes[(i + 1)...], as: UTF8.self)
                break schemeScan
            default:
                break schemeScan
            }
        }
        if rest.hasSuffix("?") && rest.filter({ $0 == "?" }).count == 1 {
            url.forceQuery = true
            rest.removeLast()
        } else if let question = rest.firstIndex(of: "?") {
            url.rawQuery = String(rest[rest.index(after: question)...])
            rest = String(rest[..<question])
        }
        if !rest.hasPrefix("/") {
            if !url.scheme.isEmpty {
                url.opaque = rest
                return url
            }
            let segment = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if segment.contains(":") { throw URLProblem(message: "first path segment in URL cannot contain colon") }
        }
        if (!url.scheme.isEmpty || !rest.hasPrefix("///")) && rest.hasPrefix("//") {
            var authority = String(rest.dropFirst(2))
            rest = ""
            if let slash = authority.firstIndex(of: "/") {
                rest = String(authority[slash...])
                authority = String(authority[..<slash])
            }
            try parseAuthority(authority, into: &url)
        } else if !url.scheme.isEmpty && rest.hasPrefix("/") {
            url.omitHost = true
        }
        url.path = try unescape(rest, .path)
        return url
    }

    private static func parseAuthority(_ authority: String, into url: inout GoURL) throws {
        let at = authority.lastIndex(of: "@")
        url.host = try parseHost(at.map { String(authority[authority.index(after: $0)...]) } ?? authority)
        guard let at else { return }
        let info = String(authority[..<at])
        let allowed = Set("-._:~!$&'()*+,;=%@".utf8)
        guard info.utf8.allSatisfy({ isAlphanumeric($0) || allowed.contains($0) }) else {
            throw URLProblem(message: "net/url: invalid userinfo")
        }
        if let colon = info.firstIndex(of: ":") {
            url.user = (try unescape(String(info[..<colon]), .userPassword),
                        try unescape(String(info[info.index(after: colon)...]), .userPassword))
        } else {
            url.user = (try unescape(info, .userPassword), nil)
        }
    }

    private static func parseHost(_ host: String) throws -> String {
        if host.hasPrefix("[") {
            guard let close = host.lastIndex(of: "]") else { throw URLProblem(message: "missing ']' in host") }
            let colonPort = String(host[host.index(after: close)...])
            guard isValidOptionalPort(colonPort) else {
                throw URLProblem(message: "invalid port \(GoFormat.quote(colonPort)) after host")
            }
        } else if let colon = host.lastIndex(of: ":") {
            let colonPort = String(host[colon...])
            guard isValidOptionalPort(colonPort) else {
                throw URLProblem(message: "invalid port \(GoFormat.quote(colonPort)) after host")
            }
        }
        return try unescape(host, .host)
    }

    static func isValidOptionalPort(_ port: String) -> Bool {
        if port.isEmpty { return true }
        guard port.hasPrefix(":") else { return false }
        return port.utf8.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Go's `shouldEscape`.
    static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        if isAlphanumeric(c) { return false }
        if mode == .host && Array("!$&'()*+,;=:[]<>\"".utf8).contains(c) { return false }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .userPassword: return [UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(c)
            case .queryComponent: return true
            case .fragment: return false
            case .host: return true
            }
        default:
            break
        }
        if mode == .fragment && Array("!()*".utf8).contains(c) { return false }
        return true
    }

    /// Go's `unescape`, with its `invalid URL escape` and `in host name` errors.
    private static func unescape(_ s: String, _ mode: Mode) throws -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) else {
                    let bad = String(decoding: bytes[i..<min(i + 3, bytes.count)], as: UTF8.self)
                    throw URLProblem(message: "invalid URL escape \(GoFormat.quote(bad))")
                }
                let escape = String(decoding: bytes[i..<(i + 3)], as: UTF8.self)
                if mode == .host && high < 8 && escape != "%25" {
                    throw URLProblem(message: "invalid URL escape \(GoFormat.quote(escape))")
                }
                out.append(high << 4 | low)
                i += 3
            } else if c == UInt8(ascii: "+") {
                out.append(mode == .queryComponent ? UInt8(ascii: " ") : c)
                i += 1
            } else {
                if mode == .host && c < 0x80 && shouldEscape(c, mode) {
                    let bad = String(decoding: [c], as: UTF8.self)
                    throw URLProblem(message: "invalid character \(GoFormat.quote(bad)) in host name")
                }
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `escape`: `%XX` for every byte `shouldEscape` names.
    static func escape(_ s: String, _ mode: Mode) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for c in s.utf8 {
            if shouldEscape(c, mode) {
                if c == UInt8(ascii: " ") && mode == .queryComponent {
                    out.append(UInt8(ascii: "+"))
                } else {
                    out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
                }
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `URL.String`.
    var string: String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !(omitHost && host.isEmpty && user == nil) {
                    if !host.isEmpty || !path.isEmpty || user != nil { out += "//" }
                    if let userinfo { out += userinfo + "@" }
                    if !host.isEmpty { out += GoURL.escape(host, .host) }
                }
            }
            let escapedPath = path == "*" ? "*" : GoURL.escape(path, .path)
            if !escapedPath.isEmpty && !escapedPath.hasPrefix("/") && !host.isEmpty { out += "/" }
            if out.isEmpty, let segment = escapedPath.split(separator: "/", omittingEmptySubsequences: false).first,
               segment.contains(":") {
                out += "./"
            }
            out += escapedPath
        }
        if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
        if !fragment.isEmpty { out += "#" + GoURL.escape(fragment, .fragment) }
        return out
    }

    /// Sprig `urlJoin`: a URL from a dict of string parts (a missing part is `""`; any other
    /// type is Go's failed type assertion).
    static func join(_ parts: [String: Value]) throws -> String {
        func part(_ key: String) throws -> String {
            guard let value = parts[key] else { return "" }
            guard case .string(let s) = value else {
                throw GoCallError("unable to parse \(key) key, must be of type string, but \(value.typeName) found")
            }
            return s
        }
        var url = GoURL()
        url.scheme = try part("scheme")
        url.host = try part("host")
        url.path = try part("path")
        url.rawQuery = try part("query")
        url.opaque = try part("opaque")
        url.fragment = try part("fragment")
        let info = try part("userinfo")
        if !info.isEmpty {
            do {
                url.user = try parseWithoutFragment("proto://\(info)@host").user
            } catch let error as URLProblem {
                throw GoCallError("unable to parse userinfo in dict: parse \(GoFormat.quote("proto://\(info)@host")): \(error.message)")
            }
        }
        return url.string
    }
}
