#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Runs deeply recursive work (decoding or encoding values nested thousands deep) on a thread
/// with a stack large enough for it, so a 10,000-deep document errors or succeeds instead of
/// overflowing a small worker-thread stack.
enum DeepStack {
    /// Nesting below which the caller's own stack is used.
    static let threshold = 200

    /// An upper bound of the nesting of YAML text: every collection opens with a line break,
    /// a flow bracket, or a `-`, `?` or `:` indicator.
    static func depthBound(yaml text: String) -> Int {
        text.utf8.reduce(0) { count, byte in
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                return count + 1
            default:
                return count
            }
        }
    }

    /// The bracket nesting of JSON text (outside strings).
    static func depthBound(json text: String) -> Int {
        JSONReader.bracketDepth(Array(text.utf8))
    }

    /// Runs `body` here when `depth` is small, else on a thread with a 512 MiB stack (address
    /// space reserved, not committed) while the caller waits; falls back to the caller's thread
    /// if no such thread can be made.
    static func run<T, E: Error>(depth: Int, _ body: () throws(E) -> T) throws(E) -> T {
        if depth < threshold { return try body() }
        var result: Result<T, E>?
        withoutActuallyEscaping(body) { escapable in
            var job: () -> Void = { result = Result { () throws(E) -> T in try escapable() } }
            withUnsafeMutablePointer(to: &job) { pointer in
                var attributes = pthread_attr_t()
                pthread_attr_init(&attributes)
                defer { pthread_attr_destroy(&attributes) }
                pthread_attr_setstacksize(&attributes, 512 << 20)
                #if canImport(Glibc)
                var thread = pthread_t()
                #else
                var thread: pthread_t?
                #endif
                let started = pthread_create(&thread, &attributes, { context in
                    context?.assumingMemoryBound(to: (() -> Void).self).pointee()
                    return nil
                }, pointer)
                if started == 0 {
                    #if canImport(Glibc)
                    pthread_join(thread, nil)
                    #else
                    if let thread { pthread_join(thread, nil) }
                    #endif
                } else {
                    pointer.pointee()
                }
            }
        }
        guard let result else { preconditionFailure("deep-stack job ended without a result") }
        return try result.get()
    }
}
