internal import COpenSSL

/// Keys drawn from the render's seeded stream, so that `--random-seed` makes `genCA`,
/// `genPrivateKey` and friends reproducible: RSA primes are searched upward from seeded
/// candidates (OpenSSL's primality test only judges them), Ed25519 keys are 32 seeded
/// bytes. ECDSA and DSA keys, and ECDSA signatures, still come from OpenSSL's generator.
extension OpenSSLKey {
    /// A key of `kind` from `random` when it is seeded, else from OpenSSL's generator.
    static func generate(_ kind: Kind, random: RandomSource) throws -> OpenSSLKey {
        guard random.isSeeded else { return try generate(kind) }
        switch kind {
        case .rsa(let bits): return try seededRSA(bits: Int(bits), random: random)
        case .ed25519:
            let seed = random.bytes(32)
            guard let key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, seed, seed.count) else {
                throw OpenSSLError.last("Ed25519 key")
            }
            return OpenSSLKey(taking: key)
        case .ecdsaP256, .dsa:
            return try generate(kind)
        }
    }

    /// `EVP_PKEY_KEYPAIR` (a composite macro Swift does not import): private and public
    /// parts with all parameters.
    private static let keyPairSelection: Int32 = 0x87

    private static func seededRSA(bits: Int, random: RandomSource) throws -> OpenSSLKey {
        let context = try BigNumberContext()
        let e = try BigNumber(word: 65537)
        let p = try prime(bits: bits / 2, coprimeTo: e, random: random, context: context)
        var q = try prime(bits: bits - bits / 2, coprimeTo: e, random: random, context: context)
        while BN_cmp(p.handle, q.handle) == 0 {
            q = try prime(bits: bits - bits / 2, coprimeTo: e, random: random, context: context)
        }
        let n = try BigNumber()
        let pMinusOne = try p.minus(1)
        let qMinusOne = try q.minus(1)
        let phi = try BigNumber()
        let dp = try BigNumber()
        let dq = try BigNumber()
        guard BN_mul(n.handle, p.handle, q.handle, context.handle) == 1,
              BN_mul(phi.handle, pMinusOne.handle, qMinusOne.handle, context.handle) == 1,
              let dHandle = BN_mod_inverse(nil, e.handle, phi.handle, context.handle)
        else { throw OpenSSLError.last("RSA key arithmetic") }
        let d = BigNumber(taking: dHandle)
        guard BN_nnmod(dp.handle, d.handle, pMinusOne.handle, context.handle) == 1,
              BN_nnmod(dq.handle, d.handle, qMinusOne.handle, context.handle) == 1,
              let qInverseHandle = BN_mod_inverse(nil, q.handle, p.handle, context.handle)
        else { throw OpenSSLError.last("RSA key arithmetic") }
        let qInverse = BigNumber(taking: qInverseHandle)

        guard let builder = OSSL_PARAM_BLD_new() else { throw OpenSSLError.last("RSA parameters") }
        defer { OSSL_PARAM_BLD_free(builder) }
        // The builder keeps the name pointers until `to_param`: static strings outlive it.
        let parts: [(StaticString, BigNumber)] = [
            ("n", n), ("e", e), ("d", d), ("rsa-factor1", p), ("rsa-factor2", q),
            ("rsa-exponent1", dp), ("rsa-exponent2", dq), ("rsa-coefficient1", qInverse),
        ]
        for (name, value) in parts {
            let cName = UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
            guard OSSL_PARAM_BLD_push_BN(builder, cName, value.handle) == 1 else { throw OpenSSLError.last("RSA parameters") }
        }
        guard let parameters = OSSL_PARAM_BLD_to_param(builder) else { throw OpenSSLError.last("RSA parameters") }
        defer { OSSL_PARAM_free(parameters) }
        guard let keyContext = EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else { throw OpenSSLError.last("RSA context") }
        defer { EVP_PKEY_CTX_free(keyContext) }
        var key: OpaquePointer?
        guard EVP_PKEY_fromdata_init(keyContext) == 1,
              EVP_PKEY_fromdata(keyContext, &key, keyPairSelection, parameters) == 1, let key
        else { throw OpenSSLError.last("RSA key from parameters") }
        return OpenSSLKey(taking: key)
    }

    /// The first prime at or above a seeded odd candidate with its two top bits set (so the
    /// modulus has exactly the requested size), with `p - 1` coprime to `e`.
    private static func prime(bits: Int, coprimeTo e: BigNumber, random: RandomSource, context: BigNumberContext) throws -> BigNumber {
        let gcd = try BigNumber()
        while true {
            var bytes = random.bytes((bits + 7) / 8)
            let excess = bytes.count * 8 - bits
            bytes[0] &= UInt8(0xFF >> excess)
            bytes[0] |= UInt8(0xC0 >> excess)
            if excess == 7 { bytes[1] |= 0x80 }
            bytes[bytes.count - 1] |= 1
            guard let handle = bytes.withUnsafeBufferPointer({ BN_bin2bn($0.baseAddress, Int32($0.count), nil) }) else {
                throw OpenSSLError.last("prime candidate")
            }
            let candidate = BigNumber(taking: handle)
            // Search a bounded window upward, then draw a fresh candidate.
            for _ in 0..<4096 {
                if BN_num_bits(candidate.handle) != Int32(bits) { break }
                let verdict = BN_check_prime(candidate.handle, context.handle, nil)
                if verdict < 0 { throw OpenSSLError.last("primality test") }
                if verdict == 1 {
                    let minusOne = try candidate.minus(1)
                    if BN_gcd(gcd.handle, minusOne.handle, e.handle, context.handle) == 1, BN_is_one(gcd.handle) == 1 {
                        return candidate
                    }
                }
                guard BN_add_word(candidate.handle, 2) == 1 else { throw OpenSSLError.last("prime search") }
            }
        }
    }
}

/// An OpenSSL `BIGNUM`, freed with its owner.
final class BigNumber {
    let handle: OpaquePointer

    init(taking handle: OpaquePointer) { self.handle = handle }

    convenience init() throws {
        guard let handle = BN_new() else { throw OpenSSLError.last("BN_new") }
        self.init(taking: handle)
    }

    convenience init(word: UInt) throws {
        try self.init()
        guard BN_set_word(handle, word) == 1 else { throw OpenSSLError.last("BN_set_word") }
    }

    deinit { BN_clear_free(handle) }

    /// A copy minus a small number.
    func minus(_ word: UInt) throws -> BigNumber {
        guard let copy = BN_dup(handle) else { throw OpenSSLError.last("BN_dup") }
        let result = BigNumber(taking: copy)
        guard BN_sub_word(copy, word) == 1 else { throw OpenSSLError.last("BN_sub_word") }
        return result
    }
}

/// An OpenSSL `BN_CTX` scratch area, freed with its owner.
final class BigNumberContext {
    let handle: OpaquePointer

    init() throws {
        guard let handle = BN_CTX_new() else { throw OpenSSLError.last("BN_CTX_new") }
        self.handle = handle
    }

    deinit { BN_CTX_free(handle) }
}
