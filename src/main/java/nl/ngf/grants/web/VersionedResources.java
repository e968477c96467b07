package nl.ngf.grants.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The application's own style sheet, scripts and icon are addressed with a fingerprint of their content
 * ({@code ngf.css.xhtml?v=3f1c9a0e52b7}, twelve hex digits of its SHA-256): browsers keep resources for a
 * week, so without it a deployment that changes a script would reach a user's browser only days later, and a
 * page could run last week's script.
 * PrimeFaces' resources carry their own version already; they are left as they are.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(VersionedResources.class.getName());
    private static final int FINGERPRINT_HEX_DIGITS = 12;

    /** Fingerprints by resource name and modification time: a resource changed in place gets a new one. */
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                String fingerprint = fingerprintOf(getWrapped());
                if (fingerprint == null) {
                    return path;
                }
                return path + (path.contains("?") ? "&" : "?") + "v=" + fingerprint;
            }
        };
    }

    /** The first hex digits of the SHA-256 of the resource's content, or null when it cannot be read. */
    String fingerprintOf(Resource resource) {
        long modified = 0;
        try {
            URL url = resource.getURL();
            if (url != null) {
                modified = url.openConnection().getLastModified();
            }
        } catch (IOException e) {
            // Then the name alone keys the fingerprint: still right until the resource is changed in place.
        }
        return fingerprints.computeIfAbsent(resource.getResourceName() + "@" + modified, key -> digest(resource));
    }

    private static String digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return null;
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, FINGERPRINT_HEX_DIGITS);
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.warning(() -> "Resource " + resource.getResourceName() + " is addressed without a fingerprint: " + e);
            return null;
        }
    }
}
