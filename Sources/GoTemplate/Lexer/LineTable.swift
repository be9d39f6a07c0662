/// Line and column lookup for byte offsets of one source text, in Go's dialect: 1-based lines,
/// 0-based byte columns (`ErrorContext`).
struct LineTable: Sendable {
    /// Offsets of every `\n` byte, ascending.
    private let newlines: [Int]

    /// Indexes the newlines of `source`.
    init(_ source: [UInt8]) {
        var offsets: [Int] = []
        source.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                if bytes[offset] == 0x0A { offsets.append(offset) }
                offset += 1
            }
        }
        newlines = offsets
    }

    /// The number of newlines strictly before `offset`.
    private func newlinesBefore(_ offset: Int) -> Int {
        var low = 0
        var high = newlines.count
        while low < high {
            let mid = (low + high) / 2
            if newlines[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// 1-based line of the byte at `offset`.
    func line(at offset: Int) -> Int { 1 + newlinesBefore(offset) }

    /// 0-based byte column of `offset`, as Go's `ErrorContext` computes it.
    func column(at offset: Int) -> Int {
        let before = newlinesBefore(offset)
        return before == 0 ? offset : offset - newlines[before - 1] - 1
    }
}
