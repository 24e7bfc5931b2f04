package cairn.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The did-you-mean engine on its own, with the addresses of a small Python guide. */
class LinkSuggestionsTest {

    private static final List<String> URLS = List.of("/index.html", "/bokeh.html", "/sqlite.html", "/data.html",
            "/emacs.html", "/tmux.html", "/postgresql.html", "/mysql.html", "/django-orm.html", "/pony-orm.html",
            "/web-frameworks.html", "/terminal-multiplexers.html", "/text-editors-ides.html", "/python-2-or-3.html",
            "/python-community.html", "/enterprise-python.html", "/why-use-python.html", "/best-python-videos.html",
            "/object-relational-mappers-orms.html", "/front-matter.html", "/Oracle.html",
            "/blog/python-3-django-gunicorn-ubuntu-1604-xenial-xerus.html", "/img/visuals/orm-examples.png",
            "/img/visuals/peewee-orm-example.png", "/img/logo.svg", "/img/a/header.jpg", "/img/b/header.jpg",
            "/tags/links.html");
    private static final Map<String, String> TITLES = Map.of("/object-relational-mappers-orms.html",
            "Object-relational Mappers (ORMs)", "/text-editors-ides.html", "Text Editors and IDEs",
            "/python-community.html", "Python Community");
    private static final LinkSuggestions HINTS = new LinkSuggestions(URLS, TITLES,
            Map.of("/old-postgres.html", "/postgresql.html"));

    private static void hint(String broken, String expected) {
        assertEquals(Optional.ofNullable(expected), HINTS.suggest(broken), broken);
    }

    @Test
    void theWrongHintsOfIssue13AreGone() {
        for (String broken : List.of("/docker.html", "/stripe.html", "/datadog.html", "/macos.html", "/email.html",
                "/pymux.html", "/django.html", "/blog/python-3-pyramid-gunicorn-ubuntu-1604-xenial-xerus.html",
                "/img/visuals/oracle-orm-examples.png")) {
            hint(broken, null);
        }
    }

    @Test
    void smallSlipsPointAtThePageMeant() {
        hint("/postgrsql.html", "/postgresql.html");
        hint("/postgersql.html", "/postgresql.html");
        hint("/web-framework.html", "/web-frameworks.html");
        hint("/web_frameworks.html", "/web-frameworks.html");
        hint("/webframeworks.html", "/web-frameworks.html");
        hint("/Web-Frameworks.html", "/web-frameworks.html");
        hint("/oracle.html", "/Oracle.html");
        hint("/postgresql.htm", "/postgresql.html");
        hint("/postgresql/", "/postgresql.html");
        hint("/postgresql/index.html", "/postgresql.html");
        hint("/postgresql", "/postgresql.html");
        hint("/tmxu.html", "/tmux.html");
    }

    @Test
    void shortNamesNeedAClearSlip() {
        hint("/tmax.html", null); // a is no neighbour of u
        hint("/tmix.html", "/tmux.html"); // i is
        hint("/date.html", null);
        hint("/mail.html", null);
        hint("/tnux.html", "/tmux.html"); // n is next to m
    }

    @Test
    void numbersAreNeverTypos() {
        hint("/python-2-or-4.html", null);
        hint("/python-3-or-2.html", "/python-2-or-3.html"); // the same words in another order
    }

    @Test
    void wordsInAnotherOrderOrOneMoreOrLess() {
        hint("/frameworks-web.html", "/web-frameworks.html");
        hint("/python-postgresql.html", "/postgresql.html"); // python is everywhere in this guide
        hint("/postgresql-guide.html", "/postgresql.html");
        hint("/multiplexers.html", "/terminal-multiplexers.html");
        hint("/front.html", "/front-matter.html");
        hint("/flask-postgresql.html", null); // flask: a word this guide never uses
        hint("/orm.html", null); // django-orm or pony-orm?
        hint("/python.html", null);
        hint("/rust-web-frameworks.html", null); // rust: a word this guide never uses
    }

    @Test
    void titlesAndOldAddressesAreNamesToo() {
        hint("/object-relational-mappers.html", "/object-relational-mappers-orms.html");
        hint("/text-editors-and-ides.html", "/text-editors-ides.html");
        hint("/old-postgre.html", "/postgresql.html");
    }

    @Test
    void filesAreFoundByNameInAnotherDirectoryWhenTheNameIsUnique() {
        hint("/images/logo.svg", "/img/logo.svg");
        hint("/img/logo.png", "/img/logo.svg");
        hint("/images/header.jpg", null); // two header.jpg
        hint("/link.html", null); // not /tags/links.html: another directory and another word
    }

    @Test
    void anchorsGetTheIdMeant() {
        Set<String> ids = Set.of("resources", "what-is-django", "django-learning-resources", "orm-tutorials",
                "open-source-projects");
        assertEquals(Optional.of("resources"), LinkSuggestions.anchor("resource", ids));
        assertEquals(Optional.of("what-is-django"), LinkSuggestions.anchor("What-Is-Django", ids));
        assertEquals(Optional.of("django-learning-resources"), LinkSuggestions.anchor("learning-resources", ids));
        assertEquals(Optional.of("open-source-projects"), LinkSuggestions.anchor("open-source", ids));
        assertEquals(Optional.empty(), LinkSuggestions.anchor("deployment", ids));
    }

    @Test
    void theSameMessageInBuildAndCheck() {
        assertEquals("broken anchor \"#resource\": no heading or element with that id on /django.html"
                + " (did you mean \"/django.html#resources\"?)", LinkMessages.brokenAnchor("resource", "/django.html",
                LinkMessages.anchorSuggestion("/django.html#resource", "resource", Set.of("resources")).orElseThrow()));
    }
}
