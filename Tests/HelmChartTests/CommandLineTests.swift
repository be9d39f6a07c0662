import Testing
@testable import HelmChart

@Test func pflagStyleArguments() throws {
    let options = try TemplateCommandLine.parse([
        "rel", "-f", "a.yaml,b.yaml", "--values=c.yaml", "chart", "-nprod", "--set", "x=1,y=2", "-s", "templates/a.yaml",
        "--include-crds", "--no-hooks=false", "-a", "x/v1,y/v1", "--random-seed", "7", "--", "--odd",
    ])
    #expect(options.arguments == ["rel", "chart", "--odd"])
    #expect(options.valueFiles == ["a.yaml", "b.yaml", "c.yaml"])
    #expect(options.namespace == "prod")
    #expect(options.setValues == ["x=1,y=2"])
    #expect(options.showOnly == ["templates/a.yaml"])
    #expect(options.includeCRDs && !options.noHooks)
    #expect(options.apiVersions == ["x/v1", "y/v1"])
    #expect(options.randomSeed == 7)
}

@Test func unknownFlagsAreRejected() {
    #expect(throws: TemplateCommandLine.UsageError(description: "unknown flag: --bogus")) { try TemplateCommandLine.parse(["--bogus"]) }
    #expect(throws: TemplateCommandLine.UsageError(description: "flag needs an argument: -n")) { try TemplateCommandLine.parse(["-n"]) }
}

@Test func releaseNamesFollowHelmsRule() {
    #expect(throws: Never.self) { try ReleaseInfo.validateName("my-release.v1") }
    #expect(throws: ReleaseNameError(name: "Bad")) { try ReleaseInfo.validateName("Bad") }
    #expect(throws: ReleaseNameError(name: String(repeating: "a", count: 54))) { try ReleaseInfo.validateName(String(repeating: "a", count: 54)) }
}
