package cairn.check;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The curation warnings of cairn check, each at the file:line:col of its link, each with a switch. */
class ResourceCurationTest {

    @TempDir
    Path dir;

    private TestSite site(String config) throws Exception {
        String shared = "* [Python docs](https://docs.python.org/3/) the reference.\n";
        return TestSite.of(dir, "-- cairn.yaml --\ntitle: T\n" + config + "\n"
                + "-- content/pages/01-a/01-one.md --\ntitle: One\nmeta: m\n\n## Read\n\n" + shared
                + "* [Flask](https://flask.palletsprojects.com/)\n"
                + "* Read more [here](https://example.org/guide) about it.\n"
                + "-- content/pages/01-a/02-two.md --\ntitle: Two\nmeta: m\n\n" + shared
                + "* <https://example.org/raw> is a bare link.\n"
                + "-- content/pages/01-a/03-three.md --\ntitle: Three\nmeta: m\n\n" + shared
                + "* [Flask again](http://www.flask.palletsprojects.com?utm_source=x) with tracking.\n");
    }

    @Test
    void warnsAboutRepeatedVagueUncommentedAndVariantResourcesAtTheirLinks() throws Exception {
        List<String> lines = Checks.lines(Checks.check(site("")), "repeated-resource", "vague-link-text",
                "uncommented-resource", "resource-url-variant");
        assertEquals(List.of(
                "warning: content/pages/01-a/01-one.md:7:11: resource \"https://flask.palletsprojects.com/\""
                        + " has no comment: say in a few words what the reader finds there and why it is worth their time",
                "warning: content/pages/01-a/01-one.md:8:20: link text \"here\" says nothing about"
                        + " \"https://example.org/guide\": name what the reader will find there",
                "warning: content/pages/01-a/02-two.md:4:17: \"https://docs.python.org/3/\" is listed on 3 pages"
                        + " (/one.html, /three.html, /two.html); keep it on /one.html and link to that page from here",
                "warning: content/pages/01-a/02-two.md:5:4: the link text is the URL itself"
                        + " (\"https://example.org/raw\"): name what the reader will find there",
                "warning: content/pages/01-a/03-three.md:4:17: \"https://docs.python.org/3/\" is listed on 3 pages"
                        + " (/one.html, /three.html, /two.html); keep it on /one.html and link to that page from here",
                "warning: content/pages/01-a/03-three.md:5:17: \"http://www.flask.palletsprojects.com?utm_source=x\""
                        + " and \"https://flask.palletsprojects.com/\" are the same resource written differently"
                        + " (http/https, www., trailing /, utm_* parameters); write it as"
                        + " \"https://flask.palletsprojects.com/\" everywhere"), lines);
    }

    @Test
    void eachCurationCheckCanBeTurnedOff() throws Exception {
        String off = "resources:\n  checks:\n    repeated-resource: false\n    vague-link-text: false\n"
                + "    uncommented-resource: false\n    resource-url-variant: false\n";
        assertEquals(List.of(), Checks.lines(Checks.check(site(off)), "repeated-resource", "vague-link-text",
                "uncommented-resource", "resource-url-variant"));
    }

    @Test
    void anUnknownCheckOrDeadLinkPolicyIsAConfigErrorThatFailsTheBuild() throws Exception {
        List<String> errors = cairn.TestSite.lines(site("resources:\n  checks:\n    no-such-check: false\n"
                + "links:\n  dead: delete\n").buildErrors());
        assertEquals(List.of("error: cairn.yaml:3:3: resources.checks.no-such-check is not a check cairn knows"
                        + " (repeated-resource, vague-link-text, uncommented-resource, resource-url-variant)",
                "error: cairn.yaml:6:3: links.dead must be \"archive\", \"mark\" or \"keep\", not \"delete\""), errors);
    }

    @Test
    void urlsDifferingOnlyInSchemeWwwSlashOrTrackingHaveOneNormalForm() {
        String n = ResourceCuration.normal("https://example.org/a");
        assertEquals(n, ResourceCuration.normal("http://www.example.org/a/"));
        assertEquals(n, ResourceCuration.normal("https://EXAMPLE.org/a?utm_source=x&utm_medium=y"));
        assertEquals("https://example.org/a?id=3", ResourceCuration.normal("http://example.org/a/?utm_campaign=z&id=3"));
    }
}
