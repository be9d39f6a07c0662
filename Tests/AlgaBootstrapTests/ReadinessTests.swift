import AlgaBootstrap
import Foundation
import Testing

/// Waiting is bounded and says why it gave up; credentials that cannot work fail at once.
struct ReadinessTests {
    @Test func unreachableServerIsNotReadyAfterTheTimeout() throws {
        // Port 1 on loopback refuses connections: the runner must retry, then give up.
        let environment = [
            "ALGA_DB_HOST": "127.0.0.1", "ALGA_DB_PORT": "1", "ALGA_DB_ADMIN_PASSWORD": "x",
            "ALGA_DB_SERVER_USER": "app", "ALGA_DB_SERVER_PASSWORD": "y", "ALGA_DB_NAME": "server",
            "ALGA_WAIT_TIMEOUT_SECONDS": "0.5", "ALGA_SECRETS_DIR": "/nonexistent-secrets",
        ]
        for command in ["run", "wait"] {
            let output = try RunningProcess(
                arguments: [command], environment: environment, directory: FileManager.default.temporaryDirectory
            ).finish()
            #expect(output.status == 3, "\(output)")
            #expect(output.stderr.hasPrefix("alga-bootstrap: not ready: "), "\(output)")
            #expect(output.stderr.contains("after 0.5s (ALGA_WAIT_TIMEOUT_SECONDS)"), "\(output)")
            #expect(output.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test(.enabled(if: TestCluster.shared != nil, Comment(rawValue: TestCluster.skipReason)))
    func wrongAdminPasswordFailsWithoutWaiting() throws {
        let cluster = try #require(TestCluster.shared)
        let scenario = try Scenario(cluster)
        scenario.extra["ALGA_DB_ADMIN_PASSWORD_FILE"] = ""
        scenario.extra["ALGA_DB_ADMIN_PASSWORD"] = "wrong"
        scenario.extra["ALGA_WAIT_TIMEOUT_SECONDS"] = "600"
        let env = try scenario.environment().filter { $0.key != "ALGA_DB_ADMIN_PASSWORD_FILE" }
        let output = try RunningProcess(arguments: ["run"], environment: env, directory: scenario.directory).finish()
        #expect(output.status == 1, "\(output)")
        #expect(output.stderr.contains("password authentication failed"), "\(output)")
        #expect(!output.stderr.contains("wrong"))
    }

    @Test(.enabled(if: TestCluster.shared != nil, Comment(rawValue: TestCluster.skipReason)))
    func hocuspocusRoleOwnsItsDatabase() throws {
        let cluster = try #require(TestCluster.shared)
        let scenario = try Scenario(cluster)
        let role = "alga_hocuspocus_\(scenario.suffix)"
        let database = "hocuspocus_\(scenario.suffix)"
        scenario.extra["ALGA_DB_HOCUSPOCUS_USER"] = role
        scenario.extra["ALGA_DB_HOCUSPOCUS_PASSWORD"] = "hp-\(scenario.suffix)"
        scenario.extra["ALGA_DB_HOCUSPOCUS_NAME"] = database
        let output = try scenario.run()
        #expect(output.status == 0, "\(output)")
        #expect(try output.summary().outcomes(.database) == [scenario.database: .created, database: .created])
        let hocuspocus = try PostgresConnection(ConnectionParameters(
            host: cluster.host, port: cluster.port, user: role, password: "hp-\(scenario.suffix)", database: database))
        try hocuspocus.execute("CREATE TABLE documents (name text PRIMARY KEY, data bytea)", context: "t")
        #expect(try hocuspocus.execute("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()",
                                       context: "t").scalar == role)
        #expect(try scenario.run().summary().status == "unchanged")
    }
}
