package nl.ngf.grants.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.ngf.grants.shared.DomainException;

/**
 * A refusal is the application's answer, not a failure of the server: it undoes its transaction, as any exception
 * does, without Liberty recording it as an incident. Liberty writes an FFDC incident (a file with the stack, a line in
 * the log) for every unchecked exception that leaves a transaction, which made each form sent with a mistake look to
 * the operator like a fault; for a checked one it writes none. So, just inside the transaction (the container's
 * {@code @Transactional} interceptor runs at PLATFORM_BEFORE + 200), a refusal marks the transaction to roll back and
 * crosses the container's boundary as a checked {@link Refusal}; just outside it, {@link RefusalsOutsideTransactions}
 * throws the refusal itself again, so that every caller sees what was thrown. Applies wherever {@code @Transactional}
 * does, one interceptor for each kind of transaction (its kind binds, as the container's own interceptors are bound).
 */
public abstract class RefusalsInsideTransactions {

    static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 201;

    @Transactional(TxType.REQUIRED)
    @Interceptor
    @Priority(PRIORITY)
    public static class Required extends RefusalsInsideTransactions {
    }

    @Transactional(TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(PRIORITY)
    public static class RequiresNew extends RefusalsInsideTransactions {
    }

    @Transactional(TxType.MANDATORY)
    @Interceptor
    @Priority(PRIORITY)
    public static class Mandatory extends RefusalsInsideTransactions {
    }

    @Transactional(TxType.SUPPORTS)
    @Interceptor
    @Priority(PRIORITY)
    public static class Supports extends RefusalsInsideTransactions {
    }

    @Transactional(TxType.NOT_SUPPORTED)
    @Interceptor
    @Priority(PRIORITY)
    public static class NotSupported extends RefusalsInsideTransactions {
    }

    @Transactional(TxType.NEVER)
    @Interceptor
    @Priority(PRIORITY)
    public static class Never extends RefusalsInsideTransactions {
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object refuse(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainException refusal) {
            if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.setRollbackOnly();
            }
            throw new Refusal(refusal);
        }
    }

    /** A refusal on its way through the container's transaction boundary; never seen outside it. */
    static final class Refusal extends Exception {
        private final DomainException refusal;

        Refusal(DomainException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }

        DomainException refusal() {
            return refusal;
        }
    }
}
