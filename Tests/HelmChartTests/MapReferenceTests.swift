import ChartValues
import Foundation
import TestSupport
import Testing
@testable import HelmChart

/// Go maps are references: the templates of one render share `.Values` (a template's
/// `set .Values` is seen by the later ones), but no render changes the loaded chart, the
/// caller's values or the next render (fixtures/charts/maprefs records what Helm prints).
@Suite struct MapReferenceTests {
    static let chartPath = Fixture.repositoryRoot.appendingPathComponent("fixtures/charts/maprefs/chart").path

    @Test func rendersDoNotLeakIntoTheChartOrTheNextRender() throws {
        let chart = try Chart.load(path: Self.chartPath)
        let loadedValues = chart.values
        let userValues: [String: Value] = ["config": .map(["name": .string("user")]), "dropMe": .string("x")]
        let first = try chart.render(values: userValues, context: RenderContext())
        let second = try chart.render(values: userValues, context: RenderContext())
        #expect(first.templates == second.templates)
        #expect(first.templates["maprefs/templates/a.yaml"]?.contains("fromB: \"set by b.yaml\"") == true)
        #expect(chart.values == loadedValues)
        #expect(chart.values["config"]?.mapEntries?["name"] == .string("base"))
        #expect(userValues["config"]?.mapEntries == ["name": .string("user")])
        #expect(first.values["fromB"] == nil)
        #expect(first.values["dropMe"] == .string("x"))
    }

    @Test func deepCopyGivesFreshStorageAtEveryDepth() {
        let inner = GoMap(["x": .int(1)])
        let original = Value.map(["n": .map(inner), "l": .list([.map(inner)])])
        let copy = original.deepCopy()
        inner.setShared("x", .int(2))
        #expect(original.mapEntries?["n"]?.mapEntries?["x"] == .int(2))
        #expect(copy.mapEntries?["n"]?.mapEntries?["x"] == .int(1))
        #expect(copy.mapEntries?["l"]?.sliceElements?.first?.mapEntries?["x"] == .int(1))
    }

    @Test func swiftMutationCopiesSharedStorage() {
        let shared = GoMap(["a": .int(1)])
        var local = shared
        local["b"] = .int(2)
        local.removeValue(forKey: "a")
        #expect(shared.dictionary == ["a": .int(1)])
        #expect(local.dictionary == ["b": .int(2)])
        let alias = shared
        alias.setShared("c", .int(3))
        #expect(shared["c"] == .int(3))
        #expect(shared.isSameMap(as: alias) && !shared.isSameMap(as: local))
    }
}
