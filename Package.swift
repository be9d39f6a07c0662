// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "swiftchart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "swiftchart", targets: ["swiftchart"]),
        .executable(name: "alga-bootstrap", targets: ["alga-bootstrap"]),
        .library(name: "HelmChart", targets: ["HelmChart"]),
    ],
    targets: [
        // System libraries: a modulemap and a shim header each, nothing else.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),

        // The engine, in layers: each depends only on the ones before it.
        .target(name: "ChartValues", dependencies: ["CYAML"]),
        .target(name: "GoTemplate", dependencies: ["ChartValues"]),
        .target(name: "TemplateFunctions", dependencies: ["GoTemplate", "ChartValues", "COpenSSL"]),
        .target(name: "HelmChart", dependencies: ["TemplateFunctions", "GoTemplate", "ChartValues", "CZlib"]),
        .executableTarget(name: "swiftchart", dependencies: ["HelmChart", "TemplateFunctions", "GoTemplate", "ChartValues"]),

        // The bootstrap hook runner shares nothing with the engine.
        .target(name: "AlgaBootstrap", dependencies: ["CLibPQ", "COpenSSL"]),
        .executableTarget(name: "alga-bootstrap", dependencies: ["AlgaBootstrap"]),

        .target(name: "TestSupport", dependencies: ["ChartValues", "GoTemplate"], path: "Tests/TestSupport"),
        .testTarget(name: "ChartValuesTests", dependencies: ["ChartValues", "TestSupport"]),
        .testTarget(name: "GoTemplateTests", dependencies: ["GoTemplate", "ChartValues", "TestSupport"]),
        .testTarget(name: "TemplateFunctionsTests", dependencies: ["TemplateFunctions", "GoTemplate", "ChartValues", "TestSupport"]),
        .testTarget(name: "HelmChartTests", dependencies: ["HelmChart", "TestSupport"]),
        .testTarget(name: "AlgaBootstrapTests", dependencies: ["AlgaBootstrap"]),
    ]
)
