#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input in chunks as they arrive, so a caller can refuse too much before it is all read.
public enum StandardInput {
    public static func read(_ body: ([UInt8]) throws -> Void) throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n > 0 { try body(Array(chunk[0..<n])); continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
    }
}
