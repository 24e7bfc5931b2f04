package cairn.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseDistinctSortedWithoutStopWordsOrSingleCharacters() {
        assertEquals(List.of("python", "run", "zebra"),
                List.copyOf(SearchIndexWriter.words("Zebra, the Python run: run Python! a x 7")));
    }

    @Test
    void accentsAreDroppedAndNumbersAndOtherScriptsKept() {
        assertEquals(List.of("cafe", "http2", "resume", "x2", "москва", "東京"),
                List.copyOf(SearchIndexWriter.words("Café résumé HTTP2 x² Москва 東京")));
    }

    @Test
    void punctuationUnderscoresAndSymbolsSplitWords() {
        assertEquals(List.of("api", "get", "json", "key", "v1"),
                List.copyOf(SearchIndexWriter.words("GET /api/v1?key=json_api — “json”")));
    }
}
