#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Runs deeply recursive work (decoding or encoding values nested thousands deep, parsing and
/// executing templates with 100,000 nested `if`s or `template` recursion up to Go's depth
/// limit) on a thread with a stack large enough for it, so it ends in Go's output or error
/// instead of overflowing a small worker-thread stack.
public enum DeepStack {
    /// Nesting below which `run(depth:_:)` uses the caller's own stack.
    static let threshold = 200

    /// Stack size of the worker thread: Go grows goroutine stacks up to 1 GB; this reserves the
    /// same (pages are only committed when touched).
    static let size = 1 << 30

    /// Marks worker threads, so that nested runs (`tpl` parsing inside an execution, a YAML
    /// decode inside a template) stay on the worker instead of starting another thread.
    private static let workerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var isOnWorker: Bool { pthread_getspecific(workerKey) != nil }

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

    /// Runs `body` here when `depth` is small, else on the large-stack worker thread.
    static func run<T, E: Error>(depth: Int, _ body: () throws(E) -> T) throws(E) -> T {
        if depth < threshold { return try body() }
        return try run(body)
    }

    /// Runs `body` on a thread with a large stack while the caller waits, and returns its
    /// result; runs it on the caller's thread when that already is such a worker, or when no
    /// thread can be made.
    public static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        if isOnWorker { return try body() }
        var result: Result<T, E>?
        withoutActuallyEscaping(body) { escapable in
            var job: () -> Void = { result = Result { () throws(E) -> T in try escapable() } }
            withUnsafeMutablePointer(to: &job) { pointer in
                var attributes = pthread_attr_t()
                pthread_attr_init(&attributes)
                defer { pthread_attr_destroy(&attributes) }
                pthread_attr_setstacksize(&attributes, size)
                #if canImport(Glibc)
                var thread = pthread_t()
                #else
                var thread: pthread_t?
                #endif
                let started = pthread_create(&thread, &attributes, { context in
                    pthread_setspecific(DeepStack.workerKey, UnsafeRawPointer(bitPattern: 1))
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
