package nl.ngf.grants.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The API's description says of every operation what {@link ApiLogin} and the end of a session answer: 401 with a
 * problem document, in one place rather than on each endpoint (mp.openapi.filter).
 */
public class ApiLoginDescribed implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("Not logged in (log in through the login form: WWW-Authenticate: FormBased), or the session ended or the"
                            + " account changed since the login")
                    .content(OASFactory.createContent().addMediaType(ApiProblems.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem")))));
        }
        return operation;
    }
}
