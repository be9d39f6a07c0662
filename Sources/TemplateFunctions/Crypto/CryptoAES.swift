internal import COpenSSL
import ChartValues

/// Sprig's `encryptAES` / `decryptAES`: AES-256-CBC with the password zero-padded (or cut)
/// to 32 bytes as the key, PKCS#7 padding, a random IV in front, base64 around it.
///
/// Decryption reproduces Sprig's unchecked slicing: short or malformed ciphertexts give the
/// Go runtime's panic texts (`slice bounds out of range [:16] with capacity 3`), and the
/// padding is trusted, not verified.
enum CryptoAES {
    static let blockSize = 16

    /// `encryptAES PASSWORD PLAINTEXT`; `""` encrypts to `""`.
    static func encrypt(password: String, plaintext: String, random: RandomSource) throws -> String {
        if plaintext.isEmpty { return "" }
        var content = Array(plaintext.utf8)
        let padding = blockSize - content.count % blockSize
        content += [UInt8](repeating: UInt8(padding), count: padding)
        let iv = random.bytes(blockSize)
        let cipher = try AESBlockCipher(key: key(password))
        var previous = iv
        var output = iv
        for start in stride(from: 0, to: content.count, by: blockSize) {
            let block = zip(content[start..<start + blockSize], previous).map { $0 ^ $1 }
            previous = try cipher.encrypt(block)
            output += previous
        }
        return CryptoText.base64(output)
    }

    /// `decryptAES PASSWORD BASE64`; `""` decrypts to `""`.
    static func decrypt(password: String, base64: String) throws -> String {
        if base64.isEmpty { return "" }
        let crypt = try CryptoText.decodeBase64(base64)
        guard crypt.count >= blockSize else {
            throw GoCallError("runtime error: slice bounds out of range [:\(blockSize)] with capacity \(crypt.count)")
        }
        let body = Array(crypt[blockSize...])
        guard body.count % blockSize == 0 else { throw GoCallError("crypto/cipher: input not full blocks") }
        let cipher = try AESBlockCipher(key: key(password))
        var previous = Array(crypt[..<blockSize])
        var plain: [UInt8] = []
        for start in stride(from: 0, to: body.count, by: blockSize) {
            let block = Array(body[start..<start + blockSize])
            plain += zip(try cipher.decrypt(block), previous).map { $0 ^ $1 }
            previous = block
        }
        guard let last = plain.last else { throw GoCallError("runtime error: index out of range [-1]") }
        let end = plain.count - Int(last)
        guard end >= 0 else { throw GoCallError("runtime error: slice bounds out of range [:\(end)]") }
        return String(decoding: plain[..<end], as: UTF8.self)
    }

    private static func key(_ password: String) -> [UInt8] {
        let bytes = Array(password.utf8.prefix(32))
        return bytes + [UInt8](repeating: 0, count: 32 - bytes.count)
    }
}

/// One AES-256 key in ECB mode without padding: the block primitive CBC is built on, so the
/// chaining and padding rules stay Sprig's.
final class AESBlockCipher {
    private let encryptor: OpaquePointer
    private let decryptor: OpaquePointer

    init(key: [UInt8]) throws {
        guard let encryptor = EVP_CIPHER_CTX_new() else { throw OpenSSLError.last("EVP_CIPHER_CTX_new") }
        guard let decryptor = EVP_CIPHER_CTX_new() else {
            EVP_CIPHER_CTX_free(encryptor)
            throw OpenSSLError.last("EVP_CIPHER_CTX_new")
        }
        self.encryptor = encryptor
        self.decryptor = decryptor
        guard EVP_EncryptInit_ex(encryptor, EVP_aes_256_ecb(), nil, key, nil) == 1,
              EVP_DecryptInit_ex(decryptor, EVP_aes_256_ecb(), nil, key, nil) == 1
        else { throw OpenSSLError.last("AES key setup") }
        EVP_CIPHER_CTX_set_padding(encryptor, 0)
        EVP_CIPHER_CTX_set_padding(decryptor, 0)
    }

    deinit {
        EVP_CIPHER_CTX_free(encryptor)
        EVP_CIPHER_CTX_free(decryptor)
    }

    func encrypt(_ block: [UInt8]) throws -> [UInt8] { try run(encryptor, block, EVP_EncryptUpdate) }

    func decrypt(_ block: [UInt8]) throws -> [UInt8] { try run(decryptor, block, EVP_DecryptUpdate) }

    private func run(
        _ context: OpaquePointer,
        _ block: [UInt8],
        _ update: (OpaquePointer?, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int32>?, UnsafePointer<UInt8>?, Int32) -> Int32
    ) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: block.count + CryptoAES.blockSize)
        var length: Int32 = 0
        guard update(context, &output, &length, block, Int32(block.count)) == 1 else {
            throw OpenSSLError.last("AES block")
        }
        return Array(output.prefix(Int(length)))
    }
}
