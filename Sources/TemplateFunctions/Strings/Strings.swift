import ChartValues
import GoTemplate

extension FunctionCatalog {
    /// Sprig's string functions (reference §8.1). Functions Go documents as byte based
    /// (`trunc`, `substr`, `abbrev`, `initials`, `nospace`, `wrap`) work on UTF-8 bytes.
    public static let strings: [String: TemplateFunction] = {
        var table: [String: TemplateFunction] = [
            "hello": coreFunction([], result: .string) { _ in .string("Hello!") },
            "upper": stringToString { GoUnicode.map($0, GoUnicode.toUpper) },
            "lower": stringToString { GoUnicode.map($0, GoUnicode.toLower) },
            "title": stringToString(SprigStrings.title),
            "untitle": stringToString(SprigStrings.untitle),
            "trim": stringToString { SprigStrings.trim($0, where: GoUnicode.isSpace) },
            "nospace": stringToString(SprigStrings.deleteWhiteSpace),
            "initials": stringToString(SprigStrings.initials),
            "swapcase": stringToString(SprigStrings.swapCase),
            "snakecase": stringToString { WordCase.lowerCaseWords($0, connector: "_") },
            "kebabcase": stringToString { WordCase.lowerCaseWords($0, connector: "-") },
            "camelcase": stringToString(WordCase.pascalCase),
            "trimAll": twoStrings { cutset, s in
                let set = Set(cutset.unicodeScalars)
                return SprigStrings.trim(s) { set.contains($0) }
            },
            "trimPrefix": twoStrings { prefix, s in
                s.utf8.starts(with: prefix.utf8) ? SprigStrings.text(s.utf8.dropFirst(prefix.utf8.count)) : s
            },
            "trimSuffix": twoStrings { suffix, s in
                s.utf8.reversed().starts(with: suffix.utf8.reversed()) ? SprigStrings.text(s.utf8.dropLast(suffix.utf8.count)) : s
            },
            "contains": stringPredicate { needle, s in needle.isEmpty || s.utf8.firstRange(of: needle.utf8) != nil },
            "hasPrefix": stringPredicate { prefix, s in s.utf8.starts(with: prefix.utf8) },
            "hasSuffix": stringPredicate { suffix, s in s.utf8.reversed().starts(with: suffix.utf8.reversed()) },
            "trunc": coreFunction([.int, .string], result: .string) { args in
                .string(SprigStrings.trunc(args.int(0), args.string(1)))
            },
            "abbrev": coreFunction([.int, .string], result: .string) { args in
                if args.int(0) < 4 { return args[1] }
                return .string(SprigStrings.abbreviate(args.string(1), offset: 0, maxWidth: args.int(0)))
            },
            "abbrevboth": coreFunction([.int, .int, .string], result: .string) { args in
                let left = args.int(0), right = args.int(1)
                if right < 4 || (left > 0 && right < 7) { return args[2] }
                return .string(SprigStrings.abbreviate(args.string(2), offset: left, maxWidth: right))
            },
            "substr": coreFunction([.int, .int, .string], result: .string) { args in
                .string(try SprigStrings.substring(args.int(0), args.int(1), args.string(2)))
            },
            "repeat": coreFunction([.int, .string], result: .string) { args in
                .string(try SprigStrings.repeated(args.string(1), count: args.int(0)))
            },
            "quote": coreFunction([.interface], variadic: true, result: .string) { args in
                .string(args.values.filter { !SprigStrings.isNil($0) }.map { GoFormat.quote(SprigCast.string($0)) }.joined(separator: " "))
            },
            "squote": coreFunction([.interface], variadic: true, result: .string) { args in
                .string(args.values.filter { !SprigStrings.isNil($0) }.map { "'" + GoFormat.sprint([$0]) + "'" }.joined(separator: " "))
            },
            "cat": coreFunction([.interface], variadic: true, result: .string) { args in
                let present = args.values.filter { !SprigStrings.isNil($0) }
                return .string(GoFormat.sprintf(Array(repeating: "%v", count: present.count).joined(separator: " "), present))
            },
            "indent": coreFunction([.int, .string], result: .string) { args in
                .string(try SprigStrings.indent(args.int(0), args.string(1)))
            },
            "nindent": coreFunction([.int, .string], result: .string) { args in
                .string("\n" + (try SprigStrings.indent(args.int(0), args.string(1))))
            },
            "replace": coreFunction([.string, .string, .string], result: .string) { args in
                .string(SprigStrings.replaceAll(args.string(2), args.string(0), with: args.string(1)))
            },
            "plural": coreFunction([.string, .string, .int], result: .string) { args in
                args.int(2) == 1 ? args[0] : args[1]
            },
            "wrap": coreFunction([.int, .string], result: .string) { args in
                .string(SprigStrings.wrap(args.string(1), width: args.int(0), newline: "\n", breakLongWords: false))
            },
            "wrapWith": coreFunction([.int, .string, .string], result: .string) { args in
                .string(SprigStrings.wrap(args.string(2), width: args.int(0), newline: args.string(1), breakLongWords: true))
            },
            "splitList": coreFunction([.string, .string], result: .slice(.string)) { args in
                .strings(SprigStrings.split(args.string(1), separator: args.string(0), limit: -1))
            },
            "split": coreFunction([.string, .string], result: SprigStrings.stringMap) { args in
                SprigStrings.indexedMap(SprigStrings.split(args.string(1), separator: args.string(0), limit: -1))
            },
            "splitn": coreFunction([.string, .int, .string], result: SprigStrings.stringMap) { args in
                SprigStrings.indexedMap(SprigStrings.split(args.string(2), separator: args.string(0), limit: args.int(1)))
            },
            "join": coreFunction([.string, .interface], result: .string) { args in
                .string(SprigCast.strings(args[1]).joined(separator: args.string(0)))
            },
            "sortAlpha": coreFunction([.interface], result: .slice(.string)) { args in
                guard args[0].reflectedCollection.sliceElements != nil else { return .strings([SprigCast.string(args[0])]) }
                return .strings(SprigCast.strings(args[0]).sorted(by: goStringLess))
            },
        ]
        table["trimall"] = table["trimAll"]
        return table
    }()

    private static func stringToString(_ body: @escaping @Sendable (String) -> String) -> TemplateFunction {
        coreFunction([.string], result: .string) { .string(body($0.string(0))) }
    }

    private static func twoStrings(_ body: @escaping @Sendable (String, String) -> String) -> TemplateFunction {
        coreFunction([.string, .string], result: .string) { .string(body($0.string(0), $0.string(1))) }
    }

    private static func stringPredicate(_ body: @escaping @Sendable (String, String) -> Bool) -> TemplateFunction {
        coreFunction([.string, .string], result: .bool) { .bool(body($0.string(0), $0.string(1))) }
    }
}
