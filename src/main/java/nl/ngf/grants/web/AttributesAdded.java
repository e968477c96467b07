package nl.ngf.grants.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Writes what a PrimeFaces renderer writes, with attributes of ours after one of its own (an element's class, say):
 * how {@link PanelHeadings} and {@link NamedPaginators} give an element PrimeFaces renders an ARIA attribute it lacks,
 * without writing the element themselves.
 */
final class AttributesAdded extends ResponseWriterWrapper {

    private final String attribute;
    private final Object value;
    private final Map<String, String> added;

    /** What a renderer writes. */
    interface Rendering {
        void render() throws IOException;
    }

    /**
     * Renders with the context's writer giving the attributes {@code added} to each element on which the rendering
     * writes {@code attribute} with {@code value}; the writer is the context's own again afterwards.
     */
    static void around(FacesContext context, String attribute, Object value, Map<String, String> added, Rendering rendering)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new AttributesAdded(writer, attribute, value, added));
        try {
            rendering.render();
        } finally {
            context.setResponseWriter(writer);
        }
    }

    private AttributesAdded(ResponseWriter writer, String attribute, Object value, Map<String, String> added) {
        super(writer);
        this.attribute = attribute;
        this.value = value;
        this.added = added;
    }

    @Override
    public void writeAttribute(String name, Object written, String property) throws IOException {
        super.writeAttribute(name, written, property);
        if (attribute.equals(name) && value.equals(written)) {
            for (Map.Entry<String, String> extra : added.entrySet()) {
                super.writeAttribute(extra.getKey(), extra.getValue(), null);
            }
        }
    }
}
