package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

/** Which failures of a Faces request are bad input (a table's paging made up by hand) rather than a fault. */
class FacesErrorsTest {

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, type.substring(type.lastIndexOf('.') + 1) + ".java", 1);
    }

    private static final StackTraceElement READING_PAGING = frame("org.primefaces.component.api.UIPageableData", "updatePaginationData");

    private static <T extends Throwable> T thrownAt(T exception, StackTraceElement... frames) {
        exception.setStackTrace(frames);
        return exception;
    }

    @Test
    void aPageSizeOrFirstRowThePageDoesNotOfferIsBadInput() {
        // PrimeFaces' own refusal of a page size the table does not offer, as Faces hands it over, wrapped or not.
        IllegalArgumentException pageSize = thrownAt(new IllegalArgumentException("Unsupported rows per page value: -1"), READING_PAGING,
                frame("org.primefaces.component.datatable.feature.PageFeature", "encode"));
        assertThat(FacesErrors.Handler.madeUpPaging(pageSize)).isTrue();
        assertThat(FacesErrors.Handler.madeUpPaging(new FacesException(pageSize))).isTrue();
        // A first row that is no number fails in the JDK's parsing, called from the same place.
        NumberFormatException firstRow = thrownAt(new NumberFormatException("For input string: \"x\""),
                frame("java.lang.NumberFormatException", "forInputString"), frame("java.lang.Integer", "parseInt"), READING_PAGING);
        assertThat(FacesErrors.Handler.madeUpPaging(firstRow)).isTrue();
        // A first row before the first, refused by Faces as PrimeFaces sets it.
        IllegalArgumentException beforeTheFirst = thrownAt(new IllegalArgumentException("Illegal value for first row: -50"),
                frame("jakarta.faces.component.UIData", "setFirst"), frame("org.primefaces.component.api.UIPageableData", "setFirst"),
                READING_PAGING);
        assertThat(FacesErrors.Handler.madeUpPaging(beforeTheFirst)).isTrue();
    }

    @Test
    void theSameKindOfExceptionFromAnywhereElseIsAFault() {
        assertThat(FacesErrors.Handler.madeUpPaging(thrownAt(new IllegalArgumentException("no such tranche"),
                frame("nl.ngf.grants.funding.internal.DefaultFundingService", "tranche"), READING_PAGING))).isFalse();
        assertThat(FacesErrors.Handler.madeUpPaging(thrownAt(new IllegalStateException("Unsupported rows per page value: -1"),
                READING_PAGING))).isFalse();
        assertThat(FacesErrors.Handler.madeUpPaging(thrownAt(new IllegalArgumentException("elsewhere in the table"),
                frame("org.primefaces.component.api.UIPageableData", "setRows"),
                frame("org.primefaces.component.datatable.DataTable", "loadLazyData")))).isFalse();
        // Faces' check of the first row, asked for by the application's own code, is the application's fault.
        assertThat(FacesErrors.Handler.madeUpPaging(thrownAt(new IllegalArgumentException("Illegal value for first row: -1"),
                frame("jakarta.faces.component.UIData", "setFirst"), frame("nl.ngf.grants.web.Tables", "firstPage")))).isFalse();
    }
}
