package org.loopscope.app;

/** What File › Export writes: the chart as a picture, or the trace itself. */
public enum ExportKind {
    PNG("PNG image", "png"),
    SVG("SVG drawing", "svg"),
    TRACE("Chrome trace (JSON)", "json");

    private final String title;
    private final String extension;

    ExportKind(String title, String extension) {
        this.title = title;
        this.extension = extension;
    }

    /** "PNG image", as a file dialog's filter names it. */
    public String title() {
        return title;
    }

    /** "png", without the dot. */
    public String extension() {
        return extension;
    }

    /** {@code base} with this kind's extension ("gather" → "gather.png"). */
    public String fileName(String base) {
        return base + "." + extension;
    }
}
