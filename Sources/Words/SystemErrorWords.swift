#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's errors (errno) the app meets reading and writing files, in both languages:
/// the English is the C library's own sentence, so logs and screens agree.
extension Word {
    /// Every error `systemErrorReason` has words for.
    public static let systemErrorCodes: [Int32] = [
        EACCES, EPERM, ENOENT, EISDIR, ENOTDIR, ENOSPC, EDQUOT, EROFS, EMFILE, ENFILE, EIO, EFBIG, ELOOP, ENAMETOOLONG,
        ESTALE, ETIMEDOUT, ENXIO, ENODEV, EBADF, EINVAL, EBUSY, ENOMEM, EOVERFLOW,
    ]

    /// The error's words; nil for one the app does not expect to meet.
    public static func systemErrorReason(_ code: Int32) -> Word? {
        switch code {
        case EACCES: return Word(en: "Permission denied", id: "izin ditolak")
        case EPERM: return Word(en: "Operation not permitted", id: "tindakan tidak diizinkan")
        case ENOENT: return Word(en: "No such file or directory", id: "berkas atau direktori tidak ada")
        case EISDIR: return Word(en: "Is a directory", id: "berupa direktori")
        case ENOTDIR: return Word(en: "Not a directory", id: "bukan direktori")
        case ENOSPC: return Word(en: "No space left on device", id: "ruang perangkat habis")
        case EDQUOT: return Word(en: "Disk quota exceeded", id: "kuota disk terlampaui")
        case EROFS: return Word(en: "Read-only file system", id: "sistem berkas hanya-baca")
        case EMFILE: return Word(en: "Too many open files", id: "terlalu banyak berkas terbuka")
        case ENFILE: return Word(en: "Too many open files in system", id: "terlalu banyak berkas terbuka di sistem")
        case EIO: return Word(en: "Input/output error", id: "galat masukan/keluaran")
        case EFBIG: return Word(en: "File too large", id: "berkas terlalu besar")
        case ELOOP: return Word(en: "Too many levels of symbolic links", id: "terlalu banyak tingkat tautan simbolik")
        case ENAMETOOLONG: return Word(en: "File name too long", id: "nama berkas terlalu panjang")
        case ESTALE: return Word(en: "Stale file handle", id: "pegangan berkas kedaluwarsa (NFS)")
        case ETIMEDOUT: return Word(en: "Connection timed out", id: "waktu koneksi habis")
        case ENXIO: return Word(en: "No such device or address", id: "perangkat atau alamat tidak ada")
        case ENODEV: return Word(en: "No such device", id: "perangkat tidak ada")
        case EBADF: return Word(en: "Bad file descriptor", id: "deskriptor berkas tidak sah")
        case EINVAL: return Word(en: "Invalid argument", id: "argumen tidak sah")
        case EBUSY: return Word(en: "Device or resource busy", id: "perangkat atau sumber daya sibuk")
        case ENOMEM: return Word(en: "Cannot allocate memory", id: "memori tidak cukup")
        case EOVERFLOW: return Word(en: "Value too large for defined data type", id: "nilai terlalu besar untuk jenis datanya")
        default: return nil
        }
    }

    /// The error's words, or `galat N` / `error N` for one not in the table.
    public static func systemError(_ code: Int32) -> Word {
        systemErrorReason(code) ?? Word(en: "error \(code)", id: "galat \(code)")
    }

    /// The status line's words for a source that cannot be read: `galat: izin ditolak`, or
    /// `galat 1234` for an error not in the table (not `galat: galat 1234`).
    public static func sourceError(_ reason: Word?, code: Int32) -> Word {
        guard let reason else { return systemError(code) }
        return Word(en: "\(Word.error.en): \(reason.en)", id: "\(Word.error.id): \(reason.id)")
    }
}
