#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs parsing and execution on a thread with a large stack, so that deeply nested
/// templates (100,000 nested `if`s, `template` recursion up to Go's depth limit) end in Go's
/// output or error rather than a stack overflow. Go grows goroutine stacks up to 1 GB; this
/// reserves the same (pages are only committed when touched).
enum LargeStack {
    /// Stack size of the worker thread.
    static let size = 1 << 30

    private final class Job: @unchecked Sendable {
        let body: () throws -> Any
        var result: Result<Any, any Error> = .failure(CancellationError())
        init(_ body: @escaping () throws -> Any) { self.body = body }
    }

    private struct CancellationError: Error {}

    /// Marks worker threads, so that nested runs (`tpl` parsing inside an execution) stay on
    /// the worker instead of starting another thread.
    private static let workerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var isOnWorker: Bool { pthread_getspecific(workerKey) != nil }

    /// Runs `body` on a worker thread with a large stack and returns its result. Falls back to
    /// the calling thread when a thread cannot be created.
    static func run<T>(_ body: @escaping () throws -> T) throws -> T {
        if isOnWorker { return try body() }
        let job = Job { try body() }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        let context = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, &attributes, { raw in
            #if canImport(Glibc)
                let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
            #else
                let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
            #endif
            pthread_setspecific(LargeStack.workerKey, UnsafeRawPointer(bitPattern: 1))
            job.result = Result { try job.body() }
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return try body()
        }
        #if canImport(Glibc)
            pthread_join(thread, nil)
        #else
            if let thread { pthread_join(thread, nil) }
        #endif
        guard let value = try job.result.get() as? T else { preconditionFailure("worker result of the wrong type") }
        return value
    }
}
