import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The words for an I/O failure: the `errno` text behind a Foundation error, and what to do when space ran out.
enum IOReason {
    /// A reason for people, from any error a file operation threw.
    static func describe(_ error: any Error) -> String {
        let failedCall = errno
        // Foundation's write errors sometimes carry no POSIX error; the failed call's errno still says why.
        guard let code = posixCode(of: error as NSError) ?? (failedCall != 0 ? failedCall : nil) else {
            return (error as NSError).localizedDescription
        }
        let text = String(cString: strerror(code))
        switch code {
        case ENOSPC, EDQUOT, EFBIG:
            return "\(text): the disk (or the space allowed) is full; free space, then try again"
        default:
            return text
        }
    }

    /// The POSIX error code of an error or of the error beneath it, if any.
    private static func posixCode(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(of: underlying) }
        return nil
    }
}
