import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's regular expression functions, Go RE2 syntax (reference §8.5): the plain
    /// variants panic on a bad pattern (`regexp: Compile(...)`), `regexMatch` returns false,
    /// the `must` variants return Go's compile error.
    public static let regex: [String: TemplateFunction] = [
        "regexMatch": coreFunction([.string, .string], result: .bool) { args in
            .bool((try? GoRegexp.compile(args.string(0)))?.matches(args.string(1)) ?? false)
        },
        "mustRegexMatch": coreFunction([.string, .string], result: .bool, returnsError: true) { args in
            .bool(try GoRegexp.compile(args.string(0)).matches(args.string(1)))
        },
        "regexFind": coreFunction([.string, .string], result: .string) { args in
            .string(try GoRegexp.mustCompile(args.string(0)).findString(args.string(1)))
        },
        "mustRegexFind": coreFunction([.string, .string], result: .string, returnsError: true) { args in
            .string(try GoRegexp.compile(args.string(0)).findString(args.string(1)))
        },
        "regexFindAll": coreFunction([.string, .string, .int], result: .slice(.string)) { args in
            .strings(try GoRegexp.mustCompile(args.string(0)).findAllStrings(args.string(1), limit: args.int(2)))
        },
        "mustRegexFindAll": coreFunction([.string, .string, .int], result: .slice(.string), returnsError: true) { args in
            .strings(try GoRegexp.compile(args.string(0)).findAllStrings(args.string(1), limit: args.int(2)))
        },
        "regexReplaceAll": replaceFunction(literal: false, must: false),
        "mustRegexReplaceAll": replaceFunction(literal: false, must: true),
        "regexReplaceAllLiteral": replaceFunction(literal: true, must: false),
        "mustRegexReplaceAllLiteral": replaceFunction(literal: true, must: true),
        "regexSplit": coreFunction([.string, .string, .int], result: .slice(.string)) { args in
            .strings(try GoRegexp.mustCompile(args.string(0)).split(args.string(1), limit: args.int(2)))
        },
        "mustRegexSplit": coreFunction([.string, .string, .int], result: .slice(.string), returnsError: true) { args in
            .strings(try GoRegexp.compile(args.string(0)).split(args.string(1), limit: args.int(2)))
        },
        "regexQuoteMeta": coreFunction([.string], result: .string) { args in
            var out = ""
            for c in args.string(0).unicodeScalars {
                if "\\.+*?()|[]{}^$".unicodeScalars.contains(c) { out += "\\" }
                out.unicodeScalars.append(c)
            }
            return .string(out)
        },
    ]

    private static func replaceFunction(literal: Bool, must: Bool) -> TemplateFunction {
        coreFunction([.string, .string, .string], result: .string, returnsError: must) { args in
            let regexp = must ? try GoRegexp.compile(args.string(0)) : try GoRegexp.mustCompile(args.string(0))
            return .string(regexp.replaceAll(args.string(1), with: args.string(2), literal: literal))
        }
    }
}
