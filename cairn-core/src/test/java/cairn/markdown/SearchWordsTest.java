package cairn.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseDistinctSortedWithoutStopWordsOrSingleCharacters() {
        assertEquals(List.of("python", "run", "zebra"),
                List.copyOf(SearchWords.words("Zebra, the Python run: run Python! a x 7")));
    }

    @Test
    void accentsAreDroppedAndNumbersAndOtherScriptsKept() {
        assertEquals(List.of("cafe", "http2", "resume", "x2", "москва", "東京"),
                List.copyOf(SearchWords.words("Café résumé HTTP2 x² Москва 東京")));
    }

    @Test
    void punctuationUnderscoresAndSymbolsSplitWords() {
        assertEquals(List.of("api", "get", "json", "key", "v1"),
                List.copyOf(SearchWords.words("GET /api/v1?key=json_api — “json”")));
    }

    @Test
    void foldingWordByWordGivesTheSameWordsAsFoldingTheWholeText() {
        String text = "Cafe\u0301 na\u00efve Trademark\u2122 \u00bd ﬁle \u2460 ΟΔΟΣ—Χ x\u00b2-y \u0301alone "
                + "Stra\u00dfe DŽungla \uD835\uDC00bc end.";
        java.util.Set<String> reference = new java.util.TreeSet<>();
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !List.of("the", "and").contains(w)) {
                reference.add(w);
            }
        }
        assertEquals(List.copyOf(reference), List.copyOf(SearchWords.words(text)));
    }
}
