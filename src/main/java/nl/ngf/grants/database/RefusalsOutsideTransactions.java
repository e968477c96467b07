package nl.ngf.grants.database;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionalException;

/**
 * Just outside the container's transaction: throws again the refusal {@link RefusalsInsideTransactions} carried
 * across it (Liberty hands it on wrapped in a {@link TransactionalException}, or as it is when configured to throw
 * checked exceptions), so that the caller sees the refusal that was thrown, after its transaction was undone. One
 * interceptor for each kind of transaction, as inside.
 */
public abstract class RefusalsOutsideTransactions {

    static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 199;

    @Transactional(TxType.REQUIRED)
    @Interceptor
    @Priority(PRIORITY)
    public static class Required extends RefusalsOutsideTransactions {
    }

    @Transactional(TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(PRIORITY)
    public static class RequiresNew extends RefusalsOutsideTransactions {
    }

    @Transactional(TxType.MANDATORY)
    @Interceptor
    @Priority(PRIORITY)
    public static class Mandatory extends RefusalsOutsideTransactions {
    }

    @Transactional(TxType.SUPPORTS)
    @Interceptor
    @Priority(PRIORITY)
    public static class Supports extends RefusalsOutsideTransactions {
    }

    @Transactional(TxType.NOT_SUPPORTED)
    @Interceptor
    @Priority(PRIORITY)
    public static class NotSupported extends RefusalsOutsideTransactions {
    }

    @Transactional(TxType.NEVER)
    @Interceptor
    @Priority(PRIORITY)
    public static class Never extends RefusalsOutsideTransactions {
    }

    @AroundInvoke
    public Object unwrap(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RefusalsInsideTransactions.Refusal carried) {
            throw carried.refusal();
        } catch (TransactionalException wrapped) {
            if (wrapped.getCause() instanceof RefusalsInsideTransactions.Refusal carried) {
                throw carried.refusal();
            }
            throw wrapped;
        }
    }
}
