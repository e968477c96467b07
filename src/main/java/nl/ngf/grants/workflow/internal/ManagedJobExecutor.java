package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Camunda's job executor on Liberty's managed threads: the acquisition thread comes from a
 * ManagedThreadFactory and jobs run on a ManagedExecutorService, so a job has the same JNDI, CDI and
 * transaction context as a request. At most {@code poolSize} batches run at once; jobs beyond that
 * are handed back to the engine, which acquires them again later.
 */
final class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threadFactory;
    private final Semaphore slots;

    ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory, int poolSize) {
        this.executor = executor;
        this.threadFactory = threadFactory;
        this.slots = new Semaphore(poolSize);
        this.name = "ngf-job-executor";
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        if (!slots.tryAcquire()) {
            getRejectedJobsHandler().jobsRejected(jobIds, processEngine, this);
            return;
        }
        Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
        try {
            executor.execute(() -> {
                try {
                    jobs.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            getRejectedJobsHandler().jobsRejected(jobIds, processEngine, this);
        }
    }
}
