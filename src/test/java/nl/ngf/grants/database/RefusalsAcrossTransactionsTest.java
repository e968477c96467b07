package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refusal crosses every kind of transaction without an incident only if both interceptors exist for that kind (the
 * kind binds), inside the container's transaction interceptor and outside it. Their work itself is checked on the
 * server (UserAdministrationIT).
 */
class RefusalsAcrossTransactionsTest {

    private static final int CONTAINER = Interceptor.Priority.PLATFORM_BEFORE + 200;

    @Test
    void everyKindOfTransactionHasTheRefusalInterceptorsInsideAndOutsideTheContainers() {
        assertThat(kinds(RefusalsInsideTransactions.class, CONTAINER + 1)).containsExactlyInAnyOrder(TxType.values());
        assertThat(kinds(RefusalsOutsideTransactions.class, CONTAINER - 1)).containsExactlyInAnyOrder(TxType.values());
    }

    /** The kinds of transaction the interceptors nested in this class are bound to, each at this priority. */
    private static List<TxType> kinds(Class<?> interceptors, int priority) {
        return Arrays.stream(interceptors.getDeclaredClasses()).filter(type -> type.isAnnotationPresent(Interceptor.class))
                .peek(type -> assertThat(type.getAnnotation(Priority.class).value()).as(type.getName()).isEqualTo(priority))
                .peek(type -> assertThat(type.getSuperclass()).isEqualTo(interceptors))
                .map(type -> type.getAnnotation(Transactional.class).value()).toList();
    }
}
