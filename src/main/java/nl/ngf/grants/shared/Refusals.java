package nl.ngf.grants.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the independent rules of one request and refuses it with every rule it broke, so that a form says all that
 * is wrong at once rather than one thing per try. A refusal of access is no rule of the input: it ends the checking.
 */
public final class Refusals {

    private final List<DomainException> broken = new ArrayList<>();

    /** Runs one rule; a refusal it throws is kept to be told with the others. */
    public Refusals check(Runnable rule) {
        value(() -> {
            rule.run();
            return null;
        });
        return this;
    }

    /** Keeps a rule found broken, to be told with the others. */
    public Refusals refuse(String messageKey, Object... arguments) {
        broken.add(new DomainException(messageKey, arguments));
        return this;
    }

    /** Runs one rule that also gives what it checked (a stripped text, an amount); null when it was broken (kept). */
    public <T> T value(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (NotAllowedException e) {
            throw e;
        } catch (DomainException e) {
            broken.addAll(e.refusals());
            return null;
        }
    }

    /** Refuses with every rule broken: the first as the refusal, each of them told. Does nothing when none was. */
    public void refuseIfAny() {
        if (broken.size() == 1) {
            throw broken.get(0);
        }
        if (!broken.isEmpty()) {
            throw new Several(List.copyOf(broken));
        }
    }

    /** A request that broke several rules: its key is the first's, and it tells each. */
    static final class Several extends DomainException {

        private final transient List<DomainException> each;

        Several(List<DomainException> each) {
            super(each.get(0).messageKey(), each.get(0).arguments().toArray());
            this.each = each;
        }

        @Override
        public List<DomainException> refusals() {
            return each;
        }

        @Override
        public String getMessage() {
            return each.stream().map(DomainException::getMessage).toList().toString();
        }
    }
}
