package nl.ngf.grants.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Exactly one Content-Security-Policy on every response of the application, and none that allows an
 * inline or evaluated script. Faces pages get PrimeFaces' policy with a fresh nonce on its scripts
 * (primefaces.CSP in web.xml), which <em>adds</em> its header; every other response keeps the same policy
 * without the nonce.
 * Set here rather than by Liberty, whose "set if missing" sends both policies over HTTP/2, and a
 * browser obeys both: the one without the nonce would stop every script of the page.
 */
@WebFilter(urlPatterns = "/*")
public class ContentSecurityPolicy extends HttpFilter {

    static final String HEADER = "Content-Security-Policy";

    /** PrimeFaces' policy from web.xml, which ends with script-src; PrimeFaces appends " 'nonce-…';". */
    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY").strip() + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader(HEADER, policy);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (HEADER.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
