package nl.ngf.grants.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A setting outside what it can mean stops the start-up, and the operator reads which one and what it may be. */
class SettingsTest {

    @Test
    void aSettingOutsideItsRangeStopsTheStartUpNamingItAndTheRange() {
        assertThatThrownBy(() -> Settings.requireBetween("ngf.funding.change-approval-threshold-percent", -25, 0, 100))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ngf.funding.change-approval-threshold-percent is -25, but it lies between 0 and 100");
        assertThatThrownBy(() -> Settings.requireBetween("ngf.documents.max-size-mb", 51, 1, 50))
                .hasMessage("ngf.documents.max-size-mb is 51, but it lies between 1 and 50");
        assertThatCode(() -> Settings.requireBetween("ngf.documents.max-size-mb", 1, 1, 50)).doesNotThrowAnyException();
        assertThatCode(() -> Settings.requireBetween("ngf.documents.max-size-mb", 50, 1, 50)).doesNotThrowAnyException();
    }
}
