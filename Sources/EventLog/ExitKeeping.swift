#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends the process at once with `status`, once everything is written: the folded state of a
/// large log is millions of small allocations, which freeing one by one on the way out of
/// `run` takes tens of milliseconds; the kernel takes the memory back in one go at exit.
/// `state` is what would otherwise be freed; naming it keeps it alive until here.
public func exitKeeping<T>(_ state: borrowing T, status: Int32 = 0) -> Never {
    exit(status)
}
