package cairn.hints;

/**
 * One broken link injected into a copy of a guide: how it was made ({@code kind}, e.g.
 * {@code typo:swap}, {@code renamed:drop-word}, {@code unrelated:topic}), which group it
 * is scored in, the link as written, and the hint a person would give ({@code null}: none).
 */
record HintCase(Group group, String kind, String written, String intended) {

    /** The groups the goals are stated for. */
    enum Group {
        /** Small edits: typo, swap, plural, separators, case, .htm, trailing /, index.html; anchors alike. */
        TYPO,
        /** The same words in another order, a word added or dropped, the slug written from the title. */
        RENAMED,
        /** A page, image or anchor that resembles nothing the guide has: the right hint is none. */
        UNRELATED
    }
}
