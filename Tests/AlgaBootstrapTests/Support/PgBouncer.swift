import AlgaBootstrap
import Foundation

/// A real PgBouncer in front of the test cluster, configured from the pgbouncer chart's
/// rendered ConfigMap (the golden `fixtures/alga/pgbouncer-defaults/expected/stdout`, recorded
/// from real Helm) with only addresses, ports, paths and database names adapted.
final class PgBouncer: @unchecked Sendable {
    let port: Int
    let ini: String
    private let process: Process
    /// In the scratch directory, where `scripts/test-postgres` looks for leftovers.
    private let pidFile: String

    /// The chart's `pgbouncer.ini`, cut out of the rendered ConfigMap.
    static func chartIni() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let rendered = try String(
            contentsOf: root.appendingPathComponent("fixtures/alga/pgbouncer-defaults/expected/stdout"),
            encoding: .utf8)
        var lines: [Substring] = []
        var inside = false
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "  pgbouncer.ini: |" {
                inside = true
            } else if inside {
                if line.hasPrefix("    ") {
                    lines.append(line.dropFirst(4))
                } else if line.isEmpty {
                    lines.append(line)
                } else {
                    break
                }
            }
        }
        guard !lines.isEmpty else { throw ScenarioError.timeout("no pgbouncer.ini in the rendered ConfigMap") }
        return lines.joined(separator: "\n")
    }

    /// Adapts the chart's ini to loopback: every `[databases]` entry points at `database` on
    /// the test cluster, PgBouncer listens on `port`, the auth file lives in `directory`.
    static func adapt(_ ini: String, cluster: TestCluster, database: String, port: Int, authFile: String) -> String {
        var section = ""
        var output: [String] = []
        var wroteDatabase = false
        for line in ini.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("[") { section = String(line) }
            let key = line.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
            switch (section, key) {
            case ("[databases]", _) where line.contains("host="):
                if !wroteDatabase {
                    output.append("\(database) = host=\(cluster.host) port=\(cluster.port) dbname=\(database)")
                    wroteDatabase = true
                }
            case ("[pgbouncer]", "listen_addr"): output.append("listen_addr = 127.0.0.1")
            case ("[pgbouncer]", "listen_port"): output.append("listen_port = \(port)")
            case ("[pgbouncer]", "auth_file"): output.append("auth_file = \(authFile)")
            default: output.append(String(line))
            }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// Starts PgBouncer (as the cluster's daemon user when root) on the first free port.
    init(cluster: TestCluster, database: String, users: [(String, String)], directory: URL) throws {
        let authFile = directory.appendingPathComponent("userlist.txt")
        // The userlist format doubles a double quote inside a quoted field.
        let userlist = users.map { user, password in
            "\"\(user.replacingOccurrences(of: "\"", with: "\"\""))\" \"\(password.replacingOccurrences(of: "\"", with: "\"\""))\""
        }.joined(separator: "\n") + "\n"
        try userlist.write(to: authFile, atomically: true, encoding: .utf8)
        let template = try Self.chartIni()
        for candidate in (cluster.port + 100)..<(cluster.port + 140) {
            let ini = Self.adapt(template, cluster: cluster, database: database, port: candidate, authFile: authFile.path)
            let iniFile = directory.appendingPathComponent("pgbouncer-\(candidate).ini")
            try ini.write(to: iniFile, atomically: true, encoding: .utf8)
            let process = Process()
            if cluster.runAs.isEmpty {
                process.executableURL = URL(fileURLWithPath: cluster.pgbouncer)
                process.arguments = [iniFile.path]
            } else {
                // setpriv execs in place, so terminating the Process stops PgBouncer itself.
                process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                process.arguments = [
                    "--reuid=\(cluster.runAs)", "--regid=\(cluster.runAs)", "--init-groups", cluster.pgbouncer, iniFile.path,
                ]
            }
            let log = directory.appendingPathComponent("pgbouncer-\(candidate).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
            let pidFile = URL(fileURLWithPath: cluster.scratch).appendingPathComponent("pgbouncer-\(candidate).pid").path
            try String(process.processIdentifier).write(toFile: pidFile, atomically: true, encoding: .utf8)
            if try Self.waitUntilListening(process, port: candidate) {
                self.port = candidate
                self.ini = ini
                self.process = process
                self.pidFile = pidFile
                return
            }
            try? FileManager.default.removeItem(atPath: pidFile)
        }
        throw ScenarioError.timeout("PgBouncer did not start on any port; logs in \(directory.path)")
    }

    /// True once the port accepts TCP connections; false when PgBouncer exited (port taken).
    private static func waitUntilListening(_ process: Process, port: Int) throws -> Bool {
        for _ in 0..<100 {
            guard process.isRunning else { return false }
            let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(socketFD)
            if connected == 0 { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    /// SIGKILL: a child of the test runner inherits its blocked signal mask, so PgBouncer
    /// never sees SIGTERM or SIGINT.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: pidFile)
    }
}
