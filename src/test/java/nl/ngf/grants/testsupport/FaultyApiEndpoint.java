package nl.ngf.grants.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An address of the API, in the tests' deployments only, whose code fails as a bug would: with its insides in the message. */
@Path("/test/fault")
@RequestScoped
public class FaultyApiEndpoint {

    /** The message a fault of the code carries, which no user may read. */
    public static final String INSIDES = "java.sql.SQLException at nl.ngf.grants.internal line 42";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException(INSIDES);
    }
}
