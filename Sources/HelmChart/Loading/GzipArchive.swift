internal import CZlib

/// Inflates gzip data with zlib, the way Go's `compress/gzip` reader feeds Helm's archive loader.
enum Gzip {
    /// Whether the bytes start with the gzip magic and the deflate method (`1f 8b 08`), Helm's
    /// test for "is this a chart archive".
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0x1f && bytes[1] == 0x8b && bytes[2] == 0x08
    }

    /// The decompressed bytes, stopping with `tooLarge` once more than `limit` bytes came out,
    /// so a decompression bomb never fills memory.
    static func inflate(_ input: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: a 32 KiB window, with automatic gzip/zlib header detection.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib: cannot initialise inflate")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let result: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return -100 }
                if result == Z_STREAM_END {
                    // Concatenated gzip members are one stream for Go's reader.
                    if stream.avail_in > 0 && inflateReset(&stream) == Z_OK { continue }
                    return Z_STREAM_END
                }
                if result != Z_OK { return result }
                if stream.avail_in == 0 && produced == 0 { return Z_BUF_ERROR }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case -100: throw .tooLarge
        case Z_BUF_ERROR: throw .corrupt("unexpected EOF")
        default: throw .corrupt("gzip: invalid header")
        }
    }
}

/// Why a gzip stream could not be read.
enum GzipError: Error, Equatable {
    case corrupt(String)
    case tooLarge
}
