package cairn.check;

import cairn.Diagnostic;
import cairn.content.ReadmeOutline;
import cairn.content.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** awesome-lint's Contents rule: the list names each heading, in the headings' words and order. */
class ListContentsTest {

    private static List<String> check(String text) {
        SourceFile file = new SourceFile(Path.of("README.md"), Path.of("README.md"), text);
        return ListContents.check(file, ReadmeOutline.of(file)).stream()
                .map(d -> d.where() + " " + d.message()).toList();
    }

    @Test
    void aContentsListInStepWithTheHeadingsIsClean() {
        assertEquals(List.of(), check("""
                # L

                ## Contents

                - [Tools & Services](#tools--services)
                  - [Micro](#micro)
                - [Hosting](#hosting)

                ## Tools & Services

                ### Micro

                ## Hosting

                ## License
                """));
    }

    @Test
    void warnsAboutAnItemOutOfTheHeadingsOrder() {
        assertEquals(List.of("README.md:6:13 the Contents list has \"Hosting\" after \"Tools\", but the headings"
                + " have it before (line 8, \"Tools\" at line 10)"), check("""
                # L

                ## Contents

                - [Tools](#tools)
                - [Hosting](#hosting)

                ## Hosting

                ## Tools
                """));
    }

    @Test
    void warnsAboutAnItemThatDoesNotSayWhatItsHeadingSays() {
        assertEquals(List.of("README.md:5:4 the Contents list says \"Frameworks\" for the heading \"Web Frameworks\""
                + " (line 7): use its words"), check("""
                # L

                ## Contents

                - [Frameworks](#web-frameworks)

                ## Web Frameworks
                """));
    }

    @Test
    void warnsAboutDeadLinksAndMissingSectionsButNotAMissingLicense() {
        assertEquals(List.of("README.md:6:11 the Contents list links to \"#ghost\", which no heading has",
                "README.md:10:1 \"Extra\" is missing from the Contents list (add \"[Extra](#extra)\")"), check("""
                # L

                ## Contents

                - [Tools](#tools)
                - [Ghost](#ghost)

                ## Tools

                ## Extra

                ## License
                """));
    }
}
