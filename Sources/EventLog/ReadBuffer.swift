/// A reusable read buffer, so catching up on a large file allocates once.
final class ReadBuffer {
    let bytes: UnsafeMutableRawBufferPointer
    init(size: Int) { bytes = .allocate(byteCount: size, alignment: 16) }
    deinit { bytes.deallocate() }
}
