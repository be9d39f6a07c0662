import ChartValues
import GoTemplate
import Testing

@testable import TemplateFunctions

/// Each recorded call of fixtures/functions/ext/ gives Helm's output (or its error, or an
/// output matching the recorded pattern for random results) when called directly.
@Suite struct ExtFunctionCallTests {
    static let table = HelmFunctions.table(environment: RenderEnvironment())

    @Test(arguments: ExtCase.calls)
    func matchesHelm(_ fixture: ExtCase) throws {
        let call = try #require(fixture.call)
        let result: Result<Value, any Error> = Result { try ExtCase.evaluate(call, in: Self.table) }
        switch result {
        case .success(let value):
            let printed = GoFormat.sprint([value])
            if let pattern = fixture.pattern {
                #expect(matches(printed, pattern: pattern), "\(fixture.testDescription): \(printed) !~ \(pattern)")
            } else {
                #expect(fixture.error == nil, "\(fixture.testDescription): expected error \(fixture.error ?? "")")
                #expect(printed == fixture.output, "\(fixture.testDescription)")
            }
        case .failure(let error):
            let message = (error as? GoCallError)?.message ?? "\(error)"
            #expect(message == fixture.expectedCallError, "\(fixture.testDescription): \(message)")
        }
    }
}
