package cairn.check;

/**
 * What checking one external URL found. {@code status} is the last HTTP status (0 when
 * there was no answer), {@code finalUrl} where the redirects ended, {@code movedTo} the
 * URL to update the link to when it was moved permanently, {@code detail} a short
 * explanation ("connection refused", "Retry-After 120 s").
 */
record LinkStatus(Kind kind, int status, String finalUrl, String movedTo, String detail) {

    /** The kinds of outcome. */
    enum Kind {
        OK, MOVED, DEAD, STATUS, TIMEOUT, TLS, UNREACHABLE, REDIRECT_LOOP, RATE_LIMITED, BAD_URL,
        /** The server's answer was not HTTP, or broke off (reset, closed before the end). */
        BAD_RESPONSE,
        /** The answer's headers were larger than the client accepts. */
        TOO_LARGE
    }

    LinkStatus {
        finalUrl = finalUrl == null ? "" : finalUrl;
        movedTo = movedTo == null ? "" : movedTo;
        detail = detail == null ? "" : detail;
    }

    static LinkStatus of(Kind kind, String url, String detail) {
        return new LinkStatus(kind, 0, url, "", detail);
    }

    /** The same outcome for another URL (a host given up answers every URL alike). */
    LinkStatus forUrl(String url) {
        return new LinkStatus(kind, status, url, movedTo, detail);
    }

    /** Transient failures are checked again next time instead of being cached. */
    boolean cacheable() {
        return switch (kind) {
            case TIMEOUT, UNREACHABLE, RATE_LIMITED, BAD_RESPONSE, TOO_LARGE -> false;
            case STATUS -> status < 500;
            default -> true;
        };
    }
}
