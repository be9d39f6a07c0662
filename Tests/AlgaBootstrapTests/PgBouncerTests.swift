import AlgaBootstrap
import Foundation
import Testing

/// The server role through a real PgBouncer set up like the pgbouncer chart's ConfigMap.
@Suite(.enabled(if: TestCluster.shared != nil, Comment(rawValue: TestCluster.skipReason)))
struct PgBouncerTests {
    let cluster = TestCluster.shared!

    @Test func chartIniIsTransactionPoolingWithScram() throws {
        let ini = try PgBouncer.chartIni()
        #expect(ini.contains("\npool_mode = transaction\n"))
        #expect(ini.contains("\nauth_type = scram-sha-256\n"))
    }

    @Test func serverRoleLogsInThroughPgBouncerAndWaitSucceedsThere() throws {
        let scenario = try Scenario(cluster, password: "pooled 'pw' \"q\" ü")
        let poolerUser = "alga_pooler_\(scenario.suffix)"
        scenario.extra["ALGA_DB_PGBOUNCER_USER"] = poolerUser
        scenario.extra["ALGA_DB_PGBOUNCER_PASSWORD"] = "pooler-\(scenario.suffix)"
        let output = try scenario.run()
        #expect(output.status == 0, "\(output)")
        #expect(try output.summary().outcomes(.grant)["\(scenario.database).alga_bootstrap.pgbouncer_auth"] == .created)

        let bouncer = try PgBouncer(
            cluster: cluster, database: scenario.database,
            users: [(scenario.serverUser, scenario.serverPassword), (poolerUser, "pooler-\(scenario.suffix)")],
            directory: scenario.directory)
        defer { bouncer.stop() }
        #expect(bouncer.ini.contains("pool_mode = transaction"))
        let pooled = ConnectionParameters(
            host: "127.0.0.1", port: bouncer.port, user: scenario.serverUser, password: scenario.serverPassword,
            database: scenario.database)
        let connection = try PostgresConnection(pooled)
        for _ in 0..<3 {
            #expect(try connection.execute("SELECT current_user, count(*)::text FROM users", context: "t").rows
                == [[scenario.serverUser, "1"]])
        }
        try connection.execute("INSERT INTO tickets (title) VALUES ($1)", ["via pgbouncer"], context: "t")
        #expect(try scenario.column("SELECT count(*) FROM tickets WHERE title = 'via pgbouncer'") == ["1"])

        var wrong = pooled
        wrong.password = "not-the-password"
        #expect(throws: PostgresError.self) { try PostgresConnection(wrong) }

        // An init container's `wait` goes through the pooler; admin work would go direct.
        scenario.extra["ALGA_DB_PORT"] = String(bouncer.port)
        scenario.extra["ALGA_DB_ADMIN_PORT"] = String(cluster.port)
        let waited = try scenario.run(["wait"])
        #expect(waited.status == 0, "\(waited)")
        let again = try scenario.run()
        #expect(try again.summary().status == "unchanged", "\(again)")
    }

    @Test func onlyThePoolerRoleMayLookUpVerifiers() throws {
        let scenario = try Scenario(cluster)
        let poolerUser = "alga_pooler_\(scenario.suffix)"
        scenario.extra["ALGA_DB_PGBOUNCER_USER"] = poolerUser
        scenario.extra["ALGA_DB_PGBOUNCER_PASSWORD"] = "pooler-\(scenario.suffix)"
        #expect(try scenario.run().status == 0)
        let lookup = "SELECT username, left(password, 14) FROM alga_bootstrap.pgbouncer_auth($1)"
        let pooler = try PostgresConnection(ConnectionParameters(
            host: cluster.host, port: cluster.port, user: poolerUser, password: "pooler-\(scenario.suffix)",
            database: scenario.database))
        #expect(try pooler.execute(lookup, [scenario.serverUser], context: "t").rows
            == [[scenario.serverUser, "SCRAM-SHA-256$"]])
        #expect(try pooler.execute(lookup, [cluster.superuser], context: "t").rows.isEmpty)
        let server = try PostgresConnection(ConnectionParameters(
            host: cluster.host, port: cluster.port, user: scenario.serverUser, password: scenario.serverPassword,
            database: scenario.database))
        #expect(throws: PostgresError.self) { try server.execute(lookup, [poolerUser], context: "t") }
    }
}
