import ChartValues
import Foundation
import TemplateFunctions

/// `--cluster-state PATH`: Kubernetes objects from a YAML file (or every `.yaml`/`.yml`/`.json`
/// file of a directory) that answer `lookup` as a live cluster would.
public struct ClusterState: ClusterLookup {
    /// The objects, in file order.
    public var objects: [[String: Value]]

    /// Creates a state from objects.
    public init(objects: [[String: Value]]) {
        self.objects = objects
    }

    /// Reads the objects at `path`; `kind: List` documents contribute their items.
    public static func load(_ path: String) throws(ClusterStateError) -> ClusterState {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ClusterStateError(path: path, detail: "no such file or directory")
        }
        var files: [String] = [path]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
                .sorted(by: goStringLessThan).map { path + "/" + $0 }
        }
        var objects: [[String: Value]] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ClusterStateError(path: file, detail: "cannot read file")
            }
            for document in ManifestSplitter.documents(String(decoding: data, as: UTF8.self)) {
                let value: Value
                do {
                    value = try YAML.decodeFirst(document, source: file)
                } catch {
                    throw ClusterStateError(path: file, detail: error.description)
                }
                guard let entries = value.mapEntries else { continue }
                if case .string(let kind)? = entries["kind"], kind.hasSuffix("List"), let items = entries["items"]?.sliceElements {
                    objects += items.compactMap(\.mapEntries)
                } else {
                    objects.append(entries)
                }
            }
        }
        return ClusterState(objects: objects)
    }

    /// The object (or, with an empty name, a list of the matching objects); an empty map when
    /// nothing matches, as Helm's `lookup` gives.
    public func lookup(apiVersion: String, kind: String, namespace: String, name: String) throws -> [String: Value] {
        let matches = objects.filter { object in
            guard object["apiVersion"] == .string(apiVersion), object["kind"] == .string(kind) else { return false }
            let metadata = object["metadata"]?.mapEntries ?? [:]
            if !namespace.isEmpty, (metadata["namespace"] ?? .string("default")) != .string(namespace) { return false }
            return name.isEmpty || metadata["name"] == .string(name)
        }
        if name.isEmpty {
            return [
                "apiVersion": .string(apiVersion), "kind": .string(kind + "List"),
                "metadata": .map(["resourceVersion": .string("")]), "items": .list(matches.map(Value.map)),
            ]
        }
        return matches.first ?? [:]
    }
}

/// A `--cluster-state` file that cannot be read.
public struct ClusterStateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that failed.
    public var path: String
    /// Why it failed.
    public var detail: String
    public var description: String { "cluster state \(path): \(detail)" }
}
