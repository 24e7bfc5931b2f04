package cairn.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors' swap, backup and atomic-save files are not site changes; real site files are. */
class EditorFilesTest {

    @Test
    void editorTemporariesAreRecognised() {
        for (String name : new String[] {".alpha.md.swp", ".alpha.md.swx", "alpha.md~", ".#alpha.md", "#alpha.md#",
                "4913", "alpha.md.tmp", "alpha.md___jb_tmp___", "alpha.md___jb_old___", "sedAb12Cd", ".DS_Store",
                "alpha.md.kate-swp", "alpha.md.orig"}) {
            assertTrue(EditorFiles.isTemporary(name), name);
        }
    }

    @Test
    void siteFilesAreNot() {
        for (String name : new String[] {"00-alpha.md", "2024", "page.peb", "logo.svg", "cairn.yaml", "sed.md",
                "4913.md", "index.html"}) {
            assertFalse(EditorFiles.isTemporary(name), name);
        }
    }
}
