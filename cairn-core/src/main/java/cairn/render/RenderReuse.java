package cairn.render;

/**
 * Lets a build keep a page's previous output instead of rendering it again: asked with the
 * page's {@link RenderFingerprint} before rendering, told the fingerprint of each page it
 * rendered. Implementations are called from many threads.
 */
public interface RenderReuse {

    /** Renders everything ({@code check}, {@code serve}, {@code --no-cache}). */
    RenderReuse NONE = new RenderReuse() {
        @Override
        public boolean reuse(String url, String fingerprint) {
            return false;
        }

        @Override
        public void rendered(String url, String fingerprint) {
        }
    };

    /** The templates' digest fingerprints include ({@link RenderFingerprint#templatesDigest}). */
    default String templatesDigest() {
        return "";
    }

    /** True when the output of {@code url} from the previous build was made from {@code fingerprint} and is kept. */
    boolean reuse(String url, String fingerprint);

    /** {@code url} was rendered afresh from {@code fingerprint}. */
    void rendered(String url, String fingerprint);
}
