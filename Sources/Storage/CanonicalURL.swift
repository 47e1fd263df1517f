import Foundation

/// The form of an article's URL under which two files of one article meet.
///
/// The scheme, a leading `www.`, the fragment, a trailing slash and the tracking parameters
/// publishers and feeds add (`utm_*`, `fbclid`, `gclid`, ...) do not change which article a URL
/// names; the host is compared without case, the path and the other parameters as written.
enum CanonicalURL {
    /// The canonical form of `url`; `nil` when it is not an absolute web address.
    static func key(_ url: String) -> String? {
        guard var parts = URLComponents(string: url.trimmingCharacters(in: .whitespaces)),
            let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
            var host = parts.host?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = parts.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        let query = (parts.percentEncodedQueryItems ?? []).filter { !isTracking($0.name) }
        parts.percentEncodedQueryItems = nil
        let port = parts.port.map { ":\($0)" } ?? ""
        let kept = query.map { item in item.value.map { "\(item.name)=\($0)" } ?? item.name }
        return host + port + path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    private static func isTracking(_ name: String) -> Bool {
        let name = name.lowercased()
        return name.hasPrefix("utm_") || trackingParameters.contains(name)
    }

    private static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "cmpid", "ocid", "ito", "smid",
        "ref", "referrer", "srcref",
    ]
}
