internal import Foundation

/// go-yaml v2's decoder into `interface {}`: scalars resolved, aliases followed (with its cycle
/// and excessive-aliasing guards), `<<` merge keys applied in v2's order.
///
/// v2 applies a merge where it appears, so a `<<` after an explicit key overrides it, and in a
/// merged sequence the earlier maps win (they are applied last).
struct YAMLNodeDecoder {
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var activeAliases: Set<ObjectIdentifier> = []

    /// Decodes one document's root node.
    mutating func decode(_ node: YAMLNode) throws(YAMLError.Kind) -> GoYAMLValue {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100 && decodeCount > 1000 && Double(aliasCount) / Double(decodeCount) > Self.allowedAliasRatio(decodeCount) {
            throw .excessiveAliasing
        }
        switch node.kind {
        case .alias(let name):
            guard let target = node.target else { throw .unknownAnchor(name) }
            let id = ObjectIdentifier(target)
            if activeAliases.contains(id) { throw .recursiveAnchor(name) }
            activeAliases.insert(id)
            aliasDepth += 1
            defer { aliasDepth -= 1; activeAliases.remove(id) }
            return try decode(target)
        case .scalar(let text, let plainImplicit):
            return try scalar(text: text, tag: node.tag, plainImplicit: plainImplicit)
        case .sequence:
            var items: [GoYAMLValue] = []
            items.reserveCapacity(node.children.count)
            for child in node.children { items.append(try decode(child)) }
            return .list(items)
        case .mapping:
            var entries: [GoYAMLKey: GoYAMLValue] = [:]
            try fill(&entries, from: node)
            return .map(entries)
        }
    }

    private mutating func scalar(text: String, tag: String, plainImplicit: Bool) throws(YAMLError.Kind) -> GoYAMLValue {
        if tag.isEmpty && !plainImplicit { return .string(text) }
        if tag == YAMLResolver.binaryTag {
            guard let data = Data(base64Encoded: text) else { throw .invalidBase64 }
            return .string(String(decoding: data, as: UTF8.self))
        }
        return try YAMLResolver.resolve(tag: tag, text: text).value
    }

    private mutating func fill(_ entries: inout [GoYAMLKey: GoYAMLValue], from node: YAMLNode) throws(YAMLError.Kind) {
        var index = 0
        while index + 1 < node.children.count {
            let keyNode = node.children[index]
            let valueNode = node.children[index + 1]
            index += 2
            if Self.isMerge(keyNode) {
                try merge(valueNode, into: &entries)
                continue
            }
            let key = try decode(keyNode)
            let value = try decode(valueNode)
            entries[try Self.mapKey(key)] = value
        }
    }

    private mutating func merge(_ node: YAMLNode, into entries: inout [GoYAMLKey: GoYAMLValue]) throws(YAMLError.Kind) {
        let resolved = Self.dereferenced(node)
        switch resolved.kind {
        case .mapping:
            try mergeMapping(node, into: &entries)
        case .sequence:
            for item in resolved.children.reversed() {
                guard case .mapping = Self.dereferenced(item).kind else { throw .mergeRequiresMap }
                try mergeMapping(item, into: &entries)
            }
        default:
            throw .mergeRequiresMap
        }
    }

    private mutating func mergeMapping(_ node: YAMLNode, into entries: inout [GoYAMLKey: GoYAMLValue]) throws(YAMLError.Kind) {
        guard case .map(let merged) = try decode(node) else { throw .mergeRequiresMap }
        for (key, value) in merged { entries[key] = value }
    }

    private static func dereferenced(_ node: YAMLNode) -> YAMLNode {
        var current = node
        var hops = 0
        while case .alias = current.kind, let target = current.target, hops < 1000 {
            current = target
            hops += 1
        }
        return current
    }

    private static func isMerge(_ node: YAMLNode) -> Bool {
        guard case .scalar(let text, let plainImplicit) = node.kind, text == "<<" else { return false }
        return (plainImplicit && node.tag.isEmpty) || node.tag == YAMLResolver.mergeTag
    }

    private static func mapKey(_ value: GoYAMLValue) throws(YAMLError.Kind) -> GoYAMLKey {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list, .map: throw .invalidMapKey(value.goSyntax())
        }
    }

    private static func allowedAliasRatio(_ count: Int) -> Double {
        if count <= 400_000 { return 0.99 }
        if count >= 4_000_000 { return 0.10 }
        return 0.99 - 0.89 * (Double(count - 400_000) / Double(4_000_000 - 400_000))
    }
}
