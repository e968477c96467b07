package nl.ngf.grants.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries its page's nonce as the server sends it, not only once PrimeFaces' script has put it there: a form
 * sent before the page's scripts ran (a slow connection, a login filled in and sent by a password manager) posts the
 * nonce all the same, and is applied instead of being taken for a forged one ({@link UnsignedPostbacks}). PrimeFaces'
 * script finds the field there and keeps it. At start-up the standard form renderer is wrapped, whichever Faces
 * implementation provides it.
 */
public class NoncedForms implements SystemEventListener {

    private static final String FORM = "jakarta.faces.Form";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        RenderKit kit = ((RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY))
                .getRenderKit(context, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        Renderer standard = kit.getRenderer(UIForm.COMPONENT_FAMILY, FORM);
        if (standard != null && !(standard instanceof WithNonce)) {
            kit.addRenderer(UIForm.COMPONENT_FAMILY, FORM, new WithNonce(standard));
        }
    }

    /** The standard form renderer, with the nonce as a hidden field before the form's end. */
    static final class WithNonce extends RendererWrapper {

        WithNonce(Renderer standard) {
            super(standard);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", UnsignedPostbacks.NONCE, null);
                writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
                writer.endElement("input");
            }
            super.encodeEnd(context, component);
        }
    }
}
