import ChartValues
import Foundation

/// What the non-deterministic functions of a render draw on: randomness, the clock, the
/// local time zone and the cluster `lookup` reads.
///
/// Helm takes all of these from the process (crypto/rand, `time.Now`, `Local`, the API
/// server). Passing them in keeps the functions pure and lets the CLI offer
/// `--random-seed N` and `--cluster-state PATH` for snapshot tests.
public struct RenderEnvironment: Sendable {
    /// The source of every random byte: `rand*`, `shuffle`, `uuidv4`, salts, IVs, serials.
    public var random: RandomSource
    /// The current time, for `now`, `ago`, `date` of a non-time and certificate validity.
    public var clock: @Sendable () -> Date
    /// Go's `time.Local`: the zone `toDate` parses in and `date` prints in.
    public var localZone: GoLocation
    /// Answers `lookup`; `EmptyClusterLookup` (Helm's client-side render) by default.
    public var lookup: any ClusterLookup

    /// Creates an environment; the defaults are Helm's `helm template`: secure randomness,
    /// the system clock, the process time zone and no cluster.
    public init(
        random: RandomSource = .system(),
        clock: @escaping @Sendable () -> Date = { Date() },
        localZone: GoLocation = .local,
        lookup: any ClusterLookup = EmptyClusterLookup()
    ) {
        self.random = random
        self.clock = clock
        self.localZone = localZone
        self.lookup = lookup
    }
}

/// Answers Helm's `lookup APIVERSION KIND NAMESPACE NAME`.
///
/// Helm returns the object as a map, a list object (`items`) when NAME is empty, or an empty
/// map when nothing matches or there is no cluster. The chart layer implements this over a
/// modelled cluster.
public protocol ClusterLookup: Sendable {
    /// The object (or list) as `map[string]interface {}` entries; empty when there is none.
    func lookup(apiVersion: String, kind: String, namespace: String, name: String) throws -> [String: Value]
}

/// The lookup of `helm template`: there is no cluster, every lookup is an empty map.
public struct EmptyClusterLookup: ClusterLookup {
    /// Creates the empty lookup.
    public init() {}

    /// Always the empty map.
    public func lookup(apiVersion: String, kind: String, namespace: String, name: String) throws -> [String: Value] {
        [:]
    }
}

/// A thread-safe source of random bytes: the system's secure generator, or a deterministic
/// stream from a seed (SplitMix64) for reproducible renders.
///
/// A reference type because every function of a render draws from one shared stream: with a
/// seed, the Nth random call of a render gets the same bytes on every run.
public final class RandomSource: @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64
    private let seeded: Bool

    private init(seed: UInt64?) {
        state = seed ?? 0
        seeded = seed != nil
    }

    /// The operating system's cryptographically secure generator (Helm's crypto/rand).
    public static func system() -> RandomSource { RandomSource(seed: nil) }

    /// A deterministic stream: the same seed gives the same values, run after run.
    public static func seeded(_ seed: UInt64) -> RandomSource { RandomSource(seed: seed) }

    /// Whether the stream is deterministic.
    public var isSeeded: Bool { seeded }

    /// The next 64 random bits.
    public func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        if !seeded {
            var generator = SystemRandomNumberGenerator()
            return generator.next()
        }
        // SplitMix64: small, well distributed, and trivially reproducible.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` random bytes.
    public func bytes(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            var word = next()
            for _ in 0..<8 where result.count < count {
                result.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return result
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), without modulo bias.
    public func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "uniform(below:) needs a positive bound")
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let value = next()
            if value < limit { return value % bound }
        }
    }
}
