/// The status codes the server answers with.
public enum HTTPStatus: Int, Error, Sendable {
    /// A page.
    case ok = 200
    /// After a form was handled: go to the page named in `Location`.
    case seeOther = 303
    /// A request that does not parse, or breaks a rule of the subset.
    case badRequest = 400
    /// Not signed in, or a form whose token, origin or host does not match.
    case forbidden = 403
    /// No such page.
    case notFound = 404
    /// A method the page does not take.
    case methodNotAllowed = 405
    /// The client was too slow.
    case requestTimeout = 408
    /// A body too large.
    case payloadTooLarge = 413
    /// A body of a type other than a form.
    case unsupportedMediaType = 415
    /// Too many failed sign-ins: wait.
    case tooManyRequests = 429
    /// Header lines too long or too many.
    case headersTooLarge = 431
    /// Something went wrong on the server.
    case internalError = 500
    /// Too many connections at once.
    case unavailable = 503

    /// The reason phrase.
    public var reason: String {
        switch self {
        case .ok: "OK"
        case .seeOther: "See Other"
        case .badRequest: "Bad Request"
        case .forbidden: "Forbidden"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .payloadTooLarge: "Content Too Large"
        case .unsupportedMediaType: "Unsupported Media Type"
        case .tooManyRequests: "Too Many Requests"
        case .headersTooLarge: "Request Header Fields Too Large"
        case .internalError: "Internal Server Error"
        case .unavailable: "Service Unavailable"
        }
    }
}
