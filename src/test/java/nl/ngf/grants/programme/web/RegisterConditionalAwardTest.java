package nl.ngf.grants.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ngf.grants.programme.ConditionalAwardRegistration;
import org.junit.jupiter.api.Test;

/** The registration form offers a condition more up to the most an award asks, and then says so. */
class RegisterConditionalAwardTest {

    @Test
    void theFormOffersConditionsUpToTheMostAnAwardAsks() {
        RegisterConditionalAward form = new RegisterConditionalAward();
        for (int i = 0; i < ConditionalAwardRegistration.MOST_CONDITIONS - 1; i++) {
            form.addCondition();
        }
        assertThat(form.canAddCondition()).isTrue();
        form.addCondition();
        assertThat(form.getConditions()).hasSize(ConditionalAwardRegistration.MOST_CONDITIONS);
        assertThat(form.canAddCondition()).isFalse();
        form.addCondition();
        assertThat(form.getConditions()).as("a click sent again adds none").hasSize(ConditionalAwardRegistration.MOST_CONDITIONS);
        form.removeCondition(form.getConditions().get(0));
        assertThat(form.canAddCondition()).isTrue();
    }
}
