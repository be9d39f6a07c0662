import ChartValues
import Foundation
import Testing

@testable import GoTemplate

/// A chart-like template of about `size` bytes: YAML text with field lookups, conditionals,
/// ranges, variables, comparisons and `template` calls of a define, as Helm charts use them.
enum BenchmarkTemplate {
    static let helpers = """
        {{- define "bench.labels" -}}
        app: {{ .Values.str }}
        release: {{ $.Values.nested.a.b.c }}
        {{- end -}}

        """

    static let block = """
        ---
        kind: ConfigMap
        metadata:
          name: {{ .Values.str }}-{{ .Values.int }}
          labels:
            {{- template "bench.labels" . }}
        data:
        {{- range $i, $v := .Values.list }}
          key{{ $i }}: {{ $v | printf "%q" }}
        {{- end }}
        {{- if and .Values.t (gt (len .Values.map) 2) }}
          enabled: "true"
        {{- else }}
          enabled: "false"
        {{- end }}
        {{- with .Values.nested.a }}
          deep: {{ .b.c }}
        {{- end }}
        {{- $total := 0 }}{{ range .Values.nums }}{{ $total = . }}{{ end }}
          last: {{ $total }} {{ eq .Values.str "hello" }} {{ index .Values.map "a" }}

        """

    /// The helpers followed by copies of the block until `size` bytes are reached.
    static func generate(size: Int) -> String {
        var text = helpers
        while text.utf8.count < size { text += block }
        return text
    }
}

@Suite struct BenchmarkTests {
    static let enabled = ProcessInfo.processInfo.environment["GOTEMPLATE_BENCH"] == "1"

    /// Always runs once on a small template so the benchmark cannot rot.
    @Test func smallTemplateRenders() throws {
        let source = BenchmarkTemplate.generate(size: 20_000)
        var set = TemplateSet(functionNames: [])
        try set.parse(name: "bench", text: source)
        let data = ChartHarness.topLevel(values: RecordedCase.values, templateName: "bench")
        let output = try set.execute(name: "bench", data: data, functions: FunctionTable())
        let copies = source.components(separatedBy: "kind: ConfigMap").count - 1
        #expect(output.components(separatedBy: "key2: \"c\"").count - 1 == copies)
        #expect(output.components(separatedBy: "last: 2 true 1").count - 1 == copies)
    }

    /// Parse and execute throughput on a 1 MB template (`make bench`); prints, never asserts time.
    @Test(.enabled(if: BenchmarkTests.enabled)) func throughputOn1MB() throws {
        let source = BenchmarkTemplate.generate(size: 1 << 20)
        let megabytes = Double(source.utf8.count) / 1_048_576
        let data = ChartHarness.topLevel(values: RecordedCase.values, templateName: "bench")
        let rounds = 5
        var set = TemplateSet(functionNames: [])
        let parseStart = Date()
        for _ in 0..<rounds {
            set = TemplateSet(functionNames: [])
            try set.parse(name: "bench", text: source)
        }
        let parseSeconds = Date().timeIntervalSince(parseStart) / Double(rounds)
        var outputBytes = 0
        let executeStart = Date()
        for _ in 0..<rounds {
            outputBytes = try set.executeBytes(name: "bench", data: data, functions: FunctionTable()).count
        }
        let executeSeconds = Date().timeIntervalSince(executeStart) / Double(rounds)
        print(String(format: "gotemplate bench: %.2f MB template, parse %.1f ms (%.1f MB/s), execute %.1f ms (%.1f MB/s, %d bytes out)",
            megabytes, parseSeconds * 1000, megabytes / parseSeconds, executeSeconds * 1000, megabytes / executeSeconds, outputBytes))
    }
}
