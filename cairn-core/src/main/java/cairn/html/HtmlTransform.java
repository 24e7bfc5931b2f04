package cairn.html;

/** A change to one finished HTML page: takes the page, returns the changed page. */
@FunctionalInterface
public interface HtmlTransform {

    String apply(String html);
}
