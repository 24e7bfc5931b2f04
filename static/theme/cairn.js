/*
 * cairn default theme script.
 * Intentionally empty for now: every page is fully readable and navigable without
 * JavaScript (the mobile "Chapters" toggle is pure CSS). Client-side search will live here.
 */
