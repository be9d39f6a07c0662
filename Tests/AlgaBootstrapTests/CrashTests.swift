import AlgaBootstrap
import Foundation
import Testing

/// A runner killed with SIGKILL mid-step: the next run must finish the job without duplicates,
/// or stop loudly where it cannot know what happened.
@Suite(.enabled(if: TestCluster.shared != nil, Comment(rawValue: TestCluster.skipReason)))
struct CrashTests {
    let cluster = TestCluster.shared!

    @Test func killDuringMigrationThenNextRunCompletes() throws {
        let scenario = try Scenario(cluster)
        try scenario.write(migration: "0002_tickets.sql", "CREATE TABLE tickets (id int);\nSELECT pg_sleep(120);\n")
        let runner = try scenario.start(["run"])
        try scenario.waitForStatement(containing: "pg_sleep(120)")
        runner.kill9()
        _ = try runner.finish()
        // Not yet recorded, so the file may still change: drop the sleep.
        try scenario.write(migration: "0002_tickets.sql", "CREATE TABLE tickets (id int);\n")
        let output = try scenario.run()
        #expect(output.status == 0, "\(output)")
        #expect(try output.summary().outcomes(.migration)["0002_tickets.sql"] == .applied)
        #expect(try scenario.column("SELECT name FROM alga_bootstrap.migrations ORDER BY name")
            == ["0001_users.sql", "0002_tickets.sql", "0003_index.sql"])
        #expect(try scenario.column("SELECT count(*) FROM users") == ["1"])
    }

    @Test func killDuringSeedThenNextRunSeedsOnce() throws {
        let scenario = try Scenario(cluster)
        try scenario.write(seed: "0001_admin.sql", Scenario.defaultSeed + "SELECT pg_sleep(120);\n")
        let runner = try scenario.start(["run"])
        try scenario.waitForStatement(containing: "pg_sleep(120)")
        runner.kill9()
        _ = try runner.finish()
        try scenario.write(seed: "0001_admin.sql", Scenario.defaultSeed)
        let output = try scenario.run()
        #expect(output.status == 0, "\(output)")
        #expect(try output.summary().outcomes(.seed)["seed"] == .seeded)
        #expect(try scenario.column("SELECT count(*) FROM users") == ["1"])
        #expect(try scenario.run().summary().outcomes(.seed)["seed"] == .unchanged)
        #expect(try scenario.column("SELECT count(*) FROM users") == ["1"])
    }

    @Test func killDuringNonTransactionalMigrationStopsLoudly() throws {
        let scenario = try Scenario(cluster)
        try scenario.write(migration: "0003_index.sql", "-- alga-bootstrap: no-transaction\nSELECT pg_sleep(120);\n")
        let runner = try scenario.start(["run"])
        try scenario.waitForStatement(containing: "pg_sleep(120)")
        runner.kill9()
        _ = try runner.finish()
        let output = try scenario.run()
        #expect(output.status == 1, "\(output)")
        #expect(output.stderr.contains("migration 0003_index.sql was interrupted while running outside a transaction"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test func changedChecksumStopsLoudly() throws {
        let scenario = try Scenario(cluster)
        #expect(try scenario.run().status == 0)
        try scenario.write(migration: "0001_users.sql", "CREATE TABLE users (id int);\n")
        let output = try scenario.run()
        #expect(output.status == 1, "\(output)")
        #expect(output.stderr.contains("migration 0001_users.sql changed after it was applied"))
    }

    @Test func failingMigrationRollsBackAndReportsIt() throws {
        let scenario = try Scenario(cluster)
        try scenario.write(migration: "0002_tickets.sql", "CREATE TABLE tickets (id int);\nSELECT * FROM missing_table;\n")
        let output = try scenario.run()
        #expect(output.status == 1, "\(output)")
        #expect(output.stderr.contains("migration 0002_tickets.sql: relation \"missing_table\" does not exist (SQLSTATE 42P01)"))
        #expect(try scenario.column("SELECT to_regclass('tickets')::text") == [nil])
        #expect(try scenario.column("SELECT count(*) FROM alga_bootstrap.state WHERE key = 'completed_version'") == ["0"])
    }
}
