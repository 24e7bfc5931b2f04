package cairn.check;

import cairn.SourcePos;

/** One occurrence of an external {@code http(s)} URL: the URL (without its fragment) and where it was written. */
record ExternalRef(String url, SourcePos where) {
}
