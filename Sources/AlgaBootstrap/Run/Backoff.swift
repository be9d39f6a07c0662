import Foundation

/// Bounded retry with exponential backoff (0.2 s doubling to 5 s), for waiting on a server,
/// a lock or a bootstrap that is not there yet.
struct Backoff {
    /// Total seconds before giving up.
    let timeoutSeconds: Double
    private let start = Date()
    private var delay = 0.2

    init(timeoutSeconds: Double) {
        self.timeoutSeconds = timeoutSeconds
    }

    /// Sleeps before the next attempt; false when the deadline has passed.
    mutating func pause() -> Bool {
        let remaining = timeoutSeconds - Date().timeIntervalSince(start)
        guard remaining > 0 else { return false }
        Thread.sleep(forTimeInterval: min(delay, remaining))
        delay = min(delay * 2, 5)
        return true
    }
}
