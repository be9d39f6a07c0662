import ChartValues
import Foundation
import Testing
@testable import HelmChart

/// `--cluster-state`: objects from YAML answer `lookup` like a cluster would.
@Test func clusterStateAnswersLookups() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cluster-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let objects = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: prod
        data:
          password: cGFzcw==
        ---
        apiVersion: v1
        kind: SecretList
        items:
          - apiVersion: v1
            kind: Secret
            metadata:
              name: other
              namespace: prod
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: prod
        """
    try objects.write(to: directory.appendingPathComponent("objects.yaml"), atomically: true, encoding: .utf8)
    let state = try ClusterState.load(directory.path)
    let secret = try state.lookup(apiVersion: "v1", kind: "Secret", namespace: "prod", name: "db")
    #expect(secret["data"]?.mapEntries?["password"] == .string("cGFzcw=="))
    #expect(try state.lookup(apiVersion: "v1", kind: "Secret", namespace: "dev", name: "db").isEmpty)
    let list = try state.lookup(apiVersion: "v1", kind: "Secret", namespace: "prod", name: "")
    #expect(list["kind"] == .string("SecretList"))
    #expect(list["items"]?.sliceElements?.count == 2)
    #expect(try state.lookup(apiVersion: "v1", kind: "Namespace", namespace: "", name: "prod")["kind"] == .string("Namespace"))
}

/// `--cluster-state` and `--random-seed` through the whole command.
@Test func seededRendersAreReproducibleAndLookupsSeeTheState() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seeded-\(UUID().uuidString)")
    let templates = directory.appendingPathComponent("chart/templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "apiVersion: v2\nname: seeded\nversion: 0.1.0\n".write(to: directory.appendingPathComponent("chart/Chart.yaml"), atomically: true, encoding: .utf8)
    let template = """
        kind: Secret
        metadata:
          name: s
        data:
          random: {{ randAlphaNum 20 | quote }}
          existing: {{ dig "metadata" "name" "none" (lookup "v1" "Secret" .Release.Namespace "db") | quote }}
        """
    try template.write(to: templates.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    try "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: default\n".write(
        to: directory.appendingPathComponent("state.yaml"), atomically: true, encoding: .utf8)
    let first = HelmTemplate.run(arguments: ["chart", "--random-seed", "42", "--cluster-state", "state.yaml"], in: directory.path)
    let second = HelmTemplate.run(arguments: ["chart", "--random-seed", "42", "--cluster-state", "state.yaml"], in: directory.path)
    let other = HelmTemplate.run(arguments: ["chart", "--random-seed", "43"], in: directory.path)
    #expect(first.exitCode == 0, "\(first.stderr)")
    #expect(first.stdout == second.stdout)
    #expect(first.stdout != other.stdout)
    #expect(first.stdout.contains("existing: \"db\""))
    #expect(other.stdout.contains("existing: \"none\""))
}
