package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;

/**
 * The transaction manager the engine is given. Where the engine itself must start a transaction (a
 * job, a timer, a call outside any transaction) it begins and ends it through the container's
 * {@link UserTransaction}: on Liberty a transaction begun on the raw TransactionManager is not seen
 * as a global transaction by {@code @Transactional} beans, so a delegate's JPA work would not join
 * the engine's transaction. Suspend and resume stay with the TransactionManager.
 */
final class ContainerTransactionManager implements TransactionManager {

    private final TransactionManager transactionManager;

    ContainerTransactionManager(TransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    /** CDI's built-in UserTransaction for the current thread (java:comp's is bound to the EJB that looked it up). */
    private static UserTransaction userTransaction() {
        return CDI.current().select(UserTransaction.class).get();
    }

    @Override
    public void begin() throws NotSupportedException, SystemException {
        userTransaction().begin();
    }

    @Override
    public void commit() throws RollbackException, HeuristicMixedException, HeuristicRollbackException, SecurityException,
            IllegalStateException, SystemException {
        userTransaction().commit();
    }

    @Override
    public void rollback() throws IllegalStateException, SecurityException, SystemException {
        userTransaction().rollback();
    }

    @Override
    public void setRollbackOnly() throws IllegalStateException, SystemException {
        // Marking the current transaction is allowed wherever it runs; the UserTransaction refuses inside @Transactional beans.
        transactionManager.setRollbackOnly();
    }

    @Override
    public int getStatus() throws SystemException {
        return transactionManager.getStatus();
    }

    @Override
    public Transaction getTransaction() throws SystemException {
        return transactionManager.getTransaction();
    }

    @Override
    public void setTransactionTimeout(int seconds) throws SystemException {
        userTransaction().setTransactionTimeout(seconds);
    }

    @Override
    public Transaction suspend() throws SystemException {
        return transactionManager.suspend();
    }

    @Override
    public void resume(Transaction transaction) throws InvalidTransactionException, IllegalStateException, SystemException {
        transactionManager.resume(transaction);
    }
}
