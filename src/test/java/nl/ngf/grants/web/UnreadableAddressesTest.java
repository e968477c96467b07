package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadableAddressesTest {

    @Test
    void aQueryIsReadableWhenEveryEscapeHasTwoHexadecimalDigits() {
        assertThat(UnreadableAddresses.readable(null)).isTrue();
        assertThat(UnreadableAddresses.readable("")).isTrue();
        assertThat(UnreadableAddresses.readable("id=12&q=Zo%C3%AB+de+Vries")).isTrue();
        assertThat(UnreadableAddresses.readable("q=%3Cb%3Ex%3C%2Fb%3E")).as("markup, escaped").isTrue();
        assertThat(UnreadableAddresses.readable("id=%ZZ")).isFalse();
        assertThat(UnreadableAddresses.readable("q=50%")).as("cut short after the %").isFalse();
        assertThat(UnreadableAddresses.readable("q=%4")).isFalse();
    }
}
