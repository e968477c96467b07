package nl.ngf.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aRequestThatBreaksNoRuleGoesOn() {
        Refusals refusals = new Refusals().check(() -> { }).check(() -> { });
        assertThatCode(refusals::refuseIfAny).doesNotThrowAnyException();
    }

    @Test
    void oneBrokenRuleIsRefusedAsItself() {
        DomainException broken = new DomainException("programme.title.required");
        Refusals refusals = new Refusals().check(() -> { }).check(() -> {
            throw broken;
        });
        assertThatThrownBy(refusals::refuseIfAny).isSameAs(broken);
    }

    @Test
    void severalBrokenRulesAreEachTold() {
        Refusals refusals = new Refusals().check(() -> {
            throw new DomainException("programme.title.tooLong", 300);
        }).check(() -> { }).check(() -> {
            throw new DomainException("programme.deadline.future");
        });
        assertThatThrownBy(refusals::refuseIfAny).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("programme.title.tooLong");
            assertThat(e.arguments()).containsExactly(300);
            assertThat(e.refusals()).extracting(DomainException::messageKey)
                    .containsExactly("programme.title.tooLong", "programme.deadline.future");
            assertThat(e.getMessage()).contains("programme.title.tooLong [300]").contains("programme.deadline.future");
        });
    }

    @Test
    void aRuleThatGivesWhatItCheckedGivesNothingWhenBroken() {
        Refusals refusals = new Refusals();
        assertThat(refusals.value(() -> " titel ".strip())).isEqualTo("titel");
        assertThat(refusals.<String>value(() -> {
            throw new DomainException("programme.requested.positive");
        })).isNull();
        assertThatThrownBy(refusals::refuseIfAny).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.refusals()).extracting(DomainException::messageKey).containsExactly("programme.requested.positive"));
    }

    @Test
    void aRuleFoundBrokenIsToldWithTheRuleChecked() {
        Refusals refusals = new Refusals().refuse("revision.answer.required", 2).check(() -> {
            throw new DomainException("programme.ppsCount.positive");
        });
        assertThatThrownBy(refusals::refuseIfAny).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.refusals()).extracting(DomainException::messageKey).containsExactly("revision.answer.required",
                    "programme.ppsCount.positive");
            assertThat(e.refusals().get(0).arguments()).containsExactly(2);
        });
    }

    @Test
    void aRefusalOfAccessEndsTheChecking() {
        Refusals refusals = new Refusals().check(() -> {
            throw new DomainException("programme.title.required");
        });
        assertThatThrownBy(() -> refusals.check(() -> {
            throw new NotAllowedException("access.notAllowed");
        })).isInstanceOf(NotAllowedException.class).hasMessage("access.notAllowed");
    }
}
